using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictModel.Fixtures;
using ConflictModel.Interop.Stix;
using NodaTime;

namespace ConflictModel.Interop.Tests.Stix;

public sealed class StixBundleReaderTests
{
    private static readonly string ForeignBundle = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "foreign-bundle.json"));

    [Fact]
    public void A_bundle_this_library_wrote_reads_back_to_an_equal_report()
    {
        foreach (var report in new[] { MaliArticle.Report, TestReports.MaliWithGrades(), TestReports.SourceOnly(), ConflictReport.Empty })
        {
            using var stream = new MemoryStream();
            StixBundleWriter.Write(report, stream);
            stream.Position = 0;

            var result = StixBundleReader.Read(stream);

            Assert.Equal(report, result.Report);
            Assert.True(result.Losses.IsEmpty, result.Losses.ToString());
        }
    }

    [Fact]
    public void Objects_added_to_our_bundle_by_someone_else_are_reported_not_dropped_silently()
    {
        var bundle = JsonNodeOf(StixBundleWriter.WriteToString(MaliArticle.Report));
        bundle["objects"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""
            {"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2025-06-20T08:00:00.000Z","modified":"2025-06-20T08:00:00.000Z","pattern":"[url:value = 'http://nf.example/']","pattern_type":"stix","valid_from":"2025-06-20T08:00:00Z"}
            """));

        var result = StixBundleReader.Read(bundle.ToJsonString());

        Assert.Equal(MaliArticle.Report, result.Report);
        var entry = Assert.Single(result.Losses.Entries);
        Assert.Equal("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", entry.Subject);
        Assert.Equal("the whole indicator object", entry.Lost);
    }

    [Fact]
    public void The_foreign_test_bundle_is_valid_STIX()
    {
        using var bundle = JsonDocument.Parse(ForeignBundle);

        Assert.All(bundle.RootElement.GetProperty("objects").EnumerateArray(), o => Assert.Empty(StixSchemas.Errors(o)));
    }

    [Fact]
    public void A_foreign_bundle_reads_into_actors_locations_a_campaign_and_a_source()
    {
        var report = StixBundleReader.Read(ForeignBundle).Report;

        Assert.Equal(
            ["identity--733c5838-34d9-4fbf-949c-62aba761184c", "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e", "threat-actor--9a8a0d25-7636-429b-a99e-b2a73cd0f11f"],
            report.Actors.Select(a => a.Id.Value));
        var front = report.Actors[2];
        Assert.Equal("Northern Front", front.Name.Text);
        Assert.Equal(["NF", "Front du Nord"], front.Aliases.Select(a => a.Text));
        Assert.Equal("ML", front.Country?.Value); // located-at a country location
        Assert.Equal(new ExternalId("acled", "Northern Front"), Assert.Single(front.ExternalIds));
        Assert.Equal(ActorKind.Person, report.Actors[1].Kind);
        Assert.Equal(ActorKind.Organisation, report.Actors[0].Kind);

        var mali = report.Locations[0];
        Assert.Equal((LocationKind.Country, "ML"), (mali.Kind, mali.IsoCode?.Value));
        var gao = report.Locations[1];
        Assert.Equal(LocationKind.Settlement, gao.Kind);
        Assert.Equal(new GeoPoint(16.2666, -0.04), gao.Point);
        Assert.Equal(PlacePrecision.Settlement, gao.Precision); // 3000 m: within the settlement class's 5000 m
        Assert.Equal((LocationKind.MultiCountryRegion, "western-africa"), (report.Locations[2].Kind, report.Locations[2].Name.Text));

        var offensive = Assert.Single(report.Engagements);
        Assert.Equal(EngagementScope.Campaign, offensive.Scope);
        Assert.Equal(ReportedTime.Between(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 14)), offensive.Time);
        Assert.Equal("A series of attacks on army positions around Gao.", offensive.Summary);
        Assert.Equal(
            [(front.Id, ParticipantRole.Attacker), (report.Actors[0].Id, ParticipantRole.Target)],
            offensive.Participants.Select(p => (p.Actor, p.Role)));
        Assert.Equal(gao.Id, Assert.Single(offensive.Locations));

        var source = Assert.Single(report.Sources);
        Assert.Equal("Situation report: Gao, June 2025", source.Title);
        Assert.Equal(ReportedTime.At(Instant.FromUtc(2025, 6, 20, 8, 0)), source.Published);
        Assert.Equal("https://monitor.example/reports/gao-2025-06", source.Url?.OriginalString);
        Assert.Equal("en", source.Language?.ToString());
    }

    [Fact]
    public void A_foreign_bundle_reports_what_it_skipped()
    {
        var losses = StixBundleReader.Read(ForeignBundle).Losses;

        Assert.Contains(losses.Entries, e => e.Subject == "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f" && e.Lost == "the whole indicator object");
        Assert.Contains(losses.Entries, e => e.Subject == "relationship--5d4a8c37-6fca-4e96-b5dc-5b6a7c8d9eaf" && e.Lost == "relationship threat-actor attributed-to identity");
        Assert.Contains(losses.Entries, e => e.Subject == "campaign--e5268b6e-4931-42f1-b379-87f48eb41b1e" && e.Lost == "properties objective");
        Assert.Contains(losses.Entries, e => e.Subject == "campaign--e5268b6e-4931-42f1-b379-87f48eb41b1e" && e.Lost == "the name \"Gao offensive\"");
        Assert.Contains(losses.Entries, e => e.Subject == "identity--733c5838-34d9-4fbf-949c-62aba761184c" && e.Lost == "properties sectors");
        Assert.Contains(losses.Entries, e => e.Subject == "report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3" && e.Lost == "object_refs");
        Assert.Contains(losses.Entries, e => e.Subject == "location--3c1f0a4e-8a0b-4b3e-9a63-5b6f1b0d2e11" && e.Lost == "country ML");
        Assert.Contains("the whole indicator object (the model has no indicator)", losses.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "$")]
    [InlineData("""{"type":"identity"}""", "$")]
    [InlineData("""{"type":"bundle","objects":[{"type":"identity"}]}""", "objects[0]")]
    public void What_is_not_a_bundle_is_refused_saying_where(string json, string location)
    {
        var error = Assert.Throws<StixFormatException>(() => StixBundleReader.Read(json));

        Assert.Equal(location, error.Location);
        Assert.StartsWith(location + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_entity_in_the_extension_is_refused_naming_the_problem()
    {
        var json = StixBundleWriter.WriteToString(MaliArticle.Report).Replace("\"kind\": \"organisation\"", "\"kind\": \"nation\"", StringComparison.Ordinal);

        var error = Assert.Throws<StixFormatException>(() => StixBundleReader.Read(json));

        Assert.IsType<ConflictJsonException>(error.InnerException);
        Assert.Contains("nation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => StixBundleReader.Read((Stream)null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => StixBundleReader.Read((string)null!)).ParamName);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(Encoding.UTF8.GetBytes(json))!;
}
