namespace ConflictModel;

/// <summary>
/// How precisely a <see cref="Location"/>'s point places what happened, from an exact site to a
/// region of several countries. Modelled on UCDP's <c>where_prec</c>; ACLED's <c>geo_precision</c>
/// derives from it too (see <see cref="PlacePrecisionExtensions"/>).
/// </summary>
public enum PlacePrecision
{
    /// <summary>The exact site: a building, a base, an airport.</summary>
    ExactSite = 1,

    /// <summary>The town, village or city, placed at its centre.</summary>
    Settlement = 2,

    /// <summary>Near a known place, within about 25 km of it.</summary>
    NearPlace = 3,

    /// <summary>Only the second-order administrative division (a cercle, a district).</summary>
    SecondOrderDivision = 4,

    /// <summary>Only the first-order administrative division (a region, a province).</summary>
    FirstOrderDivision = 5,

    /// <summary>A part of a country larger than a first-order division, or a linear feature (a border, a road).</summary>
    PartOfCountry = 6,

    /// <summary>Only the country.</summary>
    Country = 7,

    /// <summary>A region of several countries (the Sahel, the Lake Chad Basin).</summary>
    MultiCountryRegion = 8,

    /// <summary>International waters or airspace.</summary>
    InternationalWatersOrAirspace = 9,
}
