using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ConflictModel.Html;

/// <summary>
/// Writes one report's page. Every text of the report reaches the writer through <see cref="Text"/>
/// (and so through <see cref="HtmlText"/>); the only other strings written are this file's own
/// constants and numbers. Element ids are page-local keys made here ("a-3"), never report ids, so no
/// report text can reach a selector or an id.
/// </summary>
internal sealed partial class ReportPage
{
    private const int Palette = 8;

    private readonly ConflictReport _report;
    private readonly TextWriter _w;
    private readonly ReportHtmlOptions _options;
    private readonly ReportIndex _index;
    private readonly Dictionary<AttributionId, int> _attributionKeys = [];
    private readonly Dictionary<ClaimId, int> _claimKeys = [];
    private readonly Dictionary<Claimant, int> _claimantColours = [];
    private readonly Dictionary<AttributionId, List<Claim>> _claimsByAttribution = [];
    private readonly Dictionary<AttributionId, List<Engagement>> _engagementsByAttribution = [];
    private readonly HashSet<int> _placedAttributions = [];
    private readonly HashSet<int> _placedMentions = [];

    public ReportPage(ConflictReport report, TextWriter writer, ReportHtmlOptions options)
    {
        _report = report;
        _w = writer;
        _options = options;
        _index = report.Index;
        for (var i = 0; i < report.Attributions.Length; i++)
        {
            _attributionKeys.TryAdd(report.Attributions[i].Id, i);
        }

        for (var i = 0; i < report.Claims.Length; i++)
        {
            var claim = report.Claims[i];
            _claimKeys.TryAdd(claim.Id, i);
            if (!_claimantColours.ContainsKey(claim.Claimant))
            {
                _claimantColours.Add(claim.Claimant, _claimantColours.Count % Palette);
            }

            foreach (var a in claim.Attributions.Distinct())
            {
                Add(_claimsByAttribution, a, claim);
            }
        }

        foreach (var engagement in report.Engagements)
        {
            foreach (var a in engagement.Attributions.Distinct())
            {
                Add(_engagementsByAttribution, a, engagement);
            }
        }
    }

    public void Write()
    {
        var title = _options.Title ?? _report.Sources.Select(s => s.Title).FirstOrDefault(t => t is not null) ?? "Report";
        Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"");
        Raw(PageAssets.ContentSecurityPolicy);
        Raw("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
        Text(title);
        Raw("</title>\n<style>");
        Raw(PageAssets.Style);
        Raw("</style>\n</head>\n<body>\n");
        Raw("<a class=\"skip\" href=\"#sources\">Skip to the text</a>\n<header>\n<h1>");
        Text(title);
        Raw("</h1>\n<nav aria-label=\"Sections\"><ul>");
        Raw("<li><a href=\"#sources\">Text</a></li><li><a href=\"#claims\">Claims by engagement</a></li>");
        Raw("<li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#map\">Map</a></li></ul></nav>\n");
        WriteLegend();
        Raw("</header>\n<main>\n");
        WriteSources();
        WriteClaims();
        WriteTimeline();
        WriteMap();
        Raw("</main>\n<div id=\"details-store\" hidden>\n");
        WriteDetails();
        Raw("</div>\n<script>");
        Raw(PageAssets.Script);
        Raw("</script>\n</body>\n</html>\n");
    }

    private static void Add<TKey, T>(Dictionary<TKey, List<T>> map, TKey key, T item)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map.Add(key, list = []);
        }

        list.Add(item);
    }

    private void Raw(string markup) => _w.Write(markup);

    private void Text(string? text) => HtmlText.Write(_w, text);

    private void Number(int value) => _w.Write(value.ToString(CultureInfo.InvariantCulture));

    private void Number(double value) => _w.Write(value.ToString("0.##", CultureInfo.InvariantCulture));

    private void WriteLegend()
    {
        if (_claimantColours.Count == 0)
        {
            return;
        }

        Raw("<section class=\"legend\" aria-label=\"Claimants\"><h2 class=\"legend-title\">Claimants</h2><ul>");
        foreach (var (claimant, colour) in _claimantColours)
        {
            Raw("<li><span class=\"swatch c");
            Number(colour);
            Raw("\" aria-hidden=\"true\"></span>");
            Text(NameOf(claimant));
            Raw("</li>");
        }

        Raw("<li><span class=\"swatch mention-swatch\" aria-hidden=\"true\"></span>mention of a place, actor or engagement</li></ul></section>\n");
    }

    private void WriteSources()
    {
        Raw("<section id=\"sources\" aria-labelledby=\"h-sources\">\n<h2 id=\"h-sources\">Text</h2>\n");
        Raw("<p class=\"hint\">Select a highlighted passage (click it, or Tab to it and press Enter) to see the claims it supports.</p>\n");
        Raw("<div class=\"reading\">\n<div class=\"texts\">\n");
        for (var s = 0; s < _report.Sources.Length; s++)
        {
            WriteSource(_report.Sources[s], s);
        }

        WriteUnplaced();
        Raw("</div>\n<aside id=\"details\" aria-labelledby=\"h-details\" tabindex=\"-1\">\n<h2 id=\"h-details\">Selected</h2>\n");
        Raw("<div id=\"details-body\" aria-live=\"polite\"><p class=\"hint\">Nothing selected yet.</p></div>\n</aside>\n</div>\n</section>\n");
    }

    private void WriteSource(Source source, int position)
    {
        Raw("<article class=\"source\" aria-labelledby=\"h-s-");
        Number(position);
        Raw("\">\n<h3 id=\"h-s-");
        Number(position);
        Raw("\">");
        Text(source.Title ?? source.Id.Value);
        Raw("</h3>\n<p class=\"meta\">");
        Text(HtmlText.Words(source.Kind));
        if (source.Publisher is { } publisher)
        {
            Raw(" · ");
            Text(publisher);
        }

        if (source.Published is { } published)
        {
            Raw(" · published ");
            Text(TimeInWords(published));
        }

        if (source.Url is { } url)
        {
            // Shown as text, not a link: the page must not lead the reader's browser anywhere by itself.
            Raw(" · <span class=\"url\">");
            Text(url.OriginalString);
            Raw("</span>");
        }

        Raw("</p>\n");
        if (source.Text is not { } text)
        {
            Raw("<p class=\"hint\">This source has no text in the report.</p>\n</article>\n");
            return;
        }

        var toUtf16 = Highlighter.Utf16Indices(text);
        var highlights = new List<Highlight>();
        for (var i = 0; i < _report.Attributions.Length; i++)
        {
            var attribution = _report.Attributions[i];
            if (attribution.Source != source.Id || _attributionKeys[attribution.Id] != i)
            {
                continue;
            }

            var start = toUtf16(attribution.Quote.Start);
            var end = toUtf16(attribution.Quote.End);
            if (start < 0 || end < 0 || end < start)
            {
                continue;
            }

            _placedAttributions.Add(i);
            var key = "a-" + i.ToString(CultureInfo.InvariantCulture);
            var colour = ColourOf(attribution);
            var differs = attribution.Quote.Match(text) != TextSpanMatch.Matches;
            highlights.Add(new Highlight(start, end, key, (w, first) => OpenMark(w, key, first, "attribution", attribution.Id.Value, colour, differs)));
        }

        for (var i = 0; i < _report.Mentions.Length; i++)
        {
            var mention = _report.Mentions[i];
            if (mention.Source != source.Id)
            {
                continue;
            }

            var start = toUtf16(mention.Span.Start);
            var end = toUtf16(mention.Span.End);
            if (start < 0 || end < 0 || end < start)
            {
                continue;
            }

            _placedMentions.Add(i);
            var key = "m-" + i.ToString(CultureInfo.InvariantCulture);
            var differs = mention.Span.Match(text) != TextSpanMatch.Matches;
            highlights.Add(new Highlight(start, end, key, (w, first) => OpenMark(w, key, first, "mention", mention.Id.Value, null, differs)));
        }

        Raw("<div class=\"text\">");
        Highlighter.Write(_w, text, highlights);
        Raw("</div>\n</article>\n");
    }

    private static void OpenMark(TextWriter w, string key, bool first, string kind, string id, int? colour, bool differs)
    {
        w.Write("<mark class=\"hl ");
        w.Write(kind == "mention" ? "men" : "att");
        if (colour is { } c)
        {
            w.Write(" c");
            w.Write(c.ToString(CultureInfo.InvariantCulture));
        }

        if (differs)
        {
            w.Write(" differs");
        }

        w.Write("\" data-hl=\"");
        w.Write(key);
        w.Write("\" data-kind=\"");
        w.Write(kind);
        w.Write("\" data-id=\"");
        HtmlText.Write(w, id);
        w.Write('"');
        if (first)
        {
            // Only a span's first part is a tab stop and a link target; its later parts are clicked, not tabbed to.
            w.Write(" id=\"");
            w.Write(key);
            w.Write("\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\"");
        }

        w.Write('>');
    }

    private void WriteUnplaced()
    {
        var unplaced = Enumerable.Range(0, _report.Attributions.Length)
            .Where(i => !_placedAttributions.Contains(i) && _attributionKeys[_report.Attributions[i].Id] == i)
            .ToList();
        var unplacedMentions = Enumerable.Range(0, _report.Mentions.Length).Where(i => !_placedMentions.Contains(i)).ToList();
        if (unplaced.Count == 0 && unplacedMentions.Count == 0)
        {
            return;
        }

        Raw("<section class=\"unplaced\" aria-labelledby=\"h-unplaced\">\n<h3 id=\"h-unplaced\">Quotes not found in any text</h3>\n");
        Raw("<p class=\"hint\">Their source has no text in the report, or their span lies outside it.</p>\n<ul>\n");
        foreach (var i in unplaced)
        {
            var attribution = _report.Attributions[i];
            var key = "a-" + i.ToString(CultureInfo.InvariantCulture);
            Raw("<li>");
            OpenMark(_w, key, true, "attribution", attribution.Id.Value, ColourOf(attribution), false);
            Text(attribution.Quote.Exact);
            Raw("</mark></li>\n");
        }

        foreach (var i in unplacedMentions)
        {
            var mention = _report.Mentions[i];
            var key = "m-" + i.ToString(CultureInfo.InvariantCulture);
            Raw("<li>");
            OpenMark(_w, key, true, "mention", mention.Id.Value, null, false);
            Text(mention.AsPrinted);
            Raw("</mark></li>\n");
        }

        Raw("</ul>\n</section>\n");
    }

    private int? ColourOf(SourceAttribution attribution)
    {
        if (_claimsByAttribution.TryGetValue(attribution.Id, out var claims))
        {
            return _claimantColours[claims[0].Claimant];
        }

        // Not carrying a claim: the speaker's colour if the speaker claims something elsewhere.
        if (attribution.Speaker is { } speaker && _claimantColours.TryGetValue(Claimant.ByActor(speaker), out var colour))
        {
            return colour;
        }

        return _claimantColours.TryGetValue(Claimant.BySource(attribution.Source), out var own) ? own : null;
    }

    private string NameOf(Claimant claimant)
        => claimant.Actor is { } actor ? NameOf(actor) : NameOf(claimant.Source!.Value);

    private string NameOf(ActorId actor) => _index.TryGet(actor, out var found) ? found.Name.Text : actor.Value;

    private string NameOf(SourceId source) => _index.TryGet(source, out var found) ? found.Title ?? found.Id.Value : source.Value;

    private string NameOf(LocationId location) => _index.TryGet(location, out var found) ? found.Name.Text : location.Value;

    private string NameOf(EntityReference entity) => entity.Kind switch
    {
        EntityKind.Actor => NameOf(new ActorId(entity.Id)),
        EntityKind.Location => NameOf(new LocationId(entity.Id)),
        EntityKind.Source => NameOf(new SourceId(entity.Id)),
        EntityKind.Engagement when _index.TryGet(new EngagementId(entity.Id), out var e) => EngagementTitle(e),
        _ => entity.Id,
    };

    private static string EngagementTitle(Engagement engagement)
        => engagement.Summary ?? $"{engagement.Id.Value} ({HtmlText.Words(engagement.Type)})";

    /// <summary>The time as the model writes it, with its precision and whether it is stated or inferred.</summary>
    internal static string TimeInWords(ReportedTime time)
    {
        var words = $"{time} — {PrecisionOf(time)}, {HtmlText.Words(time.Basis)}";
        return time.Wording is { } wording ? $"{words} (“{wording}”)" : words;
    }

    internal static string PrecisionOf(ReportedTime time) => time.Kind switch
    {
        ReportedTimeKind.Instant => "to the instant",
        ReportedTimeKind.Local => "to the minute, local time",
        ReportedTimeKind.Date => "to the day",
        ReportedTimeKind.DateRange => string.Create(CultureInfo.InvariantCulture, $"a range of {time.DayCount} days"),
        ReportedTimeKind.YearMonth => "to the month",
        _ => "to the year",
    };

    /// <summary>A claim's value in words, with its bounds and wording where it is a count.</summary>
    internal string ValueOf(Claim claim)
    {
        if (claim is CasualtyClaim casualty)
        {
            var count = casualty.Count;
            var value = $"{count} {HtmlText.Words(casualty.Outcome)}";
            var low = count.Low is { } l ? l.ToString(CultureInfo.InvariantCulture) : "none";
            var high = count.High is { } h ? h.ToString(CultureInfo.InvariantCulture) : "none";
            value = $"{value} (lowest {low}, highest {high})";
            if (count.Wording is { } wording)
            {
                value = $"{value}, worded “{wording}”";
            }

            return casualty.Victims is { } victims ? $"{value}; victims: {NameOf(victims)}" : value;
        }

        // Claim.ToString is "{id}: {kind} by {claimant}: {value}"; the value is what follows that prefix.
        var text = claim.ToString();
        var prefix = $"{claim.Id}: {claim.Kind} by {claim.Claimant}: ";
        return text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;
    }
}
