using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Fixtures;
using Json.Schema;

namespace ConflictModel.Cli.Tests;

public sealed class SarifOutputTests : System.IDisposable
{
    private static readonly JsonSchema SarifSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")));

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Sarif_OfTheWholeCorpusAndAMissingFile_IsValidSarif210()
    {
        var names = InvalidDocuments.All.Select(d => _cli.Write(d.Name + ".json", d.Utf8Json.Span)).Append("missing.json").ToArray();

        var result = _cli.Run(["validate", "--output", "sarif", .. names]);

        Assert.Equal(2, result.ExitCode);
        AssertValidSarif(result.StandardOutput);
        using var sarif = JsonDocument.Parse(result.StandardOutput);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(InvalidDocuments.All.Length + 1, results.Count);
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "unreadable");
    }

    [Fact]
    public void Sarif_PlacesAResultInItsFileAtItsLineAndColumn_WithTheRuleFromTheDriver()
    {
        var document = InvalidDocuments.Get("unknown-country-code");
        _cli.Write("bad.json", document.Utf8Json.Span);

        var result = _cli.Run("validate", "bad.json", "--output", "sarif");

        Assert.Equal(1, result.ExitCode);
        AssertValidSarif(result.StandardOutput);
        using var sarif = JsonDocument.Parse(result.StandardOutput);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var item = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("CM0701", item.GetProperty("ruleId").GetString());
        Assert.Equal("error", item.GetProperty("level").GetString());
        var location = item.GetProperty("locations")[0];
        Assert.Equal("bad.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(TextPosition.Of(document.Json, "\"country\"", "\"actors\""), $"{region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()}");
        Assert.Equal("/actors/0/country", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "CM0701");
    }

    [Fact]
    public void Sarif_OfAValidFileFromStandardInput_IsValidSarif210_WithNoResults()
    {
        var result = _cli.Run(System.Text.Encoding.UTF8.GetBytes(MaliArticle.CanonicalJson), "validate", "-", "--output", "sarif");

        Assert.Equal(0, result.ExitCode);
        AssertValidSarif(result.StandardOutput);
        using var sarif = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void SarifSchema_RefusesALogWithoutItsRequiredParts()
    {
        // The checker itself must be able to fail: a run without a tool is not SARIF.
        using var log = JsonDocument.Parse("""{ "version": "2.1.0", "runs": [ { "results": [] } ] }""");

        Assert.False(SarifSchema.Evaluate(log.RootElement).IsValid);
    }

    private static void AssertValidSarif(byte[] utf8)
    {
        using var log = JsonDocument.Parse(utf8);
        var evaluation = SarifSchema.Evaluate(log.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
        Assert.True(evaluation.IsValid, errors);
    }
}
