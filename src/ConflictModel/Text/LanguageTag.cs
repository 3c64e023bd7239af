using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ConflictModel;

/// <summary>
/// A well-formed BCP 47 (RFC 5646) language tag: <c>en</c>, <c>fr-ML</c>, <c>ar-Latn</c>,
/// <c>bm</c> (Bambara). The tag is kept in the canonical case of BCP 47 (RFC 5646 section 2.1.1):
/// the language and every other subtag lower case, a script in title case, a region in upper
/// case — <c>EN-latn-gb</c> is kept as <c>en-Latn-GB</c> — so that equal tags, and so equal
/// reports, write the same bytes. Tags compare case-insensitively, as BCP 47 says.
/// </summary>
/// <remarks>
/// Well-formedness is checked (the RFC's syntax); validity against the IANA registry is not.
/// The default value is uninitialised: its <see cref="Value"/> is the empty string, which no language tag can be, and entities refuse it.
/// This type is immutable; safe to share between threads.
/// </remarks>
public readonly partial struct LanguageTag : IEquatable<LanguageTag>, ISpanParsable<LanguageTag>
{
    private readonly string? _value;

    /// <summary>Initializes a new tag.</summary>
    /// <param name="value">A well-formed BCP 47 tag.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed BCP 47 tag.</exception>
    public LanguageTag(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Preconditions.CheckArgument(IsWellFormed(value), nameof(value), $"The value must be a well-formed BCP 47 language tag such as 'en' or 'fr-ML'; '{MessageQuote.Of(value)}' is not.");
        _value = Canonicalize(value);
    }

    /// <summary>Gets English, <c>en</c>.</summary>
    public static LanguageTag English { get; } = new("en");

    /// <summary>Gets French, <c>fr</c>.</summary>
    public static LanguageTag French { get; } = new("fr");

    /// <summary>Gets Arabic, <c>ar</c>.</summary>
    public static LanguageTag Arabic { get; } = new("ar");

    /// <summary>Gets the tag in canonical case: <c>en</c>, <c>fr-ML</c>, <c>ar-Latn</c>; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the primary language subtag, lower-cased ("fr" for "fr-ML").</summary>
    public string Language
    {
        get
        {
            var value = Value;
            var dash = value.IndexOf('-', StringComparison.Ordinal);
            return (dash < 0 ? value : value[..dash]).ToLowerInvariant();
        }
    }

    /// <summary>Parses a BCP 47 language tag, such as "en" or "fr-ML", keeping it in canonical case.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not well-formed.</exception>
    public static LanguageTag Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var value) ? value : TextParsing.Parse<LanguageTag>(s, TryParse, Rule);
    }

    /// <summary>Parses a BCP 47 language tag, such as "en" or "fr-ML", keeping it in canonical case from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not well-formed.</exception>
    public static LanguageTag Parse(ReadOnlySpan<char> s) => TextParsing.Parse<LanguageTag>(s, TryParse, Rule);

    /// <summary>Tries to parse a BCP 47 language tag, such as "en" or "fr-ML", keeping it in canonical case; never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The value, when parsed; the default value otherwise.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out LanguageTag result)
    {
        var ok = IsWellFormed(s);
        result = ok ? new LanguageTag(s!) : default;
        return ok;
    }

    /// <summary>Tries to parse a BCP 47 language tag, such as "en" or "fr-ML", keeping it in canonical case from characters; never throws.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The value, when parsed; the default value otherwise.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out LanguageTag result)
    {
        // The pattern is at most 64 characters: a longer text is refused before it is copied.
        var ok = s.Length <= 64 && IsWellFormed(s.ToString());
        result = ok ? new LanguageTag(s.ToString()) : default;
        return ok;
    }

    /// <inheritdoc/>
    static LanguageTag IParsable<LanguageTag>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<LanguageTag>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out LanguageTag result) => TryParse(s, out result);

    /// <inheritdoc/>
    static LanguageTag ISpanParsable<LanguageTag>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<LanguageTag>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out LanguageTag result) => TryParse(s, out result);

    private const string Rule = "A language tag must be well-formed BCP 47, such as 'en' or 'fr-ML'";

    private static bool IsWellFormed([NotNullWhen(true)] string? value)
        // ASCII first: the case-insensitive pattern alone also takes letters whose case folds to
        // ASCII, such as the Kelvin sign (U+212A) for k.
        => value is not null && (IsLowerCasePrimaryLanguage(value) || (value.Length <= 64 && System.Text.Ascii.IsValid(value) && Bcp47().IsMatch(value)));

    /// <summary>Compares two tags, ignoring case.</summary>
    /// <param name="left">The first tag.</param>
    /// <param name="right">The second tag.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(LanguageTag left, LanguageTag right) => left.Equals(right);

    /// <summary>Compares two tags for inequality, ignoring case.</summary>
    /// <param name="left">The first tag.</param>
    /// <param name="right">The second tag.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(LanguageTag left, LanguageTag right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(LanguageTag other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LanguageTag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the tag in canonical case.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>
    /// Puts a well-formed tag in the case RFC 5646 section 2.1.1 recommends. Before the first
    /// singleton (an extension or private use), a four-letter subtag is a script and a two-letter
    /// subtag a region; after it, and everywhere else, subtags are lower case.
    /// </summary>
    private static string Canonicalize(string value)
    {
        if (IsLowerCasePrimaryLanguage(value))
        {
            return value;
        }

        return string.Create(value.Length, value, static (chars, source) =>
        {
            var afterSingleton = false;
            var start = 0;
            while (start < source.Length)
            {
                var end = source.IndexOf('-', start);
                if (end < 0)
                {
                    end = source.Length;
                }

                var subtag = source.AsSpan(start, end - start);
                var target = chars.Slice(start, subtag.Length);
                subtag.ToLowerInvariant(target);
                if (subtag.Length == 1)
                {
                    afterSingleton = true;
                }
                else if (start > 0 && !afterSingleton && subtag.Length == 4 && char.IsAsciiLetter(subtag[0]))
                {
                    target[0] = char.ToUpperInvariant(target[0]);
                }
                else if (start > 0 && !afterSingleton && subtag.Length == 2)
                {
                    subtag.ToUpperInvariant(target);
                }

                if (end < source.Length)
                {
                    chars[end] = '-';
                }

                start = end + 1;
            }
        });
    }

    // Two or three lower-case ASCII letters, RFC 5646's shortest language subtag alone: well-formed and
    // canonical as it is, and most tags ("en", "fr"), so neither the pattern nor a copy is needed;
    // the reader makes a tag for every name it reads.
    private static bool IsLowerCasePrimaryLanguage(string value)
        => value.Length is 2 or 3 && char.IsAsciiLetterLower(value[0]) && char.IsAsciiLetterLower(value[1]) && (value.Length == 2 || char.IsAsciiLetterLower(value[2]));

    // RFC 5646 section 2.1, langtag or privateuse; the irregular grandfathered tags are not accepted.
    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bcp47();
}
