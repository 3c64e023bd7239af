using System;

namespace ConflictModel;

/// <summary>
/// A source's text prepared for checking many spans: the UTF-16 index of every code point, built
/// once (and only when the text has surrogate pairs), so that each check costs the length of the
/// span and its context, not of the text before it. Gives the same answers as <see cref="TextSpan.Match"/>.
/// </summary>
internal sealed class SourceText
{
    private readonly string _text;
    private readonly int[]? _utf16Index;
    private readonly int _length;

    public SourceText(string text)
    {
        _text = text;
        if (!HasSurrogate(text))
        {
            _length = text.Length;
            return;
        }

        var index = new int[text.Length + 1];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            index[count++] = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        index[count] = text.Length;
        _length = count;
        _utf16Index = index;
    }

    public TextSpanMatch Match(TextSpan span)
    {
        if (!Equals(span.Start, span.End, span.Exact))
        {
            return span.End > _length ? TextSpanMatch.OutOfRange : TextSpanMatch.ExactDiffers;
        }

        if (span.Prefix is { } prefix)
        {
            var length = CodePoints.Count(prefix);
            if (length > span.Start || !Equals(span.Start - length, span.Start, prefix))
            {
                return TextSpanMatch.PrefixDiffers;
            }
        }

        // The end of the suffix in long arithmetic: a span ending near int.MaxValue must not wrap around.
        return span.Suffix is { } suffix && !Equals(span.End, (long)span.End + CodePoints.Count(suffix), suffix)
            ? TextSpanMatch.SuffixDiffers
            : TextSpanMatch.Matches;
    }

    private static bool HasSurrogate(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>Tells whether the code points <paramref name="start"/> to <paramref name="end"/> of the text are <paramref name="expected"/>.</summary>
    private bool Equals(int start, long end, string expected)
    {
        if (end > _length)
        {
            return false;
        }

        var from = _utf16Index is null ? start : _utf16Index[start];
        var to = _utf16Index is null ? (int)end : _utf16Index[end];
        return _text.AsSpan(from, to - from).SequenceEqual(expected);
    }
}
