using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Text;

public sealed class TextSpanTests
{
    // U+1D11E MUSICAL SYMBOL G CLEF lies outside the BMP: one code point, two UTF-16 units. In
    // code points "more than 80" runs from 4 to 16; in UTF-16 units it would start at 5.
    private const string Clef = "\U0001D11E";
    private const string NonBmpText = Clef + "ab more than 80 cd";

    // A text that repeats its headline, as the Mali article does.
    private const string Repeated = "Attacks in Mali\nAttacks in Mali\nThe army said more than 80.";

    [Fact]
    public void Constructor_Valid_KeepsEverySelector()
    {
        var span = new TextSpan(4, 7, "efg", "abcd", "hij");

        Assert.Equal(4, span.Start);
        Assert.Equal(7, span.End);
        Assert.Equal(3, span.Length);
        Assert.Equal("efg", span.Exact);
        Assert.Equal("abcd", span.Prefix);
        Assert.Equal("hij", span.Suffix);
    }

    [Fact]
    public void Constructor_NonBmpExact_CountsCodePoints()
    {
        var span = new TextSpan(0, 1, Clef);

        Assert.Equal(1, span.Length);
        ArgumentAssert.Throws<ArgumentException>("exact", "The exact text must have end - start = 2 code points; it has 1.", () => new TextSpan(0, 2, Clef));
    }

    [Fact]
    public void Constructor_NegativeStart_ThrowsArgumentOutOfRangeException()
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("start", "must not be negative", () => new TextSpan(-1, 2, "abc"));

    [Theory]
    [InlineData(3, 3)]
    [InlineData(3, 2)]
    [InlineData(0, 0)]
    public void Constructor_EndNotAfterStart_ThrowsArgumentException(int start, int end)
        => ArgumentAssert.Throws<ArgumentException>(nameof(end), "The end must be greater than the start; a span is never empty.", () => new TextSpan(start, end, "x"));

    [Theory]
    [InlineData(0, 2, "abc", "it has 3")]
    [InlineData(0, 4, "abc", "it has 3")]
    public void Constructor_ExactOfOtherLength_ThrowsArgumentException(int start, int end, string text, string fragment)
        => ArgumentAssert.Throws<ArgumentException>("exact", fragment, () => new TextSpan(start, end, text));

    [Fact]
    public void Constructor_NullExact_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("exact", () => new TextSpan(0, 1, null!));

    // Lone surrogates cannot pass through attribute data (stored as UTF-8), so they are built here.
    [Theory]
    [InlineData(0xD834)]
    [InlineData(0xDD1E)]
    public void Constructor_UnpairedSurrogate_ThrowsArgumentException(int surrogate)
    {
        var lone = ((char)surrogate).ToString();
        ArgumentAssert.Throws<ArgumentException>("exact", "well-formed UTF-16", () => new TextSpan(0, 1, lone));
        ArgumentAssert.Throws<ArgumentException>("prefix", "non-empty, well-formed text", () => new TextSpan(0, 1, "a", prefix: lone));
        ArgumentAssert.Throws<ArgumentException>("suffix", "non-empty, well-formed text", () => new TextSpan(0, 1, "a", suffix: lone));
    }

    [Fact]
    public void Constructor_EmptyPrefixOrSuffix_ThrowsArgumentException()
    {
        ArgumentAssert.Throws<ArgumentException>("prefix", "A prefix must be null or non-empty", () => new TextSpan(0, 1, "a", prefix: string.Empty));
        ArgumentAssert.Throws<ArgumentException>("suffix", "A suffix must be null or non-empty", () => new TextSpan(0, 1, "a", suffix: string.Empty));
    }

    [Fact]
    public void Locate_AfterNonBmpCharacter_CountsCodePoints()
    {
        var span = TextSpan.Locate(NonBmpText, "more than 80");

        Assert.Equal(4, span.Start);
        Assert.Equal(16, span.End);
        Assert.Equal("more than 80", span.Exact);
        Assert.Equal(Clef + "ab ", span.Prefix);
        Assert.Equal(" cd", span.Suffix);
    }

    [Fact]
    public void Locate_ContextLength_LimitsPrefixAndSuffixInCodePoints()
    {
        var span = TextSpan.Locate(NonBmpText, "more than 80", contextLength: 3);

        Assert.Equal("ab ", span.Prefix);
        Assert.Equal(" cd", span.Suffix);
        Assert.Equal(Clef + "ab ", TextSpan.Locate(NonBmpText, "more than 80", contextLength: 4).Prefix);
    }

    [Fact]
    public void Locate_ZeroContext_GivesNoPrefixOrSuffix()
    {
        var span = TextSpan.Locate(NonBmpText, "more than 80", contextLength: 0);

        Assert.Null(span.Prefix);
        Assert.Null(span.Suffix);
    }

    [Fact]
    public void Locate_AtTheEdgesOfTheText_GivesNoPrefixOrSuffixThere()
    {
        var first = TextSpan.Locate(NonBmpText, Clef + "a");
        var last = TextSpan.Locate(NonBmpText, "cd");

        Assert.Equal((0, 2, null, "b more than 80 cd"), (first.Start, first.End, first.Prefix, first.Suffix));
        Assert.Equal((17, 19, Clef + "ab more than 80 ", null), (last.Start, last.End, last.Prefix, last.Suffix));
    }

    [Fact]
    public void Locate_SecondOccurrence_FindsTheRepeatedHeadline()
    {
        var first = TextSpan.Locate(Repeated, "Attacks in Mali");
        var second = TextSpan.Locate(Repeated, "Attacks in Mali", occurrence: 2);

        Assert.Equal((0, 15), (first.Start, first.End));
        Assert.Null(first.Prefix);
        Assert.Equal((16, 31), (second.Start, second.End));
        Assert.Equal("Attacks in Mali\n", second.Prefix);
        Assert.Equal("\nThe army said more than", second.Suffix);
    }

    [Fact]
    public void Locate_MissingOccurrence_ThrowsArgumentException()
    {
        ArgumentAssert.Throws<ArgumentException>("exact", "The quote occurs 2 time(s) in the text; occurrence 3 was asked for", () => TextSpan.Locate(Repeated, "Attacks in Mali", occurrence: 3));
        ArgumentAssert.Throws<ArgumentException>("exact", "The quote occurs 0 time(s) in the text; occurrence 1 was asked for", () => TextSpan.Locate(Repeated, "attacks in mali"));
    }

    [Fact]
    public void Locate_BadArguments_AreRefused()
    {
        ArgumentAssert.Throws<ArgumentException>("exact", "The quote to find must not be empty.", () => TextSpan.Locate(Repeated, string.Empty));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("occurrence", "between 1 and", () => TextSpan.Locate(Repeated, "Mali", occurrence: 0));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("contextLength", "must not be negative", () => TextSpan.Locate(Repeated, "Mali", contextLength: -1));
        ArgumentAssert.ThrowsNull("text", () => TextSpan.Locate(null!, "Mali"));
        ArgumentAssert.ThrowsNull("exact", () => TextSpan.Locate(Repeated, null!));
    }

    public static TheoryData<string, TextSpanMatch> MatchOutcomes => new()
    {
        { NonBmpText, TextSpanMatch.Matches },
        { Clef + "ab more than 81 cd", TextSpanMatch.ExactDiffers },
        { "ab more than 80 cd", TextSpanMatch.ExactDiffers },
        { "xab more than 80 cd", TextSpanMatch.PrefixDiffers },
        { Clef + "ab more than 80 cx", TextSpanMatch.SuffixDiffers },
        { Clef + "ab more than 80 c", TextSpanMatch.SuffixDiffers },
        { Clef + "ab more than 8", TextSpanMatch.OutOfRange },
        { string.Empty, TextSpanMatch.OutOfRange },
    };

    [Theory]
    [MemberData(nameof(MatchOutcomes))]
    public void Match_EachSelector_IsChecked(string text, TextSpanMatch expected)
    {
        var span = new TextSpan(4, 16, "more than 80", Clef + "ab ", " cd");

        Assert.Equal(expected, span.Match(text));
        Assert.Equal(expected == TextSpanMatch.Matches, span.IsFoundIn(text));
    }

    [Fact]
    public void Match_PrefixOfNonBmpCharacter_IsCountedInCodePoints()
    {
        Assert.Equal(TextSpanMatch.Matches, new TextSpan(1, 2, "a", prefix: Clef).Match(NonBmpText));
        Assert.Equal(TextSpanMatch.PrefixDiffers, new TextSpan(1, 2, "a", prefix: "x" + Clef).Match(NonBmpText));
    }

    [Fact]
    public void Match_WithoutPrefixOrSuffix_ChecksOnlyThePosition()
        => Assert.Equal(TextSpanMatch.Matches, new TextSpan(4, 16, "more than 80").Match("zzzzmore than 80"));

    [Fact]
    public void Match_NullText_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("text", () => new TextSpan(0, 1, "a").Match(null!));

    [Fact]
    public void Equals_ComparesPositionAndEverySelector()
        => EqualityAssert.Complete(
            new TextSpan(4, 7, "efg", "abcd", "hij"),
            new TextSpan(4, 7, "efg", "abcd", "hij"),
            derived: [nameof(TextSpan.Length)],
            ("Start+End", new TextSpan(5, 8, "efg", "abcd", "hij")),
            ("End+Exact", new TextSpan(4, 8, "efgh", "abcd", "hij")),
            ("Start+Exact", new TextSpan(3, 7, "defg", "abcd", "hij")),
            ("Exact", new TextSpan(4, 7, "EFG", "abcd", "hij")),
            ("Prefix", new TextSpan(4, 7, "efg", "bcd", "hij")),
            ("Prefix absent", new TextSpan(4, 7, "efg", null, "hij")),
            ("Suffix", new TextSpan(4, 7, "efg", "abcd", "hi")),
            ("Suffix absent", new TextSpan(4, 7, "efg", "abcd")));

    [Fact]
    public void ToString_GivesHalfOpenRangeAndQuote()
        => Assert.Equal("[4, 16) \"more than 80\"", new TextSpan(4, 16, "more than 80").ToString());
}
