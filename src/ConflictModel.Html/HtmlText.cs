using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ConflictModel.Html;

/// <summary>
/// The one escaper every piece of report text goes through on its way into the page. It escapes the
/// five characters that can end a text node or an attribute value (<c>&amp; &lt; &gt; " '</c>), so the
/// same call is safe in element content and in a quoted attribute; nothing else is changed, so the
/// words a browser shows are exactly the report's words.
/// </summary>
internal static class HtmlText
{
    /// <summary>Writes text escaped for element content or a double- or single-quoted attribute value.</summary>
    public static void Write(TextWriter writer, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Write(writer, text.AsSpan());
    }

    /// <summary>Writes part of a text, escaped as <see cref="Write(TextWriter, string?)"/> does.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        var plain = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // The HTML parser turns a NUL into U+FFFD in text but drops it in some states; say so plainly.
                '\0' => "&#xFFFD;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            writer.Write(text[plain..i]);
            writer.Write(entity);
            plain = i + 1;
        }

        writer.Write(text[plain..]);
    }

    /// <summary>Returns text escaped as <see cref="Write(TextWriter, string?)"/> writes it.</summary>
    public static string Escape(string? text)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, text);
        return writer.ToString();
    }

    /// <summary>Turns an enum member's name into lower-case words: "KilledOrWounded" gives "killed or wounded".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
