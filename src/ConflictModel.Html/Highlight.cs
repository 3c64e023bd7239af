using System;
using System.Collections.Generic;
using System.IO;

namespace ConflictModel.Html;

/// <summary>One span to highlight in a source's text, in UTF-16 indices of that text.</summary>
/// <param name="Start">The first UTF-16 index, inclusive.</param>
/// <param name="End">The end, exclusive.</param>
/// <param name="Key">The page-local key of the highlight ("a-3", "m-0"): letters, digits and hyphens only.</param>
/// <param name="Open">Writes the opening tag; its argument says whether this is the span's first part.</param>
internal sealed record Highlight(int Start, int End, string Key, Action<TextWriter, bool> Open);

/// <summary>
/// Writes a text with highlights as nested elements. Spans that nest become nested elements; a span
/// that crosses another (starts inside it and ends after it) is split into parts that carry the same
/// key, so that the parts of each span, read in order, are exactly its words.
/// </summary>
internal static class Highlighter
{
    /// <summary>Converts code-point positions of a text into UTF-16 indices, in one pass over the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A function from a code-point position to its UTF-16 index, or -1 beyond the end.</returns>
    public static Func<int, int> Utf16Indices(string text)
    {
        var hasSurrogates = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        if (!hasSurrogates)
        {
            return codePoint => codePoint >= 0 && codePoint <= text.Length ? codePoint : -1;
        }

        // Spans count code points (TextSpan), the browser's DOM counts UTF-16 units: map every position once.
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return codePoint => codePoint >= 0 && codePoint < map.Count ? map[codePoint] : -1;
    }

    /// <summary>Writes the text, escaped, with every highlight's elements around its words.</summary>
    public static void Write(TextWriter writer, string text, IReadOnlyList<Highlight> highlights)
    {
        var order = new List<Highlight>(highlights);
        // Longer spans first at the same start, so that they become the outer elements.
        order.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var h in order)
        {
            boundaries.Add(h.Start);
            boundaries.Add(h.End);
        }

        var open = new List<Highlight>();
        var next = 0;
        int? previous = null;
        foreach (var at in boundaries)
        {
            if (previous is { } from)
            {
                HtmlText.Write(writer, text.AsSpan(from, at - from));
            }

            CloseEndingAt(writer, open, at);
            while (next < order.Count && order[next].Start == at)
            {
                var h = order[next++];
                h.Open(writer, true);
                if (h.End == at)
                {
                    writer.Write("</mark>");
                }
                else
                {
                    open.Add(h);
                }
            }

            previous = at;
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            writer.Write("</mark>");
        }
    }

    private static void CloseEndingAt(TextWriter writer, List<Highlight> open, int at)
    {
        var lowest = open.FindIndex(h => h.End == at);
        if (lowest < 0)
        {
            return;
        }

        // Close down to the outermost span that ends here, then reopen, as continuing parts, the
        // spans above it that go on: HTML elements nest, spans need not.
        var continuing = new List<Highlight>();
        for (var i = open.Count - 1; i >= lowest; i--)
        {
            writer.Write("</mark>");
            if (open[i].End > at)
            {
                continuing.Add(open[i]);
            }
        }

        open.RemoveRange(lowest, open.Count - lowest);
        continuing.Sort(static (a, b) => b.End.CompareTo(a.End));
        foreach (var h in continuing)
        {
            h.Open(writer, false);
            open.Add(h);
        }
    }
}
