namespace ConflictModel;

/// <summary>Derives the precision codes of the public datasets from a <see cref="PlacePrecision"/>.</summary>
public static class PlacePrecisionExtensions
{
    /// <summary>
    /// Gets UCDP GED's <c>where_prec</c>: 1 exact place, 2 within about 25 km, 3 second-order
    /// division, 4 first-order division, 5 part of a country or linear feature, 6 country,
    /// 7 international waters or airspace. A multi-country region has no code (null).
    /// </summary>
    /// <param name="precision">The precision.</param>
    /// <returns>The code, or null.</returns>
    public static int? ToUcdpWherePrecision(this PlacePrecision precision) => precision switch
    {
        PlacePrecision.ExactSite or PlacePrecision.Settlement => 1,
        PlacePrecision.NearPlace => 2,
        PlacePrecision.SecondOrderDivision => 3,
        PlacePrecision.FirstOrderDivision => 4,
        PlacePrecision.PartOfCountry => 5,
        PlacePrecision.Country => 6,
        PlacePrecision.InternationalWatersOrAirspace => 7,
        _ => null,
    };

    /// <summary>
    /// Gets ACLED's <c>geo_precision</c>: 1 the exact town or place, 2 a nearby or surrounding
    /// place (part of a region), 3 only a larger region. A multi-country region, and international
    /// waters or airspace, have no code (null).
    /// </summary>
    /// <param name="precision">The precision.</param>
    /// <returns>The code, or null.</returns>
    public static int? ToAcledGeoPrecision(this PlacePrecision precision) => precision switch
    {
        PlacePrecision.ExactSite or PlacePrecision.Settlement => 1,
        PlacePrecision.NearPlace or PlacePrecision.SecondOrderDivision => 2,
        PlacePrecision.FirstOrderDivision or PlacePrecision.PartOfCountry or PlacePrecision.Country => 3,
        _ => null,
    };
}
