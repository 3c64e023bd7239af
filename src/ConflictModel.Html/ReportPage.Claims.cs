using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Html;

/// <summary>The claims by engagement, the comparisons beside them, and the detail shown for a selected highlight.</summary>
internal sealed partial class ReportPage
{
    private void WriteClaims()
    {
        Raw("<section id=\"claims\" aria-labelledby=\"h-claims\">\n<h2 id=\"h-claims\">Claims by engagement</h2>\n");
        var comparisons = ClaimComparisons.Find(_report);
        var shownClaims = new HashSet<ClaimId>();
        var shownComparisons = new HashSet<ClaimComparison>();
        foreach (var engagement in _report.Engagements)
        {
            var subject = EntityReference.To(engagement.Id);
            var claims = _index.ClaimsAbout(engagement.Id);
            var about = comparisons.Where(c => c.Subject == subject || c.Claims.Any(claims.Contains)).Where(shownComparisons.Add).ToList();
            Raw("<section class=\"engagement\" aria-labelledby=\"h-e-");
            Number(_report.Engagements.IndexOf(engagement));
            Raw("\">\n<h3 id=\"h-e-");
            Number(_report.Engagements.IndexOf(engagement));
            Raw("\">");
            Text(EngagementTitle(engagement));
            Raw("</h3>\n<p class=\"meta\">");
            Text(HtmlText.Words(engagement.Type));
            if (engagement.SubType is { } sub)
            {
                Raw(" · ");
                Text(HtmlText.Words(sub));
            }

            Raw(" · ");
            Text(HtmlText.Words(engagement.Scope));
            if (engagement.Time is { } time)
            {
                Raw(" · ");
                Text(TimeInWords(time));
            }

            if (!engagement.Locations.IsEmpty)
            {
                Raw(" · ");
                Text(string.Join(", ", engagement.Locations.Select(NameOf)));
            }

            Raw("</p>\n");
            WriteClaimList(claims, shownClaims);
            WriteComparisons(about);
            Raw("</section>\n");
        }

        var others = _report.Claims.Where(c => !shownClaims.Contains(c.Id)).ToList();
        var otherComparisons = comparisons.Where(c => !shownComparisons.Contains(c)).ToList();
        if (others.Count > 0 || otherComparisons.Count > 0)
        {
            Raw("<section class=\"engagement\" aria-labelledby=\"h-e-other\">\n<h3 id=\"h-e-other\">Claims about no engagement</h3>\n");
            WriteClaimList(others, shownClaims);
            WriteComparisons(otherComparisons);
            Raw("</section>\n");
        }

        Raw("</section>\n");
    }

    private void WriteClaimList(IEnumerable<Claim> claims, HashSet<ClaimId> shown)
    {
        var list = claims.ToList();
        if (list.Count == 0)
        {
            Raw("<p class=\"hint\">No claim is about it.</p>\n");
            return;
        }

        Raw("<ul class=\"claims\">\n");
        foreach (var claim in list)
        {
            // A claim about several engagements is listed under each; its anchor goes on the first.
            var first = shown.Add(claim.Id);
            Raw("<li>");
            WriteClaimCard(claim, first);
            Raw("</li>\n");
        }

        Raw("</ul>\n");
    }

    private void WriteClaimCard(Claim claim, bool anchor)
    {
        Raw("<div class=\"claim c");
        Number(_claimantColours[claim.Claimant]);
        Raw("\"");
        if (anchor && _claimKeys.TryGetValue(claim.Id, out var key) && _report.Claims[key] == claim)
        {
            Raw(" id=\"c-");
            Number(key);
            Raw("\"");
        }

        Raw(" data-claim=\"");
        Text(claim.Id.Value);
        Raw("\">");
        WriteClaimFacts(claim);
        var words = claim.Attributions.Where(_attributionKeys.ContainsKey).Distinct().ToList();
        if (words.Count > 0)
        {
            Raw("<p class=\"words\">Its words: ");
            for (var i = 0; i < words.Count; i++)
            {
                if (i > 0)
                {
                    Raw(", ");
                }

                Raw("<a href=\"#a-");
                Number(_attributionKeys[words[i]]);
                Raw("\">“");
                Text(Shorten(_index.Resolve(words[i]).QuotedText));
                Raw("”</a>");
            }

            Raw("</p>");
        }

        Raw("</div>");
    }

    private void WriteClaimFacts(Claim claim)
    {
        Raw("<p class=\"claim-head\"><strong>");
        Text(NameOf(claim.Claimant));
        Raw("</strong> · ");
        Text(HtmlText.Words(claim.Kind));
        Raw(" · <span class=\"status\">");
        Text(HtmlText.Words(claim.Status));
        Raw("</span></p><p class=\"value\">");
        Text(ValueOf(claim));
        Raw("</p>");
        if (!claim.Subjects.IsEmpty)
        {
            Raw("<p class=\"meta\">About ");
            Text(string.Join("; ", claim.Subjects.Select(NameOf)));
            Raw("</p>");
        }
    }

    private void WriteComparisons(List<ClaimComparison> comparisons)
    {
        foreach (var group in comparisons.GroupBy(c => c.Kind).OrderBy(g => g.Key == ClaimAgreement.Disagreement ? 0 : 1))
        {
            var disagreement = group.Key == ClaimAgreement.Disagreement;
            Raw("<div class=\"comparisons\"><h4>");
            Raw(disagreement ? "Disagreements" : "Corroborations");
            Raw("</h4>\n");
            foreach (var comparison in group)
            {
                Raw(disagreement ? "<div class=\"comparison disagreement\">" : "<div class=\"comparison corroboration\">");
                Raw("<p class=\"reason\"><span class=\"badge\">");
                Raw(disagreement ? "Disagree" : "Corroborate");
                Raw("</span> ");
                Text(comparison.Reason);
                Raw(" <span class=\"meta\">(");
                Text(HtmlText.Words(comparison.Rule));
                Raw(")</span></p><div class=\"side-by-side\">");
                foreach (var claim in comparison.Claims)
                {
                    WriteClaimCard(claim, false);
                }

                Raw("</div></div>\n");
            }

            Raw("</div>\n");
        }
    }

    private static string Shorten(string text)
    {
        const int Longest = 60;
        if (text.Length <= Longest)
        {
            return text;
        }

        // Cut on a text-element boundary so that no surrogate pair or combining sequence is split.
        var info = new StringInfo(text);
        return info.LengthInTextElements <= Longest ? text : info.SubstringByTextElements(0, Longest) + "…";
    }

    private void WriteDetails()
    {
        for (var i = 0; i < _report.Attributions.Length; i++)
        {
            var attribution = _report.Attributions[i];
            if (_attributionKeys[attribution.Id] != i)
            {
                continue;
            }

            var resolved = _index.Resolve(attribution.Id);
            Raw("<div class=\"detail\" id=\"d-a-");
            Number(i);
            Raw("\"><h3>");
            Raw(attribution.Mode switch
            {
                QuoteMode.DirectQuote => "Direct quote",
                QuoteMode.Paraphrase => "Paraphrase",
                _ => "The source's own words",
            });
            Raw("</h3><blockquote>");
            Text(resolved.QuotedText);
            Raw("</blockquote>");
            if (resolved.Match is { } match && match != TextSpanMatch.Matches)
            {
                Raw("<p class=\"warning\">The recorded quote does not match the text here: ");
                Text(HtmlText.Words(match));
                Raw(". Recorded: “");
                Text(attribution.Quote.Exact);
                Raw("”</p>");
            }

            Raw("<dl>");
            Fact("Source", NameOf(attribution.Source));
            Fact("Channel", HtmlText.Words(attribution.Channel));
            Fact("Speaker", attribution.Speaker is { } speaker ? NameOf(speaker) : "the source itself");
            if (attribution.StatedAt is { } stated)
            {
                Fact("Stated at", TimeInWords(stated));
            }

            if (attribution.Grade is { } grade)
            {
                Fact("Grade", grade.ToString());
            }

            Raw("</dl>");
            if (_claimsByAttribution.TryGetValue(attribution.Id, out var claims))
            {
                Raw("<h4>Claims it supports</h4><ul class=\"claims\">");
                foreach (var claim in claims)
                {
                    Raw("<li class=\"claim c");
                    Number(_claimantColours[claim.Claimant]);
                    Raw("\">");
                    WriteClaimFacts(claim);
                    Raw("<p><a href=\"#c-");
                    Number(_claimKeys[claim.Id]);
                    Raw("\">See it under its engagement</a></p></li>");
                }

                Raw("</ul>");
            }

            if (_engagementsByAttribution.TryGetValue(attribution.Id, out var engagements))
            {
                Raw("<h4>Engagements it reports</h4><ul>");
                foreach (var engagement in engagements)
                {
                    Raw("<li>");
                    Text(EngagementTitle(engagement));
                    Raw("</li>");
                }

                Raw("</ul>");
            }

            Raw("</div>\n");
        }

        for (var i = 0; i < _report.Mentions.Length; i++)
        {
            var mention = _report.Mentions[i];
            Raw("<div class=\"detail\" id=\"d-m-");
            Number(i);
            Raw("\"><h3>Mention</h3><p class=\"resolution\">");
            Text(mention.AsPrinted);
            Raw(" → ");
            Text(NameOf(mention.Entity));
            if (mention.Confidence is { } confidence)
            {
                Raw(", ");
                Text(HtmlText.Words(confidence));
            }

            Raw("</p><dl>");
            Fact("Refers to", $"{HtmlText.Words(mention.Entity.Kind)} {mention.Entity.Id}");
            if (mention.Rationale is { } rationale)
            {
                Fact("Why", rationale);
            }

            Raw("</dl></div>\n");
        }
    }

    private void Fact(string term, string value)
    {
        Raw("<dt>");
        Text(term);
        Raw("</dt><dd>");
        Text(value);
        Raw("</dd>");
    }
}
