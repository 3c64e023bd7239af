using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Tests.Shared;
using CsCheck;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The published schema under ajv (npm, <c>ajv/dist/2020</c>, strict mode, ajv-formats), the
/// validator most users outside .NET run, through the harness tests/schema/check.mjs. The harness
/// needs <c>npm ci</c> in tests/schema (build/test.sh runs it); without it these tests fail.
/// </summary>
public sealed class ConflictJsonSchemaAjvTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(SnapshotAssert.SourceDirectoryOf(), "..", "..", ".."));

    private const string Valid =
        """{"schemaVersion":"1.0","actors":[{"id":"jnim","name":{"text":"JNIM"},"kind":"organisation"}],"locations":[{"id":"kayes","name":{"text":"Kayes"},"kind":"settlement","point":{"latitude":14.4469,"longitude":-11.4456},"precision":"settlement"}],"engagements":[{"id":"attacks","type":"battles","scope":"event","time":{"date":"2025-07-01","partOfDay":"morning","basis":"inferred"}}],"claims":[{"kind":"casualties","id":"c","claimant":{"actor":"jnim"},"subjects":[{"kind":"engagement","id":"attacks"}],"status":"asserted","count":{"qualifier":"moreThan","value":80},"outcome":"neutralised"}],"attributions":[{"id":"a","source":"s","quote":{"start":10,"end":14,"exact":"JNIM"},"mode":"paraphrase","channel":"television"}]}""";

    /// <summary>One fault each in <see cref="Valid"/>, and the pointer both the reader and ajv must name.</summary>
    public static TheoryData<string, string, string, string> Broken => new()
    {
        { "latitude 200", "\"latitude\":14.4469", "\"latitude\":200", "/locations/0/point/latitude" },
        { "unknown property", "\"kind\":\"organisation\"", "\"kind\":\"organisation\",\"nickname\":\"x\"", "/actors/0/nickname" },
        { "derived member written", "\"end\":14,", "\"end\":14,\"length\":4,", "/attributions/0/quote/length" },
        { "missing required member", "\"name\":{\"text\":\"JNIM\"},", string.Empty, "/actors/0" },
        { "unknown enumeration value", "\"kind\":\"organisation\"", "\"kind\":\"warlord\"", "/actors/0/kind" },
        { "enumeration value as a number", "\"kind\":\"organisation\"", "\"kind\":1", "/actors/0/kind" },
        { "unknown claim kind", "\"kind\":\"casualties\"", "\"kind\":\"rumour\"", "/claims/0/kind" },
        { "member of another claim kind", "\"outcome\":\"neutralised\"", "\"outcome\":\"neutralised\",\"responsible\":\"jnim\"", "/claims/0/responsible" },
        { "count not whole", "\"value\":80", "\"value\":80.5", "/claims/0/count/value" },
        { "count qualifier without its number", "\"qualifier\":\"moreThan\",\"value\":80", "\"qualifier\":\"moreThan\"", "/claims/0/count" },
        { "between without max", "\"qualifier\":\"moreThan\",\"value\":80", "\"qualifier\":\"between\",\"min\":20", "/claims/0/count" },
        { "between with a value", "\"qualifier\":\"moreThan\",\"value\":80", "\"qualifier\":\"between\",\"value\":3,\"min\":20,\"max\":30", "/claims/0/count/value" },
        { "empty subjects", "\"subjects\":[{\"kind\":\"engagement\",\"id\":\"attacks\"}]", "\"subjects\":[]", "/claims/0/subjects" },
        { "two time values", "\"date\":\"2025-07-01\"", "\"date\":\"2025-07-01\",\"year\":2025", "/engagements/0/time/year" },
        { "part of day with a year", "\"date\":\"2025-07-01\"", "\"year\":2025", "/engagements/0/time/partOfDay" },
        { "zone without a local time", "\"date\":\"2025-07-01\"", "\"date\":\"2025-07-01\",\"zone\":\"Africa/Bamako\"", "/engagements/0/time/zone" },
        { "blank text", "\"text\":\"JNIM\"", "\"text\":\"  \"", "/actors/0/name/text" },
        { "malformed id", "\"id\":\"jnim\"", "\"id\":\"j nim\"", "/actors/0/id" },
        { "claimant with both", "\"claimant\":{\"actor\":\"jnim\"}", "\"claimant\":{\"actor\":\"jnim\",\"source\":\"s\"}", "/claims/0/claimant/actor" },
        { "claimant with neither", "\"claimant\":{\"actor\":\"jnim\"}", "\"claimant\":{}", "/claims/0/claimant" },
        { "newer major version", "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\"", "/schemaVersion" },
        { "ill-formed language tag", "\"name\":{\"text\":\"JNIM\"}", "\"name\":{\"text\":\"JNIM\",\"language\":\"en_GB\"}", "/actors/0/name/language" },
        { "precision without a point", "\"point\":{\"latitude\":14.4469,\"longitude\":-11.4456},", string.Empty, "/locations/0/precision" },
        { "negative span position", "\"start\":10,\"end\":14", "\"start\":-4,\"end\":0", "/attributions/0/quote/start" },
        { "sub-type of another type", "\"type\":\"battles\"", "\"type\":\"battles\",\"subType\":\"attack\"", "/engagements/0/subType" },
    };

    private static readonly Lazy<Run> Harness = new(RunHarness);

    [Fact]
    public void Schema_CompilesInStrictModeWithNoWarning()
    {
        var run = Harness.Value;

        Assert.True(run.Output.GetProperty("compiled").GetBoolean(), run.Text);
        Assert.Equal(0, run.Output.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void AjvAndTheLibraryAgree_OnTheFixturesAndTheCorpus()
    {
        var run = Harness.Value;
        var disagreements = run.Output.GetProperty("disagreements").EnumerateArray().Select(d => d.GetString()).ToList();

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Output.GetProperty("valid").GetArrayLength());
        // Every corpus document was checked, and the schema judges a good share of the read failures.
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, "src", "ConflictModel.Fixtures", "Corpus", "corpus.json")));
        var corpus = run.Output.GetProperty("corpus").EnumerateArray().ToList();
        Assert.Equal(manifest.RootElement.GetProperty("documents").GetArrayLength(), corpus.Count);
        Assert.Equal(26, corpus.Count(c => c.GetProperty("judged").GetBoolean()));
    }

    [Fact]
    public void Ajv_AcceptsGeneratedReports()
    {
        foreach (var (name, errors) in Harness.Value.Cases.Where(c => c.Key.StartsWith("generated ", StringComparison.Ordinal)).Select(c => (c.Key, c.Value)))
        {
            Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
        }

        Assert.Equal(Generated.Count, Harness.Value.Cases.Keys.Count(k => k.StartsWith("generated ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void OneFault_GivesOneErrorAtItsPath_AndTheReaderNamesTheSamePath(string name, string original, string replacement, string expectedPointer)
    {
        Assert.Contains(original, Valid, StringComparison.Ordinal);
        var json = Valid.Replace(original, replacement, StringComparison.Ordinal);

        var refused = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));
        Assert.Equal(expectedPointer, refused.JsonPointer);
        var errors = Harness.Value.Cases[name];
        // ajv's "if" keyword adds a note that its "then" failed, at the object it dispatched on; the
        // fault itself is reported once, at its path.
        var fault = Assert.Single(errors, e => e.Keyword != "if");
        Assert.True(fault.Path == expectedPointer, $"{name}: ajv reports {fault} where the reader names {expectedPointer}");
        Assert.All(errors, e => Assert.True(e == fault || e.Path == expectedPointer || expectedPointer.StartsWith(e.Path + "/", StringComparison.Ordinal), $"{name}: {e}"));
    }

    [Fact]
    public void Ajv_AcceptsTheValidDocument()
    {
        Assert.Empty(Harness.Value.Cases["valid"]);
    }

    private static readonly Lazy<List<string>> GeneratedReports = new(() =>
    {
        var reports = new List<string>();
        ModelGenerators.Report.Sample(report => reports.Add(ConflictJson.Serialize(report)), iter: 200, threads: 1);
        return reports;
    });

    private static List<string> Generated => GeneratedReports.Value;

    private static Run RunHarness()
    {
        var cases = Path.Combine(Path.GetTempPath(), $"conflictmodel-ajv-cases-{Environment.ProcessId}.json");
        using (var stream = File.Create(cases))
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            void Case(string name, string json)
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                writer.WriteString("json", json);
                writer.WriteEndObject();
            }

            Case("valid", Valid);
            foreach (var row in Broken)
            {
                Case((string)row[0], Valid.Replace((string)row[1], (string)row[2], StringComparison.Ordinal));
            }

            for (var i = 0; i < Generated.Count; i++)
            {
                Case($"generated {i}", Generated[i]);
            }

            writer.WriteEndArray();
        }

        try
        {
            var harness = Path.Combine(Root, "tests", "schema");
            Assert.True(
                Directory.Exists(Path.Combine(harness, "node_modules", "ajv")),
                $"ajv is not installed in {harness}: run `npm ci` there (build/test.sh does).");
            var start = new ProcessStartInfo("node") { WorkingDirectory = harness, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("check.mjs");
            start.ArgumentList.Add("--cases");
            start.ArgumentList.Add(cases);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(stdout.Length > 0, $"The harness printed nothing (exit {process.ExitCode}): {stderr.Result}");
            var output = JsonDocument.Parse(stdout).RootElement.Clone();
            var results = new Dictionary<string, List<AjvError>>(StringComparer.Ordinal);
            foreach (var result in output.GetProperty("cases").EnumerateArray())
            {
                results[result.GetProperty("name").GetString()!] = result.GetProperty("errors").EnumerateArray()
                    .Select(e => new AjvError(e.GetProperty("keyword").GetString()!, e.GetProperty("path").GetString()!, e.GetProperty("message").GetString()!))
                    .ToList();
            }

            return new Run(process.ExitCode, stdout, output, results);
        }
        finally
        {
            File.Delete(cases);
        }
    }

    private sealed record Run(int ExitCode, string Text, JsonElement Output, Dictionary<string, List<AjvError>> Cases);

    private sealed record AjvError(string Keyword, string Path, string Message)
    {
        public override string ToString() => $"{Keyword} at \"{Path}\": {Message}";
    }
}
