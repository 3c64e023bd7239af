using System;
using System.IO;
using System.Linq;
using ConflictModel.Samples.Mali;

namespace ConflictModel.Fixtures.Tests.Samples;

/// <summary>The README's main-job command: the sample loads the fixture and prints a readable summary.</summary>
public sealed class MaliSampleTests
{
    [Fact]
    public void Run_WithoutArguments_SucceedsAndWritesNothingToError()
    {
        var (code, output, error) = Run();

        Assert.Equal(Program.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("ConflictModel: the Mali fixture", output, StringComparison.Ordinal);
        Assert.Contains("Validation: valid, no issues", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Output_QuotesTheWordsOfEveryAttributionOfEveryClaim()
    {
        var (_, output, _) = Run();
        var report = MaliArticle.Report;

        foreach (var claim in report.Claims)
        {
            Assert.Contains($"  {claim.Id}: ", output, StringComparison.Ordinal);
            foreach (var id in claim.Attributions)
            {
                Assert.Contains($"\"{report.Attributions.Single(a => a.Id == id).Quote.Exact}\"", output, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("militants-neutralised", "claimant: Malian Armed Forces", "more than 80 militants neutralised (low 81, best none, high none; as printed \"more than 80\")")]
    [InlineData("soldiers-killed-30", "claimant: the source itself (mali-article)", "at least 30 soldiers killed (low 30, best none, high none; as printed \"at least 30\")")]
    [InlineData("military-casualties-undisclosed", "claimant: the source itself (mali-article)", "military casualties: undisclosed killed or wounded (no figure)")]
    [InlineData("barracks-seized", "claimant: Jama'at Nusrat al-Islam wal Muslimin", "seized 3 army barracks (low 3, best 3, high 3; as printed \"three army barracks\")")]
    public void Run_Output_GivesEachClaimItsClaimantValueAndStatus(string claim, string claimant, string value)
    {
        var block = Block(Run().Output, $"  {claim}: ");

        Assert.Contains(", asserted\n", block, StringComparison.Ordinal);
        Assert.Contains(claimant, block, StringComparison.Ordinal);
        Assert.Contains(value, block, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("western-mali-attacks", "when:  2025-07-01 morning (inferred), as printed \"Tuesday morning\"", "where: Senegal border, frontiers with Mauritania")]
    [InlineData("timbuktu-raid", "when:  2025-06 (inferred), as printed \"earlier this month\"", "where: army camp in Timbuktu, airport in Timbuktu")]
    [InlineData("earlier-assault", "when:  2025-06 (inferred), as printed \"earlier this month\"", "where: Mali")]
    public void Run_Output_GivesEachEngagementItsTimeAndPlaces(string engagement, string when, string where)
    {
        var block = Block(Run().Output, $"  {engagement}: ");

        Assert.Contains(when, block, StringComparison.Ordinal);
        Assert.Contains(where, block, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Output_SaysWhoTheAttackersAreBelievedToBeAndOnWhat()
    {
        var block = Block(Run().Output, "  timbuktu-raid: ");

        Assert.Contains(
            "who:   the raiders in Timbuktu (attacker), believed to be Jama'at Nusrat al-Islam wal Muslimin by claimed responsibility (timbuktu-responsibility), Malian Armed Forces (target)",
            block,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Output_ListsTheArmysRepulseAgainstJnimsSeizureAsTheOneDisagreement()
    {
        var output = Run().Output;
        var block = Block(output, "  disagreement (outcome contradicted by control): ");

        Assert.Contains("\nDisagreements and corroborations (1)\n  disagreement (outcome contradicted by control): incursions-repelled / barracks-seized\n", output, StringComparison.Ordinal);
        Assert.Contains("    barracks-seized: \"asserts it has seized control of three army barracks during the attacks\"\n", block, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Output_SaysEverySpanStandsInTheText()
    {
        var report = MaliArticle.Report;
        var spans = report.Attributions.Length + report.Mentions.Length;

        Assert.Contains($"spans: {spans} of {spans} quotes and mentions stand in the text as recorded", Run().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithAnOutputPath_WritesTheCanonicalJsonThereAndNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mali-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, error) = Run(path);

            Assert.Equal(Program.Success, code);
            Assert.Equal(string.Empty, error);
            Assert.Equal(MaliArticle.CanonicalJson, File.ReadAllText(path));
            Assert.EndsWith($"Canonical JSON: {new FileInfo(path).Length} bytes written to {path}\n", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_WithAnOutputPathInAMissingDirectory_ReportsTheFileAndFails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "mali.json");

        var (code, _, error) = Run(path);

        Assert.Equal(Program.OutputError, code);
        Assert.StartsWith($"Cannot write the canonical JSON to '{path}'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("a.json", "b.json")]
    [InlineData(" ")]
    public void Run_WithBadArguments_PrintsUsage(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(Program.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("Usage: ", error, StringComparison.Ordinal);
    }

    // Without arguments the sample writes mali-report.json into the current directory; the tests
    // give it a temporary file instead, so that they leave nothing behind.
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        if (args.Length == 0)
        {
            var path = Path.Combine(Path.GetTempPath(), $"mali-{Guid.NewGuid():N}.json");
            try
            {
                return Run(path);
            }
            finally
            {
                File.Delete(path);
            }
        }

        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The lines of one engagement or claim: from its heading to the next heading at the same depth.</summary>
    private static string Block(string output, string heading)
    {
        var start = output.IndexOf($"\n{heading}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No block starts with \"{heading}\".");
        var lines = output[(start + 1)..].Split('\n');
        var block = lines.Skip(1).TakeWhile(line => line.StartsWith("    ", StringComparison.Ordinal)).Prepend(lines[0]);
        return string.Join("\n", block) + "\n";
    }
}
