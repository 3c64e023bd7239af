using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Fixtures;
using ConflictModel.GeoJson.Tests;

namespace ConflictModel.Cli.Tests;

/// <summary><c>convert</c> to and from STIX 2.1 bundles and to GeoJSON, in process.</summary>
public sealed class StixGeoJsonConvertTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Convert_MaliToStixAndBackToJson_IsTheFixture_AndValidates()
    {
        _cli.Write("mali.json", File.ReadAllBytes(CliRun.Expected("mali-report.json")));

        var toStix = _cli.Run("convert", "mali.json", "mali.stix.json");
        var toJson = _cli.Run("convert", "mali.stix.json", "back.json");
        var validate = _cli.Run("validate", "back.json");

        Assert.Equal(0, toStix.ExitCode);
        using (var bundle = JsonDocument.Parse(File.ReadAllBytes(_cli.PathOf("mali.stix.json"))))
        {
            Assert.Equal("bundle", bundle.RootElement.GetProperty("type").GetString());
        }

        // What a STIX consumer that ignores the extension does not see, one line an entry of the library's loss report.
        Assert.StartsWith("convert: json -> stix: ", toStix.StandardError, StringComparison.Ordinal);
        Assert.Contains("\n  source:mali-article: the source's full text (1 times): ", toStix.StandardError, StringComparison.Ordinal);
        Assert.Contains("\n  claim:militants-neutralised: the claim as data ", toStix.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, toJson.ExitCode);
        Assert.Equal("convert: stix -> json: nothing lost\n", toJson.StandardError);
        Assert.Equal(File.ReadAllBytes(CliRun.Expected("mali-report.json")), File.ReadAllBytes(_cli.PathOf("back.json")));
        Assert.Equal(0, validate.ExitCode);
    }

    [Fact]
    public void Convert_StixLossReportFile_ListsTheLibrarysEntries()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", "-", "--to", "stix", "--loss-report", "losses.json");

        Assert.Equal(0, result.ExitCode);
        using var losses = JsonDocument.Parse(File.ReadAllBytes(_cli.PathOf("losses.json")));
        Assert.Equal("stix", losses.RootElement.GetProperty("to").GetString());
        Assert.Contains(
            losses.RootElement.GetProperty("losses").EnumerateArray(),
            l => l.GetProperty("what").GetString() == "location:kayes: the parent location" && l.GetProperty("why").GetString() == "STIX has no relationship between locations");
    }

    [Fact]
    public void Convert_NotABundle_FailsWithExitCode1_AndWritesNothing()
    {
        _cli.Write("other.stix.json", """{"type":"indicator"}""");

        var result = _cli.Run("convert", "other.stix.json", "out.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("other.stix.json: error: not a readable STIX bundle: ", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("out.json")));
    }

    [Fact]
    public void Convert_MaliToGeoJson_IsRfc7946Valid_WithAFeatureAnEngagementAndALocation()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", "mali.geojson");

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(_cli.PathOf("mali.geojson"));
        Assert.Empty(Rfc7946Validator.Errors(text).Single());
        using var geoJson = JsonDocument.Parse(text);
        var ids = geoJson.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(6 + 16, ids.Count);
        Assert.Equal("engagement/western-mali-attacks", ids[0]);
        Assert.Equal("location/west-africa", ids[6]);
    }

    [Fact]
    public void Convert_MaliToGeoJson_CountsWhatGeoJsonDoesNotHold()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", "-", "--to", "geojson");

        // The Mali report: 22 claims of which 5 are casualty claims, 31 attributions, 40 mentions, one source with its text.
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, result.ExitCode);
        // GeoJSON writes actors and sources by id only: every actor and source is counted; of the
        // participants, those with a role other than attacker or an identification; of the
        // locations, those with alternate names, a basis or dataset fields (none of the engagements
        // has external ids or dataset fields).
        var report = MaliArticle.Report;
        var participants = report.Engagements.SelectMany(e => e.Participants).Count(p => p.Role is not (ParticipantRole.Attacker or ParticipantRole.Unspecified) || p.Identification is not null);
        var locations = report.Locations.Count(l => l.AlternateNames.Length > 0 || l.Basis is not null || l.DatasetFields.Length > 0);
        Assert.True(participants > 0 && locations > 0);
        Assert.Equal("convert: json -> geojson: 7 kind(s) of loss", lines[0]);
        Assert.StartsWith("  claims: claims other than casualty claims (17 times): GeoJSON holds engagements and locations", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  attributions: quoted words and their spans in the source (31 times): ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("  mentions: names as printed and their spans (40 times): ", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("  sources: all but their ids (kind, publisher, title, dates, text) (1 times): ", lines[4], StringComparison.Ordinal);
        Assert.StartsWith($"  actors: all but their ids (names, kinds, categories, affiliations, external ids) ({report.Actors.Length} times): ", lines[5], StringComparison.Ordinal);
        Assert.StartsWith($"  participants: roles other than attacker, and identifications ({participants} times): ", lines[6], StringComparison.Ordinal);
        Assert.StartsWith($"  locations: alternate names, the basis of points and dataset fields ({locations} times): ", lines[7], StringComparison.Ordinal);
        Assert.Equal(8, lines.Length);
    }

    [Fact]
    public void Convert_ReportWithoutClaimsOrTexts_ToGeoJson_LosesNothing()
    {
        _cli.Write("one.json", """{"schemaVersion":"1.0","engagements":[{"id":"e","type":"battles"}]}""");

        var result = _cli.Run("convert", "one.json", "one.geojson");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("convert: json -> geojson: nothing lost\n", result.StandardError);
    }

    [Theory]
    [InlineData("map.geojson")]
    [InlineData("-")]
    public void Convert_FromGeoJson_IsAUsageError(string input)
    {
        _cli.Write("map.geojson", """{"type":"FeatureCollection","features":[]}""");

        var result = _cli.Run(input == "-" ? "{}"u8.ToArray() : [], "convert", input, "out.json", "--from", "geojson");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("geojson is written by the tool, not read", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("out.json")));
    }
}
