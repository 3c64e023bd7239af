using System;

namespace ConflictModel.Tests.Support;

/// <summary>
/// Asserts the whole <see cref="ISpanParsable{TSelf}"/> contract of a text value at once: the string
/// and span forms of <c>Parse</c> and <c>TryParse</c> agree; a refused text gives a
/// <see cref="FormatException"/> that states the rule and quotes the text within bounds, and
/// <c>TryParse</c> returns false with the default value instead of throwing.
/// </summary>
internal static class ParsableAssert
{
    public static void Parses<T>(string text, T expected)
        where T : ISpanParsable<T>
    {
        Assert.Equal(expected, T.Parse(text, null));
        Assert.Equal(expected, T.Parse(text.AsSpan(), null));
        Assert.True(T.TryParse(text, null, out var fromString));
        Assert.Equal(expected, fromString);
        Assert.True(T.TryParse(text.AsSpan(), null, out var fromSpan));
        Assert.Equal(expected, fromSpan);
    }

    public static void Refuses<T>(string text, string rule, string quoted)
        where T : ISpanParsable<T>
    {
        Assert.False(T.TryParse(text, null, out var fromString));
        Assert.Equal(default, fromString);
        Assert.False(T.TryParse(text.AsSpan(), null, out var fromSpan));
        Assert.Equal(default, fromSpan);

        var expected = $"{rule}; '{quoted}' is not.";
        Assert.Equal(expected, Assert.Throws<FormatException>(() => T.Parse(text, null)).Message);
        Assert.Equal(expected, Assert.Throws<FormatException>(() => T.Parse(text.AsSpan(), null)).Message);
    }

    public static void RefusesNull<T>(string paramName = "s")
        where T : ISpanParsable<T>
    {
        Assert.False(TryParseString<T>(null, out var result));
        Assert.Equal(default, result);
        Assert.Throws<ArgumentNullException>(paramName, () => ParseString<T>(null!));
    }

    /// <summary>A text of 50,000 'x' after <paramref name="prefix"/> is refused with the quote cut at 40 characters.</summary>
    public static void RefusesLongTextWithBoundedQuote<T>(string prefix, string rule)
        where T : ISpanParsable<T>
    {
        var text = prefix + new string('x', 50_000);
        Refuses<T>(text, rule, (prefix + new string('x', 40))[..40] + "…");
    }

    // Through IParsable alone: with ISpanParsable in sight, a null string binds to the span overload.
    private static T ParseString<T>(string s)
        where T : IParsable<T>
        => T.Parse(s, null);

    private static bool TryParseString<T>(string? s, out T result)
        where T : IParsable<T>
        => T.TryParse(s, null, out result!);
}
