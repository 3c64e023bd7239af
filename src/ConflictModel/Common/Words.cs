using System;
using System.Text;

namespace ConflictModel;

/// <summary>Text for <c>ToString()</c> as a person writes it: enum names as words, counts with the right noun.</summary>
internal static class Words
{
    /// <summary>Gets an enum name as lower-case words: <c>KilledOrWounded</c> → "killed or wounded".</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsAsciiLetterUpper(name[i]) && i > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>Gets a count with its noun, singular for one: "1 source", "2 sources".</summary>
    public static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";
}
