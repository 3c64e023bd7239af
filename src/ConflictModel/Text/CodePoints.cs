using System;

namespace ConflictModel;

/// <summary>
/// Conversions between Unicode code-point positions (what spans count, so that every language
/// agrees on them) and UTF-16 indexes (what a .NET string counts).
/// </summary>
public static class CodePoints
{
    /// <summary>Counts the code points of a text; an unpaired surrogate counts as one.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of code points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Count(text.AsSpan());
    }

    /// <summary>Counts the code points of a text; an unpaired surrogate counts as one.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of code points.</returns>
    public static int Count(ReadOnlySpan<char> text)
    {
        // Most text has no surrogates at all; a vectorised search says so at once.
        if (text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text.Length;
        }

        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>Converts a code-point position into a UTF-16 index of the same text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="codePointIndex">A position counted in code points, 0 to the text's code-point count.</param>
    /// <returns>The UTF-16 index, or -1 when the position lies beyond the end of the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="codePointIndex"/> is negative.</exception>
    public static int ToUtf16Index(string text, int codePointIndex)
    {
        ArgumentNullException.ThrowIfNull(text);
        Preconditions.CheckNonNegative(codePointIndex);
        var utf16 = 0;
        for (var seen = 0; seen < codePointIndex; seen++)
        {
            if (utf16 >= text.Length)
            {
                return -1;
            }

            utf16 += char.IsHighSurrogate(text[utf16]) && utf16 + 1 < text.Length && char.IsLowSurrogate(text[utf16 + 1]) ? 2 : 1;
        }

        return utf16;
    }

    /// <summary>Converts a UTF-16 index into a code-point position of the same text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="utf16Index">A UTF-16 index, 0 to the text's length, not inside a surrogate pair.</param>
    /// <returns>The code-point position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="utf16Index"/> is outside the text.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf16Index"/> splits a surrogate pair.</exception>
    public static int FromUtf16Index(string text, int utf16Index)
    {
        ArgumentNullException.ThrowIfNull(text);
        Preconditions.CheckArgumentRange(utf16Index, 0, text.Length);
        Preconditions.CheckArgument(
            utf16Index == 0 || utf16Index == text.Length || !(char.IsHighSurrogate(text[utf16Index - 1]) && char.IsLowSurrogate(text[utf16Index])),
            nameof(utf16Index),
            "The index must not split a surrogate pair.");
        return Count(text.AsSpan(0, utf16Index));
    }

    /// <summary>Returns the part of a text between two code-point positions.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The first code point, inclusive.</param>
    /// <param name="end">The end, exclusive.</param>
    /// <returns>The substring, or null when the range does not lie within the text.</returns>
    internal static string? Slice(string text, int start, int end)
    {
        var from = ToUtf16Index(text, start);
        if (from < 0)
        {
            return null;
        }

        var to = from;
        for (var seen = start; seen < end; seen++)
        {
            if (to >= text.Length)
            {
                return null;
            }

            to += char.IsHighSurrogate(text[to]) && to + 1 < text.Length && char.IsLowSurrogate(text[to + 1]) ? 2 : 1;
        }

        return text[from..to];
    }

    /// <summary>Tells whether a text is well-formed UTF-16 (no unpaired surrogates).</summary>
    internal static bool IsWellFormed(string text) => IndexOfUnpairedSurrogate(text) < 0;

    /// <summary>Finds the first unpaired surrogate of a text; -1 if there is none.</summary>
    internal static int IndexOfUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
