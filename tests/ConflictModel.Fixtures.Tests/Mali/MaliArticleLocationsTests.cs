using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>Places the article names, with a point only where it is certain.</summary>
public sealed class MaliArticleLocationsTests
{
    [Fact]
    public void Kayes_IsATownInMaliPlacedAtItsCentre()
    {
        var kayes = MaliArticle.Locations.Kayes;

        Assert.Equal(LocationKind.Settlement, kayes.Kind);
        Assert.Equal(new LocationId("mali"), kayes.Parent);
        Assert.Equal(new GeoPoint(14.4469, -11.4445), kayes.Point);
        Assert.Equal(PlacePrecision.Settlement, kayes.Precision);
        Assert.Equal(LocationBasis.Gazetteer, kayes.Basis);
    }

    [Fact]
    public void Locations_WithAPointOrAnId_SayTheyComeFromAGazetteer()
    {
        Assert.All(
            MaliArticle.Report.Locations,
            l => Assert.Equal(l.Point is null && l.ExternalIds.IsEmpty ? null : LocationBasis.Gazetteer, l.Basis));
    }

    [Fact]
    public void Locations_OtherThanKayes_HaveNoPoint()
    {
        Assert.All(
            MaliArticle.Report.Locations.Where(l => l.Id != new LocationId("kayes")),
            l => Assert.Null(l.Point));
    }

    [Fact]
    public void TimbuktuSites_AreAnArmyCampAndAnAirportInTimbuktu()
    {
        Assert.Equal(LocationKind.MilitaryInstallation, MaliArticle.Locations.TimbuktuArmyCamp.Kind);
        Assert.Equal(LocationKind.Airport, MaliArticle.Locations.TimbuktuAirport.Kind);
        Assert.Equal(new LocationId("timbuktu"), MaliArticle.Locations.TimbuktuArmyCamp.Parent);
        Assert.Equal(new LocationId("timbuktu"), MaliArticle.Locations.TimbuktuAirport.Parent);
        Assert.Equal(
            [new LocationId("timbuktu-army-camp"), new LocationId("timbuktu-airport")],
            MaliArticle.Engagements.TimbuktuRaid.Locations.AsEnumerable());
    }

    [Theory]
    [InlineData("mali", "ML", "Q912")]
    [InlineData("nigeria", "NG", "Q1033")]
    [InlineData("senegal", "SN", "Q1041")]
    [InlineData("mauritania", "MR", "Q1025")]
    public void Countries_IsoCodeAndWikidataId_AreTheirs(string id, string code, string wikidata)
    {
        var country = MaliArticle.Report.Locations.Single(l => l.Id == new LocationId(id));

        Assert.Equal(LocationKind.Country, country.Kind);
        Assert.Equal(new Iso3166Code(code), country.IsoCode);
        Assert.Equal([new ExternalId(ExternalId.Wikidata, wikidata)], country.ExternalIds.AsEnumerable());
    }
}
