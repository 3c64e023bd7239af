using System.Globalization;
using System.IO;

namespace ConflictModel.Html.Tests;

public sealed class HighlighterTests
{
    private static Highlight H(int start, int end, string key)
        => new(start, end, key, (w, first) => w.Write($"<mark {key}{(first ? "1" : "0")}>"));

    private static string Write(string text, params Highlight[] highlights)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Highlighter.Write(writer, text, highlights);
        return writer.ToString();
    }

    [Fact]
    public void Nested_spans_become_nested_elements()
        => Assert.Equal("a<mark o1>b<mark i1>c</mark>d</mark>ef", Write("abcdef", H(2, 3, "i"), H(1, 4, "o")));

    [Fact]
    public void A_crossing_span_is_split_into_parts_that_together_are_its_words()
        => Assert.Equal("<mark a1>ab<mark b1>c</mark></mark><mark b0>de</mark>f", Write("abcdef", H(0, 3, "a"), H(2, 5, "b")));

    [Fact]
    public void Spans_that_start_together_put_the_longer_outside()
        => Assert.Equal("<mark l1><mark s1>ab</mark>cd</mark>", Write("abcd", H(0, 2, "s"), H(0, 4, "l")));

    [Fact]
    public void An_empty_span_is_an_empty_element_at_its_place()
        => Assert.Equal("ab<mark e1></mark>cd", Write("abcd", H(2, 2, "e")));

    [Fact]
    public void Text_between_highlights_is_escaped()
        => Assert.Equal("&lt;<mark x1>&amp;</mark>&gt;", Write("<&>", H(1, 2, "x")));

    [Fact]
    public void Code_point_positions_map_to_utf16_indices_past_a_surrogate_pair()
    {
        var map = Highlighter.Utf16Indices("🎉ab");
        Assert.Equal(0, map(0));
        Assert.Equal(2, map(1));
        Assert.Equal(3, map(2));
        Assert.Equal(4, map(3));
        Assert.Equal(-1, map(4));
    }

    [Fact]
    public void Code_point_positions_of_a_text_without_surrogates_are_its_indices()
    {
        var map = Highlighter.Utf16Indices("ab");
        Assert.Equal(2, map(2));
        Assert.Equal(-1, map(3));
    }
}
