using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictModel.Fixtures;
using ConflictModel.Tests.Shared;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace ConflictModel.GeoJson.Tests;

public sealed class GeoJsonExportTests
{
    [Fact]
    public void Mali_report_matches_its_snapshot()
    {
        // Regenerate after a fixture change: run the test, review the .received.geojson, rename it to .verified.geojson.
        SnapshotAssert.Matches(GeoJsonExport.WriteToString(MaliArticle.Report), "geojson");
    }

    [Fact]
    public void Exports_pass_the_independent_RFC_7946_validator()
    {
        var errors = Rfc7946Validator.Errors(
            GeoJsonExport.WriteToString(MaliArticle.Report),
            GeoJsonExport.WriteToString(TestReports.WithLongCoordinates()),
            GeoJsonExport.WriteToString(ConflictReport.Empty));

        Assert.All(errors, Assert.Empty);
    }

    [Fact]
    public void The_validator_rejects_what_the_export_must_never_write()
    {
        // The oracle can fail: a null bbox (what NetTopologySuite writes with writeGeometryBBox: true),
        // and latitude first.
        var errors = Rfc7946Validator.Errors(
            """{"type":"FeatureCollection","bbox":null,"features":[]}""",
            """{"type":"FeatureCollection","features":[{"type":"Feature","id":"kayes","geometry":{"type":"Point","coordinates":[14.4469,-100.5]},"properties":null}]}""");

        Assert.Contains("bbox must be an array", errors[0]);
        Assert.Contains("feature kayes: position [14.4469, -100.5] is out of range", errors[1]);
    }

    [Fact]
    public void Output_has_no_bbox_and_no_crs_member()
    {
        using var document = JsonDocument.Parse(GeoJsonExport.WriteToString(TestReports.WithLongCoordinates()));

        Assert.DoesNotContain(MemberNames(document.RootElement), name => name is "bbox" or "crs");
    }

    [Fact]
    public void Reads_back_with_NetTopologySuite_as_one_feature_per_engagement_then_per_location()
    {
        var collection = ReadBack(GeoJsonExport.WriteToString(MaliArticle.Report));

        var report = MaliArticle.Report;
        Assert.Equal(
            report.Engagements.Select(e => "engagement/" + e.Id.Value).Concat(report.Locations.Select(l => "location/" + l.Id.Value)),
            collection.Select(Id));
        var kayes = Feature(collection, "location/kayes");
        var point = Assert.IsType<Point>(kayes.Geometry);
        Assert.Equal(-11.4445, point.X); // longitude first
        Assert.Equal(14.4469, point.Y);
        Assert.Equal("settlement", kayes.Attributes["placePrecision"]);
        Assert.Null(Feature(collection, "location/sahel").Geometry);
    }

    [Fact]
    public void An_engagement_placed_only_by_area_has_null_geometry()
    {
        var collection = ReadBack(GeoJsonExport.WriteToString(MaliArticle.Report));

        var earlier = Feature(collection, "engagement/earlier-assault");
        Assert.Null(earlier.Geometry);
        Assert.Null(earlier.Attributes["placePrecision"]);
        Assert.Equal("mali", Assert.Single(Strings(earlier.Attributes["locationIds"])));
        Assert.Empty(Strings(earlier.Attributes["placedLocationIds"]));
    }

    [Fact]
    public void An_engagement_at_several_points_is_a_multipoint_with_the_coarsest_precision()
    {
        var collection = ReadBack(GeoJsonExport.WriteToString(TestReports.WithLongCoordinates()));

        var attack = Feature(collection, "engagement/kayes-attack");
        var points = Assert.IsType<MultiPoint>(attack.Geometry);
        Assert.Equal(new[] { (-11.4445, 14.4469), (-8.0, 12.345679) }, points.Coordinates.Select(c => (c.X, c.Y)));
        Assert.Equal("settlement", attack.Attributes["placePrecision"]); // coarser than the exact site
    }

    [Fact]
    public void Coordinates_are_rounded_to_six_decimals()
    {
        var text = GeoJsonExport.WriteToString(TestReports.WithLongCoordinates());

        using var document = JsonDocument.Parse(text);
        var south = document.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "location/south-post");
        Assert.Equal("[180,-0.000001]", JsonSerializer.Serialize(south.GetProperty("geometry").GetProperty("coordinates")).Replace("1E-06", "0.000001", StringComparison.Ordinal));
        Assert.Contains("-8,", text, StringComparison.Ordinal);
        Assert.Contains("12.345679", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12.3456789", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Casualty_properties_keep_bounds_and_count_claims_and_claimants()
    {
        var collection = ReadBack(GeoJsonExport.WriteToString(MaliArticle.Report));

        // "at least 30 soldiers' deaths": a low, no best, no high.
        var earlier = Feature(collection, "engagement/earlier-assault").Attributes;
        Assert.Equal(30L, Number(earlier["killedLow"]));
        Assert.Null(earlier["killedBest"]);
        Assert.Null(earlier["killedHigh"]);
        Assert.Equal(1L, Number(earlier["killedClaims"]));
        Assert.Equal(1L, Number(earlier["killedClaimants"]));

        // The army's "more than 80 neutralised" (low 81), its unquantified "significant losses" and the
        // article's "undisclosed": three claims by two claimants, no killed figure.
        var attacks = Feature(collection, "engagement/western-mali-attacks").Attributes;
        Assert.Equal(81L, Number(attacks["casualtiesLow"]));
        Assert.Null(attacks["casualtiesBest"]);
        Assert.Null(attacks["casualtiesHigh"]);
        Assert.Equal(3L, Number(attacks["casualtyClaims"]));
        Assert.Equal(2L, Number(attacks["casualtyClaimants"]));
        Assert.Equal(0L, Number(attacks["killedClaims"]));
        Assert.Null(attacks["killedLow"]);
    }

    [Fact]
    public void Dates_keep_their_precision()
    {
        var collection = ReadBack(GeoJsonExport.WriteToString(MaliArticle.Report));

        // "earlier this month": June 2025, 30 days, inferred.
        var raid = Feature(collection, "engagement/timbuktu-raid").Attributes;
        Assert.Equal("2025-06-01", raid["dateFirst"]);
        Assert.Equal("2025-06-30", raid["dateLast"]);
        Assert.Equal(30L, Number(raid["dateDays"]));
        Assert.Equal("yearMonth", raid["timeKind"]);
        Assert.Equal("inferred", raid["timeBasis"]);
        Assert.Equal("earlier this month", raid["timeWording"]);
    }

    [Fact]
    public void Write_to_a_stream_gives_the_same_utf8_text_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        GeoJsonExport.Write(MaliArticle.Report, stream);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(GeoJsonExport.WriteToString(MaliArticle.Report), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => GeoJsonExport.ToFeatureCollection(null!)).ParamName);
        Assert.Equal("utf8GeoJson", Assert.Throws<ArgumentNullException>(() => GeoJsonExport.Write(MaliArticle.Report, null!)).ParamName);
    }

    private static FeatureCollection ReadBack(string text) =>
        JsonSerializer.Deserialize<FeatureCollection>(text, GeoJsonExport.CreateSerializerOptions())!;

    private static IFeature Feature(FeatureCollection collection, string id) =>
        collection.Single(f => Id(f) == id);

    // NetTopologySuite reads the Feature's "id" member into IUnique.Id, not into the attributes.
    private static string Id(IFeature feature) => (string)((IUnique)feature).Id;

    // NetTopologySuite reads JSON numbers as decimals.
    private static long? Number(object? value) => value is null ? null : System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> Strings(object value) =>
        ((IEnumerable<object>)value).Select(v => (string)v);

    private static IEnumerable<string> MemberNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => MemberNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(MemberNames),
        _ => [],
    };
}
