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
