using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Cli.Problems;

/// <summary>
/// Turns places in a UTF-8 JSON document into lines and columns: a byte offset, a line and byte
/// position as <see cref="JsonException"/> gives them, or a JSON Pointer, found by scanning the
/// document with <see cref="Utf8JsonReader"/> (a property is placed at its name, an array element
/// at its first character; a pointer that goes deeper than the document is placed at the deepest
/// part that exists).
/// </summary>
internal static class JsonPositions
{
    /// <summary>The line (from 1) and column (from 1, in UTF-16 code units) of a byte offset.</summary>
    public static (long Line, long Column) OfOffset(ReadOnlySpan<byte> utf8, long offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..(int)offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1L;
        return (line, Utf16Length(before[lineStart..]) + 1);
    }

    /// <summary>The line and column of a position as <see cref="JsonException"/> counts it (line and byte in line, both from 0).</summary>
    public static (long Line, long Column) OfLineAndByte(ReadOnlySpan<byte> utf8, long lineNumber, long bytePositionInLine)
    {
        var start = 0;
        for (var l = 0L; l < lineNumber; l++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        var end = utf8[start..].IndexOf((byte)'\n');
        var lineBytes = end < 0 ? utf8[start..] : utf8[start..(start + end)];
        var within = lineBytes[..(int)Math.Clamp(bytePositionInLine, 0, lineBytes.Length)];
        return (lineNumber + 1, Utf16Length(within) + 1);
    }

    /// <summary>The byte offset of the value or property a JSON Pointer names, or of the deepest part of it that exists.</summary>
    public static long OffsetOf(ReadOnlySpan<byte> utf8, string pointer)
    {
        var segments = Segments(pointer);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return 0;
            }

            var best = reader.TokenStartIndex;
            foreach (var segment in segments)
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    if (!FindProperty(ref reader, segment))
                    {
                        return best;
                    }

                    best = reader.TokenStartIndex;
                    reader.Read(); // to the value
                }
                else if (reader.TokenType == JsonTokenType.StartArray
                    && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    if (!FindElement(ref reader, index))
                    {
                        return best;
                    }

                    best = reader.TokenStartIndex;
                }
                else
                {
                    return best;
                }
            }

            return best;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static bool FindProperty(ref Utf8JsonReader reader, string name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(name))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    private static bool FindElement(ref Utf8JsonReader reader, int index)
    {
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static string[] Segments(string pointer)
        => pointer.Length == 0
            ? []
            : Array.ConvertAll(pointer[1..].Split('/'), s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));

    private static long Utf16Length(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetCharCount(utf8);
}
