using System;
using System.Globalization;
using System.Text;

namespace ConflictModel;

/// <summary>
/// Quotes a value given by the caller or read from a document inside an error message: cut to
/// <see cref="MaxLength"/> characters with "…" after it, and with control characters, line
/// separators and unpaired surrogates written as escapes (<c>\n</c>, <c>\u0000</c>). A message
/// then stays short and on one line whatever the value holds: a 50-million-character id does not
/// make a 50-million-character message, and an id with a newline does not cut it in two.
/// </summary>
internal static class MessageQuote
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int MaxLength = 40;

    /// <summary>Returns the value as a message quotes it (without the quotation marks).</summary>
    public static string Of(string? value) => Of(value, MaxLength);

    /// <summary>Returns text as a message quotes it; copies only the characters the quote can show, however long the text.</summary>
    public static string Of(ReadOnlySpan<char> value) => Of(value[..Math.Min(value.Length, MaxLength + 1)].ToString(), MaxLength);

    /// <summary>Returns the value as a message quotes it, cut at <paramref name="maxLength"/> characters (2 or more).</summary>
    public static string Of(string? value, int maxLength)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var length = value.Length;
        var cut = length > maxLength;
        if (cut)
        {
            // Never split a surrogate pair.
            length = char.IsHighSurrogate(value[maxLength - 1]) && char.IsLowSurrogate(value[maxLength]) ? maxLength - 1 : maxLength;
        }

        var span = value.AsSpan(0, length);
        if (!cut && !NeedsEscape(span))
        {
            return value;
        }

        var text = new StringBuilder(length + 8);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                text.Append(c).Append(span[++i]);
            }
            else if (c == '\n')
            {
                text.Append("\\n");
            }
            else if (c == '\r')
            {
                text.Append("\\r");
            }
            else if (c == '\t')
            {
                text.Append("\\t");
            }
            else if (IsEscaped(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return cut ? text.Append('…').ToString() : text.ToString();
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsEscaped(c))
            {
                return true;
            }
        }

        return false;
    }

    // Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and surrogates
    // not in a pair (a pair is handled before this is asked).
    private static bool IsEscaped(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c);
}
