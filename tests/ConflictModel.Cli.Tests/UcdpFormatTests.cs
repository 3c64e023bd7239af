using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictModel.Fixtures;

namespace ConflictModel.Cli.Tests;

/// <summary><c>--from ucdp</c> and <c>--to ucdp</c>, in process; the excerpt's rows are UCDP's (CC BY 4.0).</summary>
public sealed class UcdpFormatTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Convert_FromUcdpToJsonAndBack_GivesBackTheFile()
    {
        var excerpt = File.ReadAllBytes(CliRun.Expected("ucdp-ged-excerpt.csv"));
        _cli.Write("ged.csv", excerpt);

        var toJson = _cli.Run("convert", "ged.csv", "ged.json", "--from", "ucdp");
        var back = _cli.Run("convert", "ged.json", "back.csv", "--to", "ucdp");

        Assert.Equal(0, toJson.ExitCode);
        Assert.Equal(0, back.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllBytes(_cli.PathOf("ged.json")));
        Assert.Equal(12, report.RootElement.GetProperty("engagements").GetArrayLength());
        Assert.Equal(excerpt, File.ReadAllBytes(_cli.PathOf("back.csv")));
    }

    [Fact]
    public void Convert_MaliToUcdp_ReportsWhatIsLost()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", "mali.csv", "--to", "ucdp", "--loss-report", "losses.json");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(_cli.PathOf("mali.csv"));
        Assert.StartsWith("id,relid,year,", lines[0], StringComparison.Ordinal);
        Assert.Single(lines.Skip(1));
        using var losses = JsonDocument.Parse(File.ReadAllBytes(_cli.PathOf("losses.json")));
        Assert.Contains(
            losses.RootElement.GetProperty("losses").EnumerateArray(),
            l => l.ToString().Contains("militants-neutralised", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportFromUcdpWithLowAboveBest_WarnsUcdp0001_AndFailsWithWarningsAsErrors()
    {
        // Row 300380's deaths: a 0, b 2, civilians 0, unknown 0, best 2, high 2, low 2 -> low 5, as UCDP sometimes publishes.
        var text = File.ReadAllText(CliRun.Expected("ucdp-ged-excerpt.csv"));
        Assert.Equal(2, text.Split(",0,2,0,0,2,2,2,652,").Length);
        _cli.Write("ged.csv", text.Replace(",0,2,0,0,2,2,2,652,", ",0,2,0,0,2,2,5,652,", StringComparison.Ordinal));
        Assert.Equal(0, _cli.Run("convert", "ged.csv", "ged.json", "--from", "ucdp").ExitCode);

        var result = _cli.Run("validate", "ged.json");
        var strict = _cli.Run("validate", "ged.json", "--warnings-as-errors");
        var sarif = _cli.Run("validate", "ged.json", "--output", "sarif");

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.OutputLines, l => l.Contains("UCDP0001", StringComparison.Ordinal));
        Assert.Matches(@"^ged\.json:\d+:\d+: warning UCDP0001: UCDP GED published low 5, best 2, high 2, which are not in order; .* \(/claims/\d+/datasetFields\)$", warning);
        Assert.Equal(1, strict.ExitCode);
        using var log = JsonDocument.Parse(sarif.StandardOutput);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "UCDP0001");
    }

    [Fact]
    public void Validate_ReportFromUcdpInOrder_HasNoUcdp0001()
    {
        _cli.Write("ged.csv", File.ReadAllBytes(CliRun.Expected("ucdp-ged-excerpt.csv")));
        Assert.Equal(0, _cli.Run("convert", "ged.csv", "ged.json", "--from", "ucdp").ExitCode);

        var result = _cli.Run("validate", "ged.json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("UCDP0001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_BadUcdpRow_FailsNamingRowAndColumn()
    {
        var text = File.ReadAllText(CliRun.Expected("ucdp-ged-excerpt.csv")).Replace(",35.763369,", ",200,", StringComparison.Ordinal);
        _cli.Write("bad.csv", text);

        var result = _cli.Run("convert", "bad.csv", "out.json", "--from", "ucdp");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("latitude", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("out.json")));
    }
}
