using System;
using System.IO;
using System.Linq;
using System.Text;
using ConflictModel.Fixtures;

namespace ConflictModel.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fixture_Mali_WritesTheCommittedReport_AndOnRequestTheArticle()
    {
        var toStdout = _cli.Run("fixture", "mali");
        var toFiles = _cli.Run("fixture", "mali", "mali.json", "--article", "mali.txt");

        Assert.Equal(0, toStdout.ExitCode);
        Assert.Equal(File.ReadAllBytes(CliRun.Expected("mali-report.json")), toStdout.StandardOutput);
        Assert.Equal(0, toFiles.ExitCode);
        Assert.Equal(File.ReadAllBytes(CliRun.Expected("mali-report.json")), File.ReadAllBytes(_cli.PathOf("mali.json")));
        Assert.Equal(File.ReadAllBytes(CliRun.Expected("mali-article.txt")), File.ReadAllBytes(_cli.PathOf("mali.txt")));
    }

    [Fact]
    public void Fixture_UnknownName_IsAUsageError()
    {
        var result = _cli.Run("fixture", "gaza");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gaza", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("conflictmodel fixture --help", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_WritesTheCommittedJsonSchema()
    {
        var result = _cli.Run("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(CliRun.Expected("conflict-report.schema.json")).ReplaceLineEndings("\n"), result.Output);
    }

    [Fact]
    public void Describe_TheMaliFixture_ShowsEngagementsClaimsAndQuotedWords()
    {
        var result = _cli.Run(Encoding.UTF8.GetBytes(MaliArticle.CanonicalJson), "describe", "-");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.StartsWith("Validation: valid, no issues", lines[1], StringComparison.Ordinal);
        Assert.Contains("Engagements (6)", lines);
        Assert.Contains("Claims (22)", lines);
        Assert.Contains(lines, l => l.StartsWith("  militants-neutralised: casualties", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Trim() == "\"more than 80\"" || l.Contains("\"more than 80", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.StandardError);
    }

    [Fact]
    public void Describe_JsonLines_DescribesTheWholeReport()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        _cli.Run("convert", "mali.json", "mali.jsonl");

        var result = _cli.Run("describe", "mali.jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Engagements (6)", result.OutputLines);
        Assert.Contains("Claims (22)", result.OutputLines);
    }

    [Fact]
    public void Describe_OfAMalformedFile_Exits1_AndSaysToValidate()
    {
        _cli.Write("bad.json", InvalidDocuments.Get("trailing-comma").Utf8Json.Span);

        var result = _cli.Run("describe", "bad.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("conflictmodel validate", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("describe")]
    [InlineData("convert")]
    [InlineData("schema")]
    [InlineData("fixture")]
    public void Help_OfEveryCommand_HasAnExample(string command)
    {
        var result = _cli.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        var examples = Array.IndexOf(result.OutputLines, "Examples:") >= 0 ? result.OutputLines : result.OutputLines.Select(l => l.Trim()).ToArray();
        var at = Array.FindIndex(examples, l => l.Trim() == "Examples:");
        Assert.True(at >= 0, result.Output);
        Assert.StartsWith($"conflictmodel {command} ", examples[at + 1].Trim(), StringComparison.Ordinal);
        var usage = Array.IndexOf(result.OutputLines, "Usage:");
        Assert.StartsWith($"conflictmodel {command} ", result.OutputLines[usage + 1].Trim(), StringComparison.Ordinal); // the tool as typed, not its assembly
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var result = _cli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("frobnicate")]
    [InlineData("validate", "--output", "xml", "a.json")]
    [InlineData("validate", "--no-such-option", "a.json")]
    [InlineData("convert", "a.json")]
    public void BadUsage_Exits2_AndSaysWhatToTypeInstead(params string[] args)
    {
        var result = _cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.StartsWith("conflictmodel: ", result.StandardError, StringComparison.Ordinal);
        Assert.Matches(@"Type 'conflictmodel( \w+)? --help' to see what it takes", result.StandardError);
    }

    [Fact]
    public void NoCommand_Exits2()
    {
        var result = _cli.Run();

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void StandardInput_NamedTwice_IsAUsageError()
    {
        var result = _cli.Run(Encoding.UTF8.GetBytes(MaliArticle.CanonicalJson), "validate", "-", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Standard input ('-') can be read only once.", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_IsNotShown_WhenStandardErrorIsNotATerminal()
    {
        var lines = Encoding.UTF8.GetBytes(string.Join('\n', MaliArticle.Report.SplitByEngagement().Select(r => ConflictJson.Serialize(r))) + "\n");

        var result = _cli.Run(lines, "validate", "-", "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardError);
    }
}
