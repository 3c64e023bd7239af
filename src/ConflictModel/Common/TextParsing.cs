using System;

namespace ConflictModel;

/// <summary>A type's own check of a text, as its <c>TryParse</c> does it.</summary>
internal delegate bool SpanTryParse<T>(ReadOnlySpan<char> text, out T result);

/// <summary>
/// The one way every text value (ids, language tags, codes, digests, versions) turns a refused text
/// into an exception, so that <c>Parse</c> and <c>TryParse</c> cannot disagree and every message has
/// the same shape: the rule, then the text, quoted within bounds.
/// </summary>
internal static class TextParsing
{
    /// <summary>Parses with <paramref name="tryParse"/>, or throws a <see cref="FormatException"/> that states <paramref name="rule"/>.</summary>
    public static T Parse<T>(ReadOnlySpan<char> text, SpanTryParse<T> tryParse, string rule)
        => tryParse(text, out var result) ? result : throw new FormatException($"{rule}; '{MessageQuote.Of(text)}' is not.");
}
