namespace ConflictModel.Tests.Locations;

public sealed class PlacePrecisionExtensionsTests
{
    // Codes from the codebooks (reference/datasets.md). UCDP where_prec: 1 exact place, 2 within
    // about 25 km, 3 admin-2, 4 admin-1, 5 part of a country or linear feature, 6 country,
    // 7 international waters or airspace. ACLED geo_precision: 1 the town or place, 2 a nearby or
    // surrounding place, 3 only a larger region.
    [Theory]
    [InlineData(PlacePrecision.ExactSite, 1, 1)]
    [InlineData(PlacePrecision.Settlement, 1, 1)]
    [InlineData(PlacePrecision.NearPlace, 2, 2)]
    [InlineData(PlacePrecision.SecondOrderDivision, 3, 2)]
    [InlineData(PlacePrecision.FirstOrderDivision, 4, 3)]
    [InlineData(PlacePrecision.PartOfCountry, 5, 3)]
    [InlineData(PlacePrecision.Country, 6, 3)]
    [InlineData(PlacePrecision.MultiCountryRegion, null, null)]
    [InlineData(PlacePrecision.InternationalWatersOrAirspace, 7, null)]
    public void Codes_EachPrecision_MapToTheDatasets(PlacePrecision precision, int? ucdpWherePrec, int? acledGeoPrecision)
    {
        Assert.Equal(ucdpWherePrec, precision.ToUcdpWherePrecision());
        Assert.Equal(acledGeoPrecision, precision.ToAcledGeoPrecision());
    }

    [Fact]
    public void Codes_EveryPrecisionIsInTheTable()
        => Assert.Equal(9, System.Enum.GetValues<PlacePrecision>().Length);
}
