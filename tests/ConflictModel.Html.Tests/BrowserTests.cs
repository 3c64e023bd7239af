using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Fixtures;
using Microsoft.Playwright;

namespace ConflictModel.Html.Tests;

/// <summary>The page in a real browser: the Mali report, and the report whose texts are all attempts at markup.</summary>
[Collection(BrowserGroup.Name)]
public sealed class BrowserTests(Browser browser)
{
    private const string PartsOf = """
        ([kind, id]) => [...document.querySelectorAll('mark[data-hl]')]
            .filter(e => e.dataset.kind === kind && e.dataset.id === id)
            .map(e => e.textContent).join('')
        """;

    private static readonly string[] ThenQuote = ["attribution", "then"];

    private static readonly Lazy<string> _mali = new(() => ReportHtml.ToHtml(MaliArticle.Report));

    [Fact]
    public async Task Every_quoted_span_and_mention_of_the_Mali_report_is_highlighted_over_exactly_its_text()
    {
        var opened = await browser.OpenAsync(_mali.Value);
        var report = MaliArticle.Report;
        Assert.NotEmpty(report.Attributions);
        foreach (var attribution in report.Attributions)
        {
            Assert.Equal(attribution.Quote.Exact, await opened.Page.EvaluateAsync<string>(PartsOf, new[] { "attribution", attribution.Id.Value }));
        }

        Assert.NotEmpty(report.Mentions);
        foreach (var mention in report.Mentions)
        {
            Assert.Equal(mention.Span.Exact, await opened.Page.EvaluateAsync<string>(PartsOf, new[] { "mention", mention.Id.Value }));
        }

        // The article itself is there whole, highlights and all.
        Assert.Equal(MaliArticle.Text, await opened.Page.Locator(".source .text").First.TextContentAsync());
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task Selecting_the_more_than_80_span_shows_the_army_s_casualty_claim()
    {
        var claim = MaliArticle.Claims.MilitantsNeutralised;
        var wording = claim.Count.Wording!;
        var opened = await browser.OpenAsync(_mali.Value);
        var box = await opened.Page.EvaluateAsync<JsonElement>(
            """
            (words) => {
              const text = document.querySelector('.source .text');
              const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(words);
                if (at >= 0) {
                  const range = document.createRange();
                  range.setStart(node, at);
                  range.setEnd(node, at + words.length);
                  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
                  const r = range.getBoundingClientRect();
                  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
                }
              }
              return null;
            }
            """,
            wording);
        Assert.Equal(JsonValueKind.Object, box.ValueKind);
        await opened.Page.Mouse.ClickAsync(box.GetProperty("x").GetSingle(), box.GetProperty("y").GetSingle());

        var details = await opened.Page.Locator("#details-body").InnerTextAsync();
        Assert.Contains(MaliArticle.Report.Index.Get(claim.Claimant.Actor!.Value).Name.Text, details, StringComparison.Ordinal);
        Assert.Contains(claim.Count.ToString(), details, StringComparison.Ordinal);
        Assert.Contains($"worded “{wording}”", details, StringComparison.Ordinal);
        Assert.Contains("neutralised", details, StringComparison.Ordinal);
        var words = MaliArticle.Report.Index.Resolve(claim.Attributions[0]).Attribution;
        Assert.Contains(words.StatedAt!.ToString(), details, StringComparison.Ordinal);
        var army = words.Id.Value;
        Assert.Equal("true", await opened.Page.EvaluateAsync<string>(
            "(id) => [...document.querySelectorAll('mark[data-hl][id]')].find(e => e.dataset.id === id).getAttribute('aria-pressed')", army));
        Assert.Empty(opened.ConsoleErrors);
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task A_highlight_is_reached_and_selected_with_the_keyboard_and_its_focus_is_visible()
    {
        var opened = await browser.OpenAsync(_mali.Value);
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await opened.Page.Keyboard.PressAsync("Tab");
            reached = await opened.Page.EvaluateAsync<bool>("() => document.activeElement.matches('mark[data-hl]')");
        }

        Assert.True(reached, "Tab never reached a highlight.");
        Assert.Equal("solid", await opened.Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        var id = await opened.Page.EvaluateAsync<string>("() => document.activeElement.dataset.id");
        await opened.Page.Keyboard.PressAsync("Enter");
        var attribution = MaliArticle.Report.Index.Resolve(new AttributionId(id));
        Assert.Contains(attribution.QuotedText, await opened.Page.Locator("#details-body").InnerTextAsync(), StringComparison.Ordinal);
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task Each_disagreement_of_the_Mali_report_is_shown_with_its_claims_side_by_side()
    {
        var disagreements = ClaimComparisons.Find(MaliArticle.Report).Where(c => c.Kind == ClaimAgreement.Disagreement).ToList();
        Assert.NotEmpty(disagreements);
        var opened = await browser.OpenAsync(_mali.Value);
        var shown = await opened.Page.Locator(".comparison.disagreement").AllInnerTextsAsync();
        foreach (var disagreement in disagreements)
        {
            var box = shown.FirstOrDefault(s => s.Contains(disagreement.Reason, StringComparison.Ordinal));
            Assert.NotNull(box);
            Assert.Equal(disagreement.Claims.Length, await opened.Page.Locator(".comparison.disagreement", new() { HasText = disagreement.Reason }).First.Locator(".side-by-side > .claim").CountAsync());
        }

        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task A_claim_s_link_leads_to_its_words_and_selects_them()
    {
        var claim = MaliArticle.Claims.MilitantsNeutralised;
        var opened = await browser.OpenAsync(_mali.Value);
        var link = opened.Page.Locator($".claim[data-claim=\"{claim.Id.Value}\"] .words a").First;
        await link.ClickAsync();
        Assert.Equal(claim.Attributions[0].Value, await opened.Page.EvaluateAsync<string>("() => document.activeElement.dataset.id"));

        // The browser moves focus to the link's target at once, but fills the details from the
        // hashchange event, a task of its own: wait for it (up to the default timeout) before reading.
        var speaker = MaliArticle.Actors.MalianArmedForces.Name.Text;
        await opened.Page.WaitForFunctionAsync("name => document.getElementById('details-body').innerText.includes(name)", speaker);
        Assert.Contains(speaker, await opened.Page.Locator("#details-body").InnerTextAsync(), StringComparison.Ordinal);
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task The_timeline_draws_every_timed_engagement_and_marks_the_inferred_ones()
    {
        var timed = MaliArticle.Report.Engagements.Where(e => e.Time is not null).ToList();
        var opened = await browser.OpenAsync(_mali.Value);
        Assert.Equal(timed.Count, await opened.Page.Locator("#timeline g.bar").CountAsync());
        Assert.Equal(timed.Count(e => e.Time!.Basis == TimeBasis.Inferred), await opened.Page.Locator("#timeline g.bar.inferred").CountAsync());
        var located = MaliArticle.Report.Engagements.Sum(e => e.Locations.Count(l => MaliArticle.Report.Index.TryGet(l, out var place) && place.Point is not null));
        Assert.Equal(located, await opened.Page.Locator("#map g.place").CountAsync());
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task The_page_makes_no_request_and_logs_no_error()
    {
        var opened = await browser.OpenAsync(_mali.Value);
        await opened.Page.Locator("mark[data-hl]").First.ClickAsync();
        await opened.Page.Locator(".words a").First.ClickAsync();
        await opened.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await opened.Page.WaitForTimeoutAsync(200);
        Assert.Equal([opened.Url], opened.Requests);
        Assert.Empty(opened.ConsoleErrors);
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task Printed_the_page_hides_the_controls_and_keeps_the_text()
    {
        var opened = await browser.OpenAsync(_mali.Value);
        await opened.Page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await opened.Page.Locator("#details").IsVisibleAsync());
        Assert.False(await opened.Page.Locator("nav").IsVisibleAsync());
        Assert.True(await opened.Page.Locator(".source .text").First.IsVisibleAsync());
        Assert.True(await opened.Page.Locator("table.times").IsVisibleAsync());
        var pdf = await opened.Page.PdfAsync();
        Assert.True(pdf.Length > 1000);
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task Text_on_every_highlight_and_every_muted_line_passes_WCAG_AA_contrast()
    {
        var opened = await browser.OpenAsync(_mali.Value);
        var pairs = await opened.Page.EvaluateAsync<string[][]>(
            """
            () => {
              const pick = s => [...document.querySelectorAll(s)];
              const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)') return c; } return 'rgb(255, 255, 255)'; };
              return pick('mark.hl, .hint, .meta, a, .badge, .claim, .warning, dt, dd, th, td, h1, h2, h3').map(e => [getComputedStyle(e).color, bg(e), e.className]);
            }
            """);
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            var ratio = Contrast(Rgb(pair[0]), Rgb(pair[1]));
            Assert.True(ratio >= 4.5, $"{pair[2]}: {pair[0]} on {pair[1]} is {ratio:0.00}:1");
        }

        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task The_injection_report_runs_nothing_and_shows_its_markup_as_text()
    {
        var opened = await browser.OpenAsync(ReportHtml.ToHtml(InjectionReport.Report));
        await opened.Page.Locator("mark[data-hl]").First.ClickAsync();
        foreach (var mark in await opened.Page.Locator("mark[data-hl][id]").AllAsync())
        {
            await mark.ClickAsync();
            await mark.HoverAsync();
        }

        await opened.Page.Locator("#map g.place").First.HoverAsync();
        await opened.Page.WaitForTimeoutAsync(200);
        Assert.Equal("undefined", await opened.Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(opened.Dialogs);
        Assert.Equal([opened.Url], opened.Requests);
        Assert.Empty(opened.ConsoleErrors);
        Assert.Equal(0, await opened.Page.Locator("main img, main script, main svg[onload]").CountAsync());
        Assert.Equal(InjectionReport.Text, await opened.Page.Locator(".source .text").TextContentAsync());
        Assert.Equal(InjectionReport.Script, await opened.Page.Locator(".source h3").TextContentAsync());
        Assert.Equal(InjectionReport.Attribute, await opened.Page.EvaluateAsync<string>(PartsOf, ThenQuote));
        Assert.Contains(InjectionReport.Script, await opened.Page.Locator("#details-body").InnerTextAsync(), StringComparison.Ordinal);
        await opened.Page.CloseAsync();
    }

    [Fact]
    public async Task A_screenshot_of_the_Mali_page_is_a_png()
    {
        var opened = await browser.OpenAsync(_mali.Value);
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "mali-report.png");
        var army = opened.Page.Locator("mark[data-hl][id]", new() { HasText = MaliArticle.Claims.MilitantsNeutralised.Count.Wording! }).First;
        await army.ClickAsync();
        var png = await opened.Page.ScreenshotAsync(new() { Path = path, FullPage = false });
        Assert.Equal("89-50-4E-47", BitConverter.ToString(png, 0, 4));
        await opened.Page.CloseAsync();
    }

    private static double[] Rgb(string css)
    {
        var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)].Split(',');
        return parts.Take(3).Select(p => double.Parse(p.Trim(), CultureInfo.InvariantCulture)).ToArray();
    }

    // WCAG 2.x relative luminance and contrast ratio.
    private static double Contrast(double[] a, double[] b)
    {
        static double Channel(double c) => (c /= 255) <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        static double Luminance(double[] c) => (0.2126 * Channel(c[0])) + (0.7152 * Channel(c[1])) + (0.0722 * Channel(c[2]));
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
