using System;

namespace ConflictModel.Cli.Tests;

/// <summary>Where a piece of text stands in a document, counted by the test itself (lines and columns from 1).</summary>
internal static class TextPosition
{
    /// <summary>The line and column of the first <paramref name="needle"/> after the first <paramref name="after"/>.</summary>
    public static string Of(string text, string needle, string after = "")
    {
        var start = after.Length == 0 ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{after}' is not in the document");
        var index = text.IndexOf(needle, start, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the document");
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"{line}:{index - lineStart + 1}";
    }
}
