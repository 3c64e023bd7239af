namespace ConflictModel;

/// <summary>
/// An attribution resolved within its report: the attribution, the source it points into, and the
/// words of that source's text at the quote's span.
/// </summary>
/// <remarks>
/// Made by <see cref="ReportIndex"/> once per attribution and kept; a view of the report, compared by
/// reference. Immutable; safe to share between threads.
/// </remarks>
public sealed class ResolvedAttribution
{
    internal ResolvedAttribution(SourceAttribution attribution, Source? source)
    {
        Attribution = attribution;
        Source = source;
        if (source?.Text is { } text)
        {
            Match = attribution.Quote.Match(text);
            TextAtSpan = CodePoints.Slice(text, attribution.Quote.Start, attribution.Quote.End);
        }
    }

    /// <summary>Gets the attribution.</summary>
    public SourceAttribution Attribution { get; }

    /// <summary>Gets the source the attribution points into, or null when its source id names no source of the report.</summary>
    public Source? Source { get; }

    /// <summary>
    /// Gets the words that stand in the source's text at the quote's span, or null when the source or
    /// its text is missing or the span lies outside the text.
    /// </summary>
    public string? TextAtSpan { get; }

    /// <summary>Gets how the recorded quote compares with the source's text, or null when there is no text to compare with.</summary>
    public TextSpanMatch? Match { get; }

    /// <summary>
    /// Gets the quoted words: those of the source's text at the span when there are any
    /// (<see cref="TextAtSpan"/>), otherwise the quote as recorded (<see cref="TextSpan.Exact"/>).
    /// </summary>
    public string QuotedText => TextAtSpan ?? Attribution.Quote.Exact;

    /// <summary>Returns the attribution's id and the quoted words.</summary>
    /// <returns>The text, as <c>army-report: "…"</c>.</returns>
    public override string ToString() => $"{Attribution.Id}: \"{QuotedText}\"";
}
