using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictModel.Fixtures;
using ConflictModel.Interop.Ucdp;

namespace ConflictModel.Cli.Tests;

/// <summary><c>--from ucdp</c> and <c>--to ucdp</c>, in process; the excerpt's rows are UCDP's (CC BY 4.0).</summary>
public sealed class UcdpFormatTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Convert_UcdpFileWithoutFrom_IsReadAsAcled_AndTheErrorSaysToAddFromUcdp()
    {
        _cli.Write("ged.csv", File.ReadAllBytes(CliRun.Expected("ucdp-ged-excerpt.csv")));

        var result = _cli.Run("convert", "ged.csv", "ged.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("ged.csv: ACLED row 1, column 'event_id_cnty': The header must have the column 'event_id_cnty'. If the file is UCDP GED's, add --from ucdp.", result.StandardError.Trim());
    }

    [Fact]
    public void Convert_ARowGivenTwice_StaysTwoRows_ThroughJsonAndJsonLines()
    {
        // The excerpt's first row again at the end, as it is, and its second with other deaths.
        var lines = File.ReadAllLines(CliRun.Expected("ucdp-ged-excerpt.csv"));
        var changed = lines[2].Replace(",10,10,10,", ",11,11,11,", System.StringComparison.Ordinal);
        Assert.NotEqual(lines[2], changed);
        var csv = string.Join("\n", [.. lines, lines[1], changed]) + "\n";
        _cli.Write("ged.csv", csv);

        var toJson = _cli.Run("convert", "ged.csv", "ged.json", "--from", "ucdp");
        var toLines = _cli.Run("convert", "ged.csv", "ged.jsonl", "--from", "ucdp");
        var fromJson = _cli.Run("convert", "ged.json", "from-json.csv", "--to", "ucdp", "--csv-escape", "none");
        var fromLines = _cli.Run("convert", "ged.jsonl", "from-lines.csv", "--to", "ucdp", "--csv-escape", "none");

        Assert.Equal((0, 0, 0, 0), (toJson.ExitCode, toLines.ExitCode, fromJson.ExitCode, fromLines.ExitCode));
        using var report = JsonDocument.Parse(File.ReadAllBytes(_cli.PathOf("ged.json")));
        Assert.Equal(14, report.RootElement.GetProperty("engagements").GetArrayLength());
        Assert.Equal(csv, File.ReadAllText(_cli.PathOf("from-json.csv")));
        Assert.Equal(csv, File.ReadAllText(_cli.PathOf("from-lines.csv")));
    }

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
    public void Convert_FromUcdpToJsonLines_GivesALineARow_AndBackGivesTheFile()
    {
        var excerpt = File.ReadAllBytes(CliRun.Expected("ucdp-ged-excerpt.csv"));
        _cli.Write("ged.csv", excerpt);

        var toLines = _cli.Run("convert", "ged.csv", "ged.jsonl", "--from", "ucdp");
        var back = _cli.Run("convert", "ged.jsonl", "back.csv", "--to", "ucdp");
        var toJson = _cli.Run("convert", "ged.jsonl", "lines.json");

        Assert.Equal(0, toLines.ExitCode);
        Assert.Equal(0, back.ExitCode);
        Assert.Equal(0, toJson.ExitCode);
        Assert.Equal(12, File.ReadAllLines(_cli.PathOf("ged.jsonl")).Length);
        Assert.Equal(excerpt, File.ReadAllBytes(_cli.PathOf("back.csv")));
        Assert.Equal(WholeFileJson(excerpt), File.ReadAllBytes(_cli.PathOf("lines.json")));
    }

    [Fact]
    public void Convert_FromUcdpToJson_IsTheWholeFilesReport_AsReadInMemory()
    {
        var excerpt = File.ReadAllBytes(CliRun.Expected("ucdp-ged-excerpt.csv"));
        _cli.Write("ged.csv", excerpt);

        var result = _cli.Run("convert", "ged.csv", "ged.json", "--from", "ucdp");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(WholeFileJson(excerpt), File.ReadAllBytes(_cli.PathOf("ged.json")));
    }

    [Fact]
    public void Convert_FromUcdp_OneSideIdWithTwoNamesAndCategories_KeepsTheFirstActor_AndGivesBackEveryRow()
    {
        // Row 300380's side B (4456, "Syrian insurgents", a rebel group in type 1) comes back under
        // another name as side A of a one-sided event (type 3, no category): one actor, the first
        // row's, in every report; the second row keeps its own name as its engagement's dataset field.
        var lines = File.ReadAllLines(CliRun.Expected("ucdp-ged-excerpt.csv"));
        var second = lines[1].Split(',');
        Assert.Equal(("4456", "Syrian insurgents", "1"), (second[16], second[17], second[5]));
        var changed = lines[1]
            .Replace("300380,", "999001,", StringComparison.Ordinal)
            .Replace(",Clear,1,", ",Clear,3,", StringComparison.Ordinal)
            .Replace(",118,118,Government of Syria,4456,4456,Syrian insurgents,", ",4456,4456,Insurgents (Syria),1,1,Civilians,", StringComparison.Ordinal)
            .Replace(",0,2,0,0,2,2,2,652,", ",0,0,2,0,2,2,2,,", StringComparison.Ordinal);
        var text = string.Join('\n', lines.Take(2).Append(changed)) + "\n";
        _cli.Write("ged.csv", text);

        var toJson = _cli.Run("convert", "ged.csv", "ged.json", "--from", "ucdp");
        var toLines = _cli.Run("convert", "ged.csv", "ged.jsonl", "--from", "ucdp");
        var back = _cli.Run("convert", "ged.json", "back.csv", "--to", "ucdp");
        var backFromLines = _cli.Run("convert", "ged.jsonl", "back-lines.csv", "--to", "ucdp");

        Assert.Equal(0, toJson.ExitCode);
        Assert.Equal(0, toLines.ExitCode);
        Assert.Equal(0, back.ExitCode);
        Assert.Equal(0, backFromLines.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllBytes(_cli.PathOf("ged.json")));
        var actor = Assert.Single(report.RootElement.GetProperty("actors").EnumerateArray(), a => a.GetProperty("id").GetString() == "ucdp-actor:4456");
        Assert.Contains("Syrian insurgents", actor.GetProperty("name").ToString(), StringComparison.Ordinal);
        var engagement = report.RootElement.GetProperty("engagements")[1];
        Assert.Contains(
            engagement.GetProperty("datasetFields").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "side_a" && f.GetProperty("value").GetString() == "Insurgents (Syria)");
        Assert.Equal(text, File.ReadAllText(_cli.PathOf("back.csv"), Encoding.UTF8));
        Assert.Equal(text, File.ReadAllText(_cli.PathOf("back-lines.csv"), Encoding.UTF8));
        Assert.Equal(WholeFileJson(Encoding.UTF8.GetBytes(text)), File.ReadAllBytes(_cli.PathOf("ged.json")));
    }

    [Fact]
    public void Convert_FromUcdp_TwoRowsOfOneIdSayingDifferentThings_AreTwoEvents()
    {
        var lines = File.ReadAllLines(CliRun.Expected("ucdp-ged-excerpt.csv"));
        var text = string.Join('\n', lines[0], lines[1], lines[1].Replace(",Rami village,", ",Other village,", StringComparison.Ordinal)) + "\n";
        _cli.Write("ged.csv", text);

        var toJson = _cli.Run("convert", "ged.csv", "ged.json", "--from", "ucdp");

        Assert.Equal(0, toJson.ExitCode);
        var report = ConflictJson.Deserialize(File.ReadAllText(_cli.PathOf("ged.json")));
        Assert.Equal(["ucdp-ged:300380", "ucdp-ged:300380-2"], report.Engagements.Select(e => e.Id.Value).ToArray());
        Assert.Equal(["Rami village", "Other village"], report.Engagements.Select(e => report.Locations.Single(l => l.Id == e.Locations[0]).Name.Text).ToArray());
        Assert.All(report.Engagements, e => Assert.Contains(e.ExternalIds, x => x.Scheme == "ucdp-ged" && x.Value == "300380"));
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

    /// <summary>What the tool wrote before it streamed: the whole file read as one report (<see cref="UcdpGedImport.Read"/>), indented, a newline after.</summary>
    private static byte[] WholeFileJson(byte[] csv)
        => [.. ConflictJson.SerializeToUtf8Bytes(UcdpGedImport.Read(new MemoryStream(csv)), MaliArticle.CanonicalJsonOptions), (byte)'\n'];
}
