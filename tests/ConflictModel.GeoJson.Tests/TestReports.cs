using System.Collections.Immutable;
using ConflictModel.Fixtures;

namespace ConflictModel.GeoJson.Tests;

/// <summary>
/// The only place these tests construct entities (constructors are changing across the repository:
/// adapt here alone).
/// </summary>
internal static class TestReports
{
    /// <summary>
    /// Mali's report with two extra places given long coordinates (to see the rounding), and the Kayes
    /// attack placed at both Kayes and one of them (to see a MultiPoint).
    /// </summary>
    public static ConflictReport WithLongCoordinates()
    {
        var report = MaliArticle.Report;
        var north = new Location(new LocationId("north-post"), new LocalizedName("north post"), LocationKind.MilitaryInstallation)
            .WithPoint(new GeoPoint(12.3456789012, -8.0000004449)).WithPrecision(PlacePrecision.ExactSite);
        var south = new Location(new LocationId("south-post"), new LocalizedName("south post"), LocationKind.MilitaryInstallation)
            .WithPoint(new GeoPoint(-0.0000005, 179.9999999)).WithPrecision(PlacePrecision.NearPlace);
        var kayesAttack = MaliArticle.Engagements.KayesAttack;
        var moved = kayesAttack.WithLocations([.. kayesAttack.Locations, north.Id]);
        return report
            .WithLocations([.. report.Locations, north, south])
            .WithEngagements(report.Engagements.Replace(kayesAttack, moved));
    }
}
