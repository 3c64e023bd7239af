using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ConflictModel.Fixtures;

namespace ConflictModel.Html.Tests;

public sealed class ReportHtmlTests
{
    [Fact]
    public void Injected_markup_appears_only_escaped()
    {
        var html = ReportHtml.ToHtml(InjectionReport.Report);
        Assert.DoesNotContain(InjectionReport.Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain(InjectionReport.Attribute, html, StringComparison.Ordinal);
        Assert.DoesNotContain(InjectionReport.SingleQuoted, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.Contains("&lt;script&gt;window.__pwned = &#39;script&#39;;&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned = &#39;img&#39;&quot;&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_allows_exactly_the_page_s_own_script_and_style()
    {
        var html = ReportHtml.ToHtml(MaliArticle.Report);
        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains($"script-src 'sha256-{Sha256(script)}'", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{Sha256(style)}'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_refers_to_nothing_outside_itself()
    {
        var html = ReportHtml.ToHtml(MaliArticle.Report);
        Assert.DoesNotMatch(new Regex(@"\ssrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("href=\"(?!#)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\((?!#)|@import|@font-face", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<link", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Every_attribution_and_mention_of_the_Mali_report_has_a_detail_block_and_a_highlight()
    {
        var report = MaliArticle.Report;
        var html = ReportHtml.ToHtml(report);
        for (var i = 0; i < report.Attributions.Length; i++)
        {
            Assert.Contains($"id=\"d-a-{i}\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-hl=\"a-{i}\" data-kind=\"attribution\" data-id=\"{report.Attributions[i].Id.Value}\" id=\"a-{i}\"", html, StringComparison.Ordinal);
        }

        for (var i = 0; i < report.Mentions.Length; i++)
        {
            Assert.Contains($"id=\"d-m-{i}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_stream_overload_writes_utf8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        ReportHtml.Render(InjectionReport.Report, stream);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(ReportHtml.ToHtml(InjectionReport.Report), new UTF8Encoding(false, true).GetString(bytes));
    }

    [Fact]
    public void The_title_is_the_option_s_or_the_first_source_s()
    {
        Assert.Contains("<title>Checked &amp; found</title>", ReportHtml.ToHtml(MaliArticle.Report, ReportHtmlOptions.Default.WithTitle("Checked & found")), StringComparison.Ordinal);
        Assert.Contains($"<title>{MaliArticle.Source.Title}</title>", ReportHtml.ToHtml(MaliArticle.Report), StringComparison.Ordinal);
        Assert.Contains("<title>Report</title>", ReportHtml.ToHtml(ConflictReport.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ReportHtml.ToHtml(null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => ReportHtml.Render(MaliArticle.Report, (TextWriter)null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => ReportHtml.ToHtml(MaliArticle.Report, null!)).ParamName);
        using var readOnly = new MemoryStream([], writable: false);
        Assert.Equal("stream", Assert.Throws<ArgumentException>(() => ReportHtml.Render(MaliArticle.Report, readOnly)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => ReportHtmlOptions.Default.WithTitle(" ")).ParamName);
    }

    [Fact]
    public void A_span_outside_its_text_is_listed_not_highlighted()
    {
        var source = new Source(new SourceId("s"), SourceKind.NewsArticle).WithText("short");
        var far = new SourceAttribution(new AttributionId("far"), source.Id, new TextSpan(10, 14, "gone"), QuoteMode.OwnStatement, StatementChannel.SourceItself);
        var html = ReportHtml.ToHtml(new ConflictReport().WithSources([source]).WithAttributions([far]));
        Assert.Contains("Quotes not found in any text", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"text\">short</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_compare_by_title()
    {
        Assert.Equal(ReportHtmlOptions.Default.WithTitle("a"), ReportHtmlOptions.Default.WithTitle("a"));
        Assert.NotEqual(ReportHtmlOptions.Default.WithTitle("a"), ReportHtmlOptions.Default);
        Assert.Equal(ReportHtmlOptions.Default, ReportHtmlOptions.Default.WithTitle(null));
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
