using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictModel.Fixtures;
using ConflictModel.Interop.Stix;
using ConflictModel.Tests.Shared;
using NodaTime;

namespace ConflictModel.Interop.Tests.Stix;

public sealed partial class StixBundleWriterTests
{
    public static TheoryData<string> Reports => ["mali", "graded", "source-only", "empty"];

    [Fact]
    public void Mali_bundle_matches_its_snapshot()
    {
        // Regenerate after a fixture change: run the test, review the .received.json, rename it to .verified.json.
        SnapshotAssert.Matches(StixBundleWriter.WriteToString(MaliArticle.Report));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_object_passes_the_official_schema_of_its_type(string name)
    {
        using var bundle = Bundle(name);

        var failures = Objects(bundle)
            .Select(o => (Id: o.GetProperty("id").GetString(), Errors: StixSchemas.Errors(o)))
            .Where(r => r.Errors.Count > 0)
            .Select(r => $"{r.Id}: {string.Join("; ", r.Errors.Take(5))}")
            .ToArray();

        Assert.True(failures.Length == 0, string.Join("\n", failures));
        Assert.Equal("bundle", bundle.RootElement.GetProperty("type").GetString());
        Assert.Matches("^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", bundle.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_extension_passes_the_published_extension_schema(string name)
    {
        using var bundle = Bundle(name);

        var extensions = Objects(bundle)
            .Where(o => o.TryGetProperty("extensions", out _))
            .Select(o => (Id: o.GetProperty("id").GetString(), Extension: o.GetProperty("extensions").GetProperty(StixExtension.DefinitionId)))
            .ToArray();
        var failures = extensions
            .Select(e => (e.Id, Errors: StixSchemas.Errors(StixSchemas.Extension, e.Extension)))
            .Where(r => r.Errors.Count > 0)
            .Select(r => $"{r.Id}: {string.Join("; ", r.Errors.Take(5))}")
            .ToArray();

        Assert.True(failures.Length == 0, string.Join("\n", failures));
        if (name != "empty")
        {
            Assert.NotEmpty(extensions);
        }
    }

    [Fact]
    public void The_schemas_reject_what_the_writer_must_never_write()
    {
        // The oracles can fail: a location with neither region, country nor point; a UUIDv7 id;
        // a second-precision timestamp; an extension with an x_ property.
        using var bad = JsonDocument.Parse("""
            [
              {"type":"location","spec_version":"2.1","id":"location--cdf2e44a-212b-5bfd-923b-5eb7ad1314d2","created":"2025-07-01T00:00:00.000Z","modified":"2025-07-01T00:00:00.000Z","name":"Sahel"},
              {"type":"identity","spec_version":"2.1","id":"identity--01890a5d-ac96-774b-bcce-b302099a8057","created":"2025-07-01T00:00:00.000Z","modified":"2025-07-01T00:00:00.000Z","name":"x"},
              {"type":"identity","spec_version":"2.1","id":"identity--17d29cde-7d99-518c-a904-5a2dbaf15679","created":"2025-07-01T00:00:00Z","modified":"2025-07-01T00:00:00.000Z","name":"x"}
            ]
            """);
        using var extension = JsonDocument.Parse("""{"extension_type":"property-extension","schema_version":"1.0","entity_kind":"actor","entity":{"id":"jnim","name":{"text":"JNIM"},"kind":"organisation"},"x_rating":1}""");

        Assert.All(bad.RootElement.EnumerateArray(), o => Assert.NotEmpty(StixSchemas.Errors(o)));
        Assert.NotEmpty(StixSchemas.Errors(StixSchemas.Extension, extension.RootElement));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_reference_resolves_within_the_bundle_and_no_id_repeats(string name)
    {
        using var bundle = Bundle(name);

        var ids = Objects(bundle).Select(o => o.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        var unresolved = Objects(bundle).SelectMany(o => References(o).Select(r => (From: o.GetProperty("id").GetString(), To: r)))
            .Where(r => !ids.Contains(r.To, StringComparer.Ordinal))
            .ToArray();
        Assert.Empty(unresolved);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Timestamps_have_milliseconds_and_modified_is_not_before_created(string name)
    {
        using var bundle = Bundle(name);

        foreach (var stix in Objects(bundle))
        {
            var created = stix.GetProperty("created").GetString()!;
            var modified = stix.GetProperty("modified").GetString()!;
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", created);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", modified);
            Assert.True(string.CompareOrdinal(modified, created) >= 0, $"{stix.GetProperty("id")}: modified {modified} before created {created}");
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Country_codes_are_assigned_ISO_3166_1_alpha_2_codes(string name)
    {
        using var bundle = Bundle(name);

        var countries = Objects(bundle).Where(o => o.TryGetProperty("country", out _)).Select(o => o.GetProperty("country").GetString()!).ToArray();
        Assert.All(countries, c => Assert.Contains(c, Iso3166Countries.Value));
        if (name is "mali" or "graded")
        {
            Assert.Contains("ML", countries);
        }
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_and_ids_are_UUIDv5_of_our_ids()
    {
        var first = StixBundleWriter.WriteToString(MaliArticle.Report);
        var second = StixBundleWriter.WriteToString(ConflictJson.Deserialize(ConflictJson.Serialize(MaliArticle.Report)));

        Assert.Equal(first, second);
        // Expected values from Python's uuid.uuid5(UUID('14dd91d0-15de-41e3-a5e7-7640b0cc15e0'), name).
        Assert.Contains("\"threat-actor--17d29cde-7d99-518c-a904-5a2dbaf15679\"", first, StringComparison.Ordinal); // actor:jnim
        Assert.Contains("\"location--cdf2e44a-212b-5bfd-923b-5eb7ad1314d2\"", first, StringComparison.Ordinal); // location:kayes
        Assert.Contains($"\"{StixExtension.DefinitionId}\"", first, StringComparison.Ordinal);
        Assert.Equal("extension-definition--8632cfe6-0c7f-525e-a55a-1cb39826e3b1", StixExtension.DefinitionId); // extension-definition:conflictmodel
        Assert.Equal("identity--d10dc5ac-930c-55f7-b168-ba6310d30dca", StixExtension.ProducerId); // identity:conflictmodel
    }

    [Fact]
    public void Created_and_modified_default_to_the_publication_day_and_can_be_given()
    {
        using var bundle = JsonDocument.Parse(StixBundleWriter.WriteToString(MaliArticle.Report, Instant.FromUtc(2026, 1, 2, 3, 4, 5) + Duration.FromTicks(67_891)));
        var jnim = Object(bundle, "threat-actor--17d29cde-7d99-518c-a904-5a2dbaf15679");

        Assert.Equal("2026-01-02T03:04:05.006Z", jnim.GetProperty("created").GetString());
        Assert.Equal(Instant.FromUtc(2025, 7, 1, 0, 0), StixBundleWriter.DefaultTimestamp(MaliArticle.Report));
        Assert.Equal(NodaConstants.UnixEpoch, StixBundleWriter.DefaultTimestamp(ConflictReport.Empty));
    }

    [Fact]
    public void Actors_map_by_the_documented_table()
    {
        using var bundle = Bundle("mali");
        var byName = Objects(bundle).Where(o => o.GetProperty("type").GetString() is "identity" or "threat-actor")
            .ToDictionary(o => o.GetProperty("name").GetString()!);

        // An armed non-state group: a threat actor of no judged type, with its aliases.
        var jnim = byName["Jama'at Nusrat al-Islam wal Muslimin"];
        Assert.Equal("threat-actor", jnim.GetProperty("type").GetString());
        Assert.Equal(["unknown"], Strings(jnim.GetProperty("threat_actor_types")));
        Assert.Equal(["JNIM"], Strings(jnim.GetProperty("aliases")));
        // Attackers without a category are threat actors too.
        Assert.Equal("threat-actor", byName["jihadist fighters"].GetProperty("type").GetString());
        // State forces: an organisation in the defence and national-government sectors.
        var army = byName["Mali military"];
        Assert.Equal("identity", army.GetProperty("type").GetString());
        Assert.Equal("organization", army.GetProperty("identity_class").GetString());
        Assert.Equal(["defense", "government-national"], Strings(army.GetProperty("sectors")));
        // Persons and unnamed speakers are individuals; unnamed groups are groups.
        Assert.Equal("individual", byName["Souleymane Dembele"].GetProperty("identity_class").GetString());
        Assert.Equal("individual", byName["a resident in Kayes"].GetProperty("identity_class").GetString());
        Assert.StartsWith("Unnamed person", byName["a resident in Kayes"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("group", byName["various Islamist militant factions"].GetProperty("identity_class").GetString());
        // A rebel group is a threat actor even when it attacks nothing in the report.
        Assert.Equal("threat-actor", byName["separatist factions"].GetProperty("type").GetString());
    }

    [Fact]
    public void Locations_carry_country_region_city_and_precision_in_metres()
    {
        using var bundle = Bundle("mali");
        var byName = Objects(bundle).Where(o => o.GetProperty("type").GetString() == "location").ToDictionary(o => o.GetProperty("name").GetString()!);

        var kayes = byName["Kayes"];
        Assert.Equal(14.4469, kayes.GetProperty("latitude").GetDouble());
        Assert.Equal(-11.4445, kayes.GetProperty("longitude").GetDouble());
        Assert.Equal(5000, kayes.GetProperty("precision").GetInt32()); // settlement
        Assert.Equal("ML", kayes.GetProperty("country").GetString()); // from its parent, Mali
        Assert.Equal("Kayes", kayes.GetProperty("city").GetString());
        Assert.Equal("western-africa", byName["West Africa"].GetProperty("region").GetString());
        Assert.Equal("SN", byName["Senegal"].GetProperty("country").GetString());
        Assert.False(byName["Diboli"].TryGetProperty("precision", out _)); // no point, no precision
    }

    [Fact]
    public void Engagements_become_a_campaign_with_its_window_and_incidents_with_sightings()
    {
        using var bundle = Bundle("mali");
        var all = Objects(bundle).ToArray();

        var campaign = Assert.Single(all, o => o.GetProperty("type").GetString() == "campaign");
        Assert.Equal("2025-07-01T00:00:00.000Z", campaign.GetProperty("first_seen").GetString());
        Assert.Equal("2025-07-01T23:59:59.999Z", campaign.GetProperty("last_seen").GetString());
        Assert.Equal(5, all.Count(o => o.GetProperty("type").GetString() == "incident"));
        var kayes = Object(bundle, "location--cdf2e44a-212b-5bfd-923b-5eb7ad1314d2");
        var sighting = Assert.Single(all, o => o.GetProperty("type").GetString() == "sighting"
            && Strings(o.GetProperty("where_sighted_refs")).Contains(kayes.GetProperty("id").GetString()));
        var fighters = all.Single(o => o.TryGetProperty("name", out var n) && n.GetString() == "jihadist fighters");
        Assert.Equal(fighters.GetProperty("id").GetString(), sighting.GetProperty("sighting_of_ref").GetString());
        Assert.Contains(all, o => o.GetProperty("type").GetString() == "relationship"
            && o.GetProperty("relationship_type").GetString() == "attributed-to"
            && o.GetProperty("source_ref").GetString() == campaign.GetProperty("id").GetString()
            && o.GetProperty("target_ref").GetString() == fighters.GetProperty("id").GetString());
    }

    [Fact]
    public void A_report_per_source_refers_to_what_it_supports_and_notes_carry_quotes_and_claims()
    {
        using var bundle = Bundle("mali");
        var all = Objects(bundle).ToArray();

        var report = Assert.Single(all, o => o.GetProperty("type").GetString() == "report");
        Assert.Equal("2025-07-01T00:00:00.000Z", report.GetProperty("published").GetString());
        Assert.Equal(MaliArticle.Sha256.ToString(), report.GetProperty("external_references")[0].GetProperty("hashes").GetProperty("SHA-256").GetString());
        var refs = Strings(report.GetProperty("object_refs"));
        Assert.Contains("threat-actor--17d29cde-7d99-518c-a904-5a2dbaf15679", refs);
        var notes = all.Where(o => o.GetProperty("type").GetString() == "note").ToArray();
        Assert.Equal(MaliArticle.Report.Attributions.Length + MaliArticle.Report.Claims.Length, notes.Length);
        Assert.All(notes, n => Assert.Contains(n.GetProperty("id").GetString(), refs));
        var quote = Assert.Single(notes, n => n.GetProperty("content").GetString()!.StartsWith("the Mali military reported that it successfully repelled", StringComparison.Ordinal));
        Assert.Contains("successfully repelled these incursions, asserting that more than 80 militants were \u201cneutralised.\u201d", quote.GetProperty("content").GetString(), StringComparison.Ordinal);
        var claim = Assert.Single(notes, n => n.GetProperty("content").GetString() == "Mali military claims: More than 80 militants neutralised (jihadist fighters).");
        Assert.Equal(["Mali military"], Strings(claim.GetProperty("authors")));
    }

    [Fact]
    public void Admiralty_credibility_becomes_confidence_by_the_STIX_mapping()
    {
        using var bundle = JsonDocument.Parse(StixBundleWriter.WriteToString(TestReports.MaliWithGrades()));
        var notes = Objects(bundle).Where(o => o.GetProperty("type").GetString() == "note").ToArray();

        int? Confidence(string contentStart) => notes.Single(n => n.GetProperty("content").GetString()!.StartsWith(contentStart, StringComparison.Ordinal))
            .TryGetProperty("confidence", out var c) ? c.GetInt32() : null;
        Assert.Equal(70, Confidence("the Mali military reported")); // B2: credibility 2
        Assert.Null(Confidence("The enemy suffered significant losses")); // C6: cannot be judged
        Assert.Equal(10, Confidence("The group claiming responsibility for the onslaught")); // F5: credibility 5
        Assert.Equal(70, Confidence("Mali military claims: More than 80")); // the claim takes its best-graded attribution
    }

    [Fact]
    public void The_export_loss_report_says_what_consumers_ignoring_the_extension_miss()
    {
        var losses = StixBundleWriter.Losses(MaliArticle.Report);
        using var stream = new MemoryStream();

        Assert.Equal(losses, StixBundleWriter.Write(MaliArticle.Report, stream));
        Assert.Contains(losses.About("claim:militants-neutralised"), e => e.Lost.StartsWith("the claim as data", StringComparison.Ordinal));
        Assert.Contains(losses.About("source:mali-article"), e => e.Lost == "the source's full text");
        Assert.Contains(losses.About("source:mali-article"), e => e.Lost.Contains("39 mentions", StringComparison.Ordinal));
        Assert.Contains(losses.About("location:sahel"), e => e.Lost.Contains("\"sahel\"", StringComparison.Ordinal));
        Assert.DoesNotContain(losses.About("location:west-africa"), e => e.Lost.Contains("region", StringComparison.Ordinal));
        var text = losses.ToString();
        Assert.StartsWith($"{losses.Entries.Length} losses:\n- ", text, StringComparison.Ordinal);
        Assert.Contains("\n- claim:militants-neutralised: the claim as data", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => StixBundleWriter.Write(null!, Stream.Null)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => StixBundleWriter.Write(MaliArticle.Report, null!)).ParamName);
    }

    internal static JsonDocument Bundle(string name) => JsonDocument.Parse(StixBundleWriter.WriteToString(name switch
    {
        "mali" => MaliArticle.Report,
        "graded" => TestReports.MaliWithGrades(),
        "source-only" => TestReports.SourceOnly(),
        _ => ConflictReport.Empty,
    }));

    internal static IEnumerable<JsonElement> Objects(JsonDocument bundle) => bundle.RootElement.GetProperty("objects").EnumerateArray();

    private static JsonElement Object(JsonDocument bundle, string id) => Objects(bundle).Single(o => o.GetProperty("id").GetString() == id);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>Every id in a property named *_ref or *_refs, at any depth (extensions excepted: they hold model ids).</summary>
    private static IEnumerable<string> References(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "extensions").SelectMany(p =>
            p.Name.EndsWith("_ref", StringComparison.Ordinal) ? [p.Value.GetString()!]
            : p.Name.EndsWith("_refs", StringComparison.Ordinal) ? p.Value.EnumerateArray().Select(e => e.GetString()!)
            : References(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(References),
        _ => [],
    };

    private static readonly Lazy<HashSet<string>> Iso3166Countries = new(() =>
    {
        // The ISO 3166 table the core's validation embeds (from Debian's iso-codes), not code under test.
        using var stream = typeof(ConflictReport).Assembly.GetManifestResourceStream("ConflictModel.Validation.iso3166.txt")!;
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ', '\t')[0]).Where(c => CountryCode().IsMatch(c))];
    });

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
