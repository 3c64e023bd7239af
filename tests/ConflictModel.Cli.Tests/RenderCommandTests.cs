using System;
using System.IO;
using System.Text;
using ConflictModel.Fixtures;
using ConflictModel.Html;

namespace ConflictModel.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Render_WritesThePageTheLibraryRenders_ToTheFileNamedByOutput()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("render", "mali.json", "-o", "report.html");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains("report.html", result.StandardError, StringComparison.Ordinal);
        var html = File.ReadAllText(_cli.PathOf("report.html"), new UTF8Encoding(false, true));
        Assert.Equal(ReportHtml.ToHtml(MaliArticle.Report), html);
        Assert.Contains($"data-id=\"{MaliArticle.Attributions.ArmyReport.Id.Value}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutOutput_WritesBesideTheReport_WithTheHtmlExtension()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("render", "mali.json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(_cli.PathOf("mali.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FromStandardInput_WritesToStandardOutput_WithTheTitleGiven()
    {
        var result = _cli.Run(Encoding.UTF8.GetBytes(MaliArticle.CanonicalJson), "render", "-", "--title", "Mali <checked>");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ReportHtml.ToHtml(MaliArticle.Report, ReportHtmlOptions.Default.WithTitle("Mali <checked>")), result.Output);
        Assert.Contains("<title>Mali &lt;checked&gt;</title>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JsonLines_RendersTheWholeReport()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        _cli.Run("convert", "mali.json", "mali.jsonl");

        var result = _cli.Run("render", "mali.jsonl", "-o", "-");

        // JSON Lines keeps each engagement with what belongs to it, so the order differs; every quote is there.
        Assert.Equal(0, result.ExitCode);
        foreach (var attribution in MaliArticle.Report.Attributions)
        {
            Assert.Contains($"data-kind=\"attribution\" data-id=\"{attribution.Id.Value}\" id=", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_OfAMalformedFile_Exits1_AndWritesNoPage()
    {
        _cli.Write("bad.json", InvalidDocuments.Get("trailing-comma").Utf8Json.Span);

        var result = _cli.Run("render", "bad.json", "-o", "bad.html");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("conflictmodel validate", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("bad.html")));
    }

    [Fact]
    public void Render_WithABlankTitle_IsRefused()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("render", "mali.json", "--title", " ");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--title", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("mali.html")));
    }
}
