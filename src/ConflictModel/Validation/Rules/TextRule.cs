using System;

namespace ConflictModel;

/// <summary>
/// CM0401–CM0407: quotes and mention spans stand in their source's text (positions in code points,
/// exact text, prefix and suffix), a source's text matches its SHA-256 digest, and a mention that
/// prints another name than its entity's says how sure the resolution is.
/// </summary>
internal sealed class TextRule : BuiltInRule
{
    public TextRule()
        : base(
            ValidationCodes.SpanOutOfRange,
            ValidationCodes.SpanExactDiffers,
            ValidationCodes.SpanPrefixDiffers,
            ValidationCodes.SpanSuffixDiffers,
            ValidationCodes.SpanNotCheckable,
            ValidationCodes.TextDigestMismatch,
            ValidationCodes.MentionResolutionUnrated)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var report = context.Report;
        for (var i = 0; i < report.Sources.Length; i++)
        {
            var source = report.Sources[i];
            if (source is { Text: { } text, TextSha256: { } digest } && context.IsEnabled(ValidationCodes.TextDigestMismatch))
            {
                var actual = Sha256Digest.Of(text);
                if (actual != digest)
                {
                    Report(
                        context,
                        ValidationCodes.TextDigestMismatch,
                        PathOf(EntityKind.Source, i, JsonName.Of(SourceMember.TextSha256)),
                        source.Id.Value,
                        $"The source's text has the SHA-256 digest {actual}, not {digest}: the text is not the version the digest was taken of. Restore the original text, or, if this text is the right one, record its digest and check every span against it.");
                }
            }
        }

        var texts = new SourceText?[report.Sources.Length];
        for (var i = 0; i < report.Attributions.Length; i++)
        {
            var attribution = report.Attributions[i];
            CheckSpan(context, texts, context.AttributionSources[i], attribution.Source, attribution.Quote, new MemberPath(EntityKind.Attribution, i, JsonName.Of(SourceAttributionMember.Quote)), attribution.Id.Value);
        }

        for (var i = 0; i < report.Mentions.Length; i++)
        {
            var mention = report.Mentions[i];
            CheckSpan(context, texts, context.MentionSources[i], mention.Source, mention.Span, new MemberPath(EntityKind.Mention, i, JsonName.Of(MentionMember.Span)), mention.Id.Value);
            CheckResolution(context, mention, i);
        }
    }

    private static void CheckSpan(ReportValidationContext context, SourceText?[] texts, int index, SourceId sourceId, TextSpan span, MemberPath path, string entityId)
    {
        if (index < 0)
        {
            return;
        }

        var source = context.Report.Sources[index];
        if (source.Text is null)
        {
            Report(
                context,
                ValidationCodes.SpanNotCheckable,
                path.ToString(),
                entityId,
                $"The span {Describe(span)} cannot be checked: the source '{sourceId}' has no text. Add the source's full text (and its SHA-256 digest) to make its spans checkable.");
            return;
        }

        var text = texts[index] ??= new SourceText(source.Text);
        switch (text.Match(span))
        {
            case TextSpanMatch.OutOfRange:
                Report(context, ValidationCodes.SpanOutOfRange, JsonPointer.Combine(path.ToString(), JsonName.Of(TextSpanMember.End)), entityId, $"The span {Describe(span)} ends beyond the end of the text of source '{sourceId}'. Positions count Unicode code points from 0; locate the quote again in the source's text.");
                break;
            case TextSpanMatch.ExactDiffers:
                Report(context, ValidationCodes.SpanExactDiffers, JsonPointer.Combine(path.ToString(), JsonName.Of(TextSpanMember.Exact)), entityId, $"The text of source '{sourceId}' at code points {span.Start} to {span.End} is not \"{MessageQuote.Of(span.Exact)}\". Correct the start and end (they count Unicode code points, not UTF-16 units or bytes), or the exact text.");
                break;
            case TextSpanMatch.PrefixDiffers:
                Report(context, ValidationCodes.SpanPrefixDiffers, JsonPointer.Combine(path.ToString(), JsonName.Of(TextSpanMember.Prefix)), entityId, $"The text of source '{sourceId}' just before the span {Describe(span)} is not its prefix \"{MessageQuote.Of(span.Prefix)}\". Take the prefix from the text immediately before the span, or leave it out.");
                break;
            case TextSpanMatch.SuffixDiffers:
                Report(context, ValidationCodes.SpanSuffixDiffers, JsonPointer.Combine(path.ToString(), JsonName.Of(TextSpanMember.Suffix)), entityId, $"The text of source '{sourceId}' just after the span {Describe(span)} is not its suffix \"{MessageQuote.Of(span.Suffix)}\". Take the suffix from the text immediately after the span, or leave it out.");
                break;
        }
    }

    private static void CheckResolution(ReportValidationContext context, Mention mention, int index)
    {
        if (mention.Confidence is not null)
        {
            return;
        }

        var printed = mention.AsPrinted;
        bool known;
        var entity = context.MentionEntities[index];
        if (entity < 0)
        {
            return;
        }

        if (mention.Entity.Kind == EntityKind.Actor)
        {
            var actor = context.Report.Actors[entity];
            known = IsNamed(printed, actor.Name, actor.Aliases);
        }
        else if (mention.Entity.Kind == EntityKind.Location)
        {
            var location = context.Report.Locations[entity];
            known = IsNamed(printed, location.Name, location.AlternateNames);
        }
        else
        {
            return;
        }

        if (!known)
        {
            Report(
                context,
                ValidationCodes.MentionResolutionUnrated,
                ReportValidationContext.ElementPath(EntityKind.Mention, index),
                mention.Id.Value,
                $"The mention prints \"{MessageQuote.Of(printed)}\", which is none of the names of {MessageText.Noun(mention.Entity.Kind)} '{mention.Entity.Id}', but does not say how sure that resolution is. Give the mention a confidence (and a rationale), or add the printed form to the entity's names if it is a known spelling.");
        }
    }

    /// <summary>The span as "[start, end) "exact"", with the exact text quoted bounded, so that a long quote keeps the message short.</summary>
    private static string Describe(TextSpan span)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{span.Start}, {span.End}) \"{MessageQuote.Of(span.Exact)}\"");

    private static bool IsNamed(string printed, LocalizedName name, System.Collections.Immutable.ImmutableArray<LocalizedName> others)
    {
        if (string.Equals(printed, name.Text, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var other in others)
        {
            if (string.Equals(printed, other.Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
