using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using ConflictModel.Fixtures;

namespace ConflictModel.Cli.Tests;

public sealed class ValidateCommandTests : System.IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Validate_TheMaliFixture_IsValid_WithASummaryLine()
    {
        _cli.Write("mali.json", File.ReadAllBytes(CliRun.Expected("mali-report.json")));

        var result = _cli.Run("validate", "mali.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 file(s): 1 valid, 0 invalid, 0 unreadable; 0 error(s), 0 warning(s), 0 info(s)"], result.OutputLines);
        Assert.Equal(string.Empty, result.StandardError);
    }

    [Fact]
    public void Validate_AValidationIssue_IsPlacedAtTheLineAndColumnOfItsPointer()
    {
        var document = InvalidDocuments.Get("unknown-country-code");
        _cli.Write("bad.json", document.Utf8Json.Span);

        var result = _cli.Run("validate", "bad.json");

        Assert.Equal(1, result.ExitCode);
        var position = TextPosition.Of(document.Json, "\"country\"", "\"actors\"");
        var line = Assert.Single(result.OutputLines, l => l.StartsWith("bad.json:", System.StringComparison.Ordinal));
        Assert.StartsWith($"bad.json:{position}: error CM0701: 'ZX' is not an ISO 3166-1 alpha-2 country code.", line);
        Assert.EndsWith("(/actors/0/country)", line);
        Assert.Equal("1 file(s): 0 valid, 1 invalid, 0 unreadable; 1 error(s), 0 warning(s), 0 info(s)", result.OutputLines[^1]);
    }

    [Fact]
    public void Validate_AReadError_IsPlacedWhereTheReaderStopped()
    {
        var document = InvalidDocuments.Get("unknown-property");
        _cli.Write("bad.json", document.Utf8Json.Span);

        var result = _cli.Run("validate", "bad.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"bad.json:{TextPosition.Of(document.Json, "\"nickname\"")}: error UnknownProperty: 'nickname' is not a member of an actor", result.OutputLines[0]);
        Assert.EndsWith("(/actors/3/nickname)", result.OutputLines[0]);
    }

    [Fact]
    public void Validate_EveryCorpusDocument_FailsAsTheCorpusSays()
    {
        foreach (var document in InvalidDocuments.All)
        {
            var name = _cli.Write(document.Name + ".json", document.Utf8Json.Span);

            var result = _cli.Run("validate", name);
            var strict = _cli.Run("validate", "--warnings-as-errors", name);

            var fails = document.Stage == InvalidDocumentStage.Read || document.ExpectedSeverity == ValidationSeverity.Error;
            Assert.True((fails ? 1 : 0) == result.ExitCode, $"{document.Name}: exit code {result.ExitCode}\n{result.Output}");
            Assert.True((fails || document.ExpectedSeverity == ValidationSeverity.Warning ? 1 : 0) == strict.ExitCode, $"{document.Name} with --warnings-as-errors: exit code {strict.ExitCode}");
            var code = document.ExpectedValidationCode ?? document.ExpectedReadError!.Value.ToString();
            var severity = document.ExpectedSeverity switch { ValidationSeverity.Warning => "warning", ValidationSeverity.Info => "info", _ => "error" };
            var problem = Assert.Single(result.OutputLines, l => l.StartsWith(name + ":", System.StringComparison.Ordinal));
            Assert.Matches($@"^{Regex(name)}:\d+:\d+: {severity} {code}: .+ \({Regex(document.ExpectedPointer)}\)$", problem);
        }
    }

    [Fact]
    public void Validate_JsonLines_PlacesEachProblemOnItsLineOfTheFile()
    {
        var lines = MaliArticle.Report.SplitByEngagement().Select(r => ConflictJson.Serialize(r)).ToArray();
        lines[2] = lines[2].Replace("\"kind\":\"", "\"kind\":\"x", System.StringComparison.Ordinal); // an unknown enumeration value on line 3
        _cli.Write("mali.jsonl", string.Join('\n', lines) + "\n\n");

        var result = _cli.Run("validate", "mali.jsonl");

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(result.OutputLines, l => l.StartsWith("mali.jsonl:", System.StringComparison.Ordinal));
        var column = lines[2].IndexOf("\"kind\":\"x", System.StringComparison.Ordinal) + "\"kind\":".Length + 1;
        Assert.StartsWith($"mali.jsonl:3:{column}: error ", problem);
        Assert.Equal("1 file(s): 0 valid, 1 invalid, 0 unreadable; 1 error(s), 0 warning(s), 0 info(s)", result.OutputLines[^1]);
    }

    [Fact]
    public void Validate_JsonLinesOfManyBatches_GivesEveryProblemOnItsLine_InTheOrderOfTheLines()
    {
        // Several megabytes of lines, so that they are validated in several batches side by side.
        var slices = MaliArticle.Report.SplitByEngagement().Select(r => ConflictJson.Serialize(r)).ToArray();
        var perLine = slices.Sum(l => l.Length + 1) / slices.Length;
        var lines = Enumerable.Range(0, System.Math.Max(400, (4 * 1024 * 1024 / perLine) + 1)).Select(i => slices[i % slices.Length]).ToArray();
        var bad = new[] { 2, 150, 151, (lines.Length / 2) + 1, lines.Length - 1 }; // in order: lines.Length is at least 400
        foreach (var i in bad)
        {
            lines[i] = lines[i].Replace("\"kind\":\"", "\"kind\":\"x", System.StringComparison.Ordinal);
        }

        var text = string.Join('\n', lines) + "\n";
        Assert.True(text.Length > 3 * 1024 * 1024, $"only {text.Length} bytes: too few for several batches");
        _cli.Write("many.jsonl", text);

        var result = _cli.Run("validate", "many.jsonl", "--output", "json");

        Assert.Equal(1, result.ExitCode);
        using var output = JsonDocument.Parse(result.StandardOutput);
        var file = output.RootElement.GetProperty("files")[0];
        Assert.Equal(lines.Length, file.GetProperty("documents").GetInt32());
        var found = file.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt64()).ToArray();
        Assert.Equal(bad.Select(i => (long)i + 1), found);
    }

    [Fact]
    public void Validate_JsonLinesLineLongerThanTheLimit_IsLineTooLongAtItsLine_AndEndsTheFile()
    {
        var lines = MaliArticle.Report.SplitByEngagement().Select(r => ConflictJson.Serialize(r)).ToArray();
        var tooLong = "{\"schemaVersion\":\"1.0\"" + new string(' ', 16 * 1024 * 1024) + "}"; // 16 MiB is the default limit
        var unread = lines[1].Replace("\"kind\":\"", "\"kind\":\"x", System.StringComparison.Ordinal);
        _cli.Write("long.jsonl", lines[0] + "\n" + tooLong + "\r\n" + unread + "\n");

        var result = _cli.Run("validate", "long.jsonl");

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(result.OutputLines, l => l.StartsWith("long.jsonl:", System.StringComparison.Ordinal));
        Assert.Equal("long.jsonl:2:1: error LineTooLong: The line is longer than the limit of 16777216 bytes; the lines after it were not read. ()", problem);
        Assert.Equal("1 file(s): 0 valid, 1 invalid, 0 unreadable; 1 error(s), 0 warning(s), 0 info(s)", result.OutputLines[^1]);
    }

    [Fact]
    public void Validate_JsonLinesLineLongerThanTheLimit_ComesAfterTheProblemsOfTheLinesBeforeIt()
    {
        var lines = MaliArticle.Report.SplitByEngagement().Select(r => ConflictJson.Serialize(r)).ToArray();
        var bad = lines[0].Replace("\"kind\":\"", "\"kind\":\"x", System.StringComparison.Ordinal);
        var tooLong = "{\"schemaVersion\":\"1.0\"" + new string(' ', 16 * 1024 * 1024) + "}";
        _cli.Write("long.jsonl", bad + "\n" + tooLong + "\n");

        var result = _cli.Run("validate", "long.jsonl", "--output", "json");

        using var output = JsonDocument.Parse(result.StandardOutput);
        var problems = output.RootElement.GetProperty("files")[0].GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("code").GetString())).ToArray();
        Assert.Equal(2, problems.Length);
        Assert.Equal(1, problems[0].Item1);
        Assert.Equal((2L, "LineTooLong"), problems[1]);
    }

    [Fact]
    public void Validate_StandardInput_IsReadForADash_AndItsFormatIsToldFromItsFirstLine()
    {
        var slices = MaliArticle.Report.SplitByEngagement().Select(r => ConflictJson.Serialize(r)).ToList();
        var lines = string.Join('\n', slices) + "\n";

        var json = _cli.Run(Encoding.UTF8.GetBytes(MaliArticle.CanonicalJson), "validate", "-", "--output", "json");
        var jsonLines = _cli.Run(Encoding.UTF8.GetBytes(lines), "validate", "-", "--output", "json");

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, jsonLines.ExitCode);
        using var a = JsonDocument.Parse(json.StandardOutput);
        using var b = JsonDocument.Parse(jsonLines.StandardOutput);
        Assert.Equal("<stdin>", a.RootElement.GetProperty("files")[0].GetProperty("file").GetString());
        Assert.Equal("json", a.RootElement.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal("jsonl", b.RootElement.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal(slices.Count, b.RootElement.GetProperty("files")[0].GetProperty("documents").GetInt32());
    }

    [Fact]
    public void Validate_ManyFiles_ReportsEach_AndAnUnreadableOneMakesTheExitCode2()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        _cli.Write("bad.json", InvalidDocuments.Get("unknown-country-code").Utf8Json.Span);

        var invalid = _cli.Run("validate", "mali.json", "bad.json");
        var unreadable = _cli.Run("validate", "mali.json", "bad.json", "missing.json");

        Assert.Equal(1, invalid.ExitCode);
        Assert.Equal("2 file(s): 1 valid, 1 invalid, 0 unreadable; 1 error(s), 0 warning(s), 0 info(s)", invalid.OutputLines[^1]);
        Assert.Equal(2, unreadable.ExitCode);
        Assert.Contains("missing.json: error: cannot read the file: no such file", unreadable.OutputLines);
        Assert.Equal("3 file(s): 1 valid, 1 invalid, 1 unreadable; 1 error(s), 0 warning(s), 0 info(s)", unreadable.OutputLines[^1]);
    }

    [Fact]
    public void Validate_JsonOutput_ListsEveryProblemWithItsPlace_AndTheSummaryGoesToStandardError()
    {
        var document = InvalidDocuments.Get("unknown-country-code");
        _cli.Write("bad.json", document.Utf8Json.Span);

        var result = _cli.Run("validate", "bad.json", "--output", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("invalid", file.GetProperty("status").GetString());
        var problem = file.GetProperty("problems")[0];
        Assert.Equal("CM0701", problem.GetProperty("code").GetString());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Equal("/actors/0/country", problem.GetProperty("pointer").GetString());
        Assert.Equal(TextPosition.Of(document.Json, "\"country\"", "\"actors\""), $"{problem.GetProperty("line").GetInt32()}:{problem.GetProperty("column").GetInt32()}");
        Assert.Equal("1 file(s): 0 valid, 1 invalid, 0 unreadable; 1 error(s), 0 warning(s), 0 info(s)\n", result.StandardError);
    }

    [Fact]
    public void Validate_Colour_OnlyOnATerminal_AndNeverWithNoColor()
    {
        _cli.Write("bad.json", InvalidDocuments.Get("unknown-country-code").Utf8Json.Span);

        var piped = _cli.RunOn(new MemoryStream(), terminal: false, noColor: false, ["validate", "bad.json"], CancellationToken.None);
        var terminal = _cli.RunOn(new MemoryStream(), terminal: true, noColor: false, ["validate", "bad.json"], CancellationToken.None);
        var noColor = _cli.RunOn(new MemoryStream(), terminal: true, noColor: true, ["validate", "bad.json"], CancellationToken.None);

        Assert.DoesNotContain("\u001b[", piped.Output, System.StringComparison.Ordinal);
        Assert.Contains("\u001b[31merror\u001b[0m CM0701", terminal.Output, System.StringComparison.Ordinal);
        Assert.Equal(piped.Output, noColor.Output);
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
