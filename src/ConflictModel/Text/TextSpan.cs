using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// A span of a source's text, anchored twice as the W3C Web Annotation selectors do: by
/// position (<see cref="Start"/> inclusive, <see cref="End"/> exclusive, counted in Unicode
/// code points) and by quote (<see cref="Exact"/>, with a little <see cref="Prefix"/> and
/// <see cref="Suffix"/> around it).
/// </summary>
/// <remarks>
/// <para>Positions count code points, not UTF-16 units, so that a reader in any language finds the
/// same span; <see cref="CodePoints"/> converts. The span guarantees that its exact text has
/// exactly <c>End - Start</c> code points; whether the text really stands there in a given
/// source is checked by <see cref="IsFoundIn(string)"/> and by report validation.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class TextSpan : IEquatable<TextSpan>
{
    /// <summary>The number of code points of context <see cref="Locate"/> keeps on each side by default.</summary>
    public const int DefaultContextLength = 24;

    /// <summary>Initializes a new span.</summary>
    /// <param name="start">The position of the first code point, inclusive; not negative.</param>
    /// <param name="end">The position after the last code point; greater than <paramref name="start"/>.</param>
    /// <param name="exact">The exact text of the span: <c>end - start</c> code points.</param>
    /// <param name="prefix">The text just before the span, or null; not empty.</param>
    /// <param name="suffix">The text just after the span, or null; not empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exact"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    /// <exception cref="ArgumentException">The span is empty, the exact text's length in code points differs from <c>end - start</c>, a text is not well-formed UTF-16, or a prefix or suffix is empty.</exception>
    public TextSpan(int start, int end, string exact, string? prefix = null, string? suffix = null)
    {
        Preconditions.CheckNonNegative(start);
        Preconditions.CheckArgument(end > start, nameof(end), "The end must be greater than the start; a span is never empty.");
        Preconditions.CheckNotNull(exact);
        Preconditions.CheckArgument(CodePoints.IsWellFormed(exact), nameof(exact), "The exact text must be well-formed UTF-16 (no unpaired surrogates).");
        var length = CodePoints.Count(exact);
        Preconditions.CheckArgument(
            length == end - start,
            nameof(exact),
            $"The exact text must have end - start = {end - start} code points; it has {length}.");
        Preconditions.CheckArgument(prefix is null || (prefix.Length > 0 && CodePoints.IsWellFormed(prefix)), nameof(prefix), "A prefix must be null or non-empty, well-formed text.");
        Preconditions.CheckArgument(suffix is null || (suffix.Length > 0 && CodePoints.IsWellFormed(suffix)), nameof(suffix), "A suffix must be null or non-empty, well-formed text.");
        Start = start;
        End = end;
        Exact = exact;
        Prefix = prefix;
        Suffix = suffix;
    }

    /// <summary>Gets the position of the first code point of the span, inclusive.</summary>
    public int Start { get; }

    /// <summary>Gets the position just after the last code point of the span (exclusive).</summary>
    public int End { get; }

    /// <summary>Gets the exact text of the span.</summary>
    public string Exact { get; }

    /// <summary>Gets the text just before the span, or null.</summary>
    public string? Prefix { get; }

    /// <summary>Gets the text just after the span, or null.</summary>
    public string? Suffix { get; }

    /// <summary>Gets the length of the span in code points.</summary>
    public int Length => End - Start;

    /// <summary>
    /// Finds a quote in a text and returns its span, with up to <paramref name="contextLength"/>
    /// code points of prefix and suffix.
    /// </summary>
    /// <param name="text">The whole text of the source.</param>
    /// <param name="exact">The quote to find (ordinal match).</param>
    /// <param name="occurrence">Which occurrence to take, from 1; the article repeats its headline, for one.</param>
    /// <param name="contextLength">How many code points of context to keep on each side; not negative.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The quote is empty or does not occur <paramref name="occurrence"/> times.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is less than 1 or <paramref name="contextLength"/> is negative.</exception>
    public static TextSpan Locate(string text, string exact, int occurrence = 1, int contextLength = DefaultContextLength)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(exact);
        Preconditions.CheckArgument(exact.Length > 0, nameof(exact), "The quote to find must not be empty.");
        Preconditions.CheckArgumentRange(occurrence, 1, int.MaxValue);
        Preconditions.CheckNonNegative(contextLength);

        var index = -1;
        for (var found = 0; found < occurrence; found++)
        {
            index = text.IndexOf(exact, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The quote occurs {found} time(s) in the text; occurrence {occurrence} was asked for: \"{MessageQuote.Of(exact)}\"."),
                    nameof(exact));
            }
        }

        var start = CodePoints.FromUtf16Index(text, index);
        var end = start + CodePoints.Count(exact);
        var total = CodePoints.Count(text);
        var prefix = CodePoints.Slice(text, Math.Max(0, start - contextLength), start);
        // In long arithmetic: a context length up to int.MaxValue must not wrap the end around.
        var suffix = CodePoints.Slice(text, end, (int)Math.Min(total, (long)end + contextLength));
        return new TextSpan(start, end, exact, string.IsNullOrEmpty(prefix) ? null : prefix, string.IsNullOrEmpty(suffix) ? null : suffix);
    }

    /// <summary>
    /// Tells whether the span stands in a text: its exact text at its position, and its prefix and
    /// suffix (when given) immediately around it.
    /// </summary>
    /// <param name="text">The whole text of the source.</param>
    /// <returns>True if every selector of the span matches the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public bool IsFoundIn(string text) => Match(text) == TextSpanMatch.Matches;

    /// <summary>Checks the span against a text and says which selector, if any, fails.</summary>
    /// <param name="text">The whole text of the source.</param>
    /// <returns>The outcome of the check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TextSpanMatch Match(string text)
    {
        Preconditions.CheckNotNull(text);
        var found = CodePoints.Slice(text, Start, End);
        if (found is null)
        {
            return TextSpanMatch.OutOfRange;
        }

        if (!string.Equals(found, Exact, StringComparison.Ordinal))
        {
            return TextSpanMatch.ExactDiffers;
        }

        if (Prefix is not null)
        {
            var prefixLength = CodePoints.Count(Prefix);
            if (prefixLength > Start || !string.Equals(CodePoints.Slice(text, Start - prefixLength, Start), Prefix, StringComparison.Ordinal))
            {
                return TextSpanMatch.PrefixDiffers;
            }
        }

        if (Suffix is not null)
        {
            // In long arithmetic: a span ending near int.MaxValue must not wrap the suffix's end around.
            var suffixEnd = (long)End + CodePoints.Count(Suffix);
            if (suffixEnd > int.MaxValue || !string.Equals(CodePoints.Slice(text, End, (int)suffixEnd), Suffix, StringComparison.Ordinal))
            {
                return TextSpanMatch.SuffixDiffers;
            }
        }

        return TextSpanMatch.Matches;
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] TextSpan? other)
        => other is not null
        && Start == other.Start
        && End == other.End
        && string.Equals(Exact, other.Exact, StringComparison.Ordinal)
        && string.Equals(Prefix, other.Prefix, StringComparison.Ordinal)
        && string.Equals(Suffix, other.Suffix, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as TextSpan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, Exact, Prefix, Suffix);

    /// <summary>Compares two spans for equality of position and every quote selector.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(TextSpan? left, TextSpan? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns the span as "[start, end) "exact"".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}, {End}) \"{Exact}\"");

    /// <summary>Compares two spans for inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(TextSpan? left, TextSpan? right) => !(left == right);
}
