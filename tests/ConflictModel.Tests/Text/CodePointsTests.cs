using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Text;

public sealed class CodePointsTests
{
    // "a", U+1D11E (two UTF-16 units), "b": three code points, four UTF-16 units.
    private const string Text = "a\U0001D11Eb";

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData(Text, 3)]
    [InlineData("\U0001F44D\U0001F44D ok", 5)]
    public void Count_CountsCodePoints(string text, int expected)
    {
        Assert.Equal(expected, CodePoints.Count(text));
        Assert.Equal(expected, CodePoints.Count(text.AsSpan()));
    }

    // Lone surrogates cannot pass through attribute data (stored as UTF-8), so they are built here.
    [Fact]
    public void Count_UnpairedSurrogate_CountsAsOne()
    {
        const char High = '\uD834';
        const char Low = '\uDD1E';

        Assert.Equal(1, CodePoints.Count(High.ToString()));
        Assert.Equal(2, CodePoints.Count(string.Concat(High, "a")));
        Assert.Equal(2, CodePoints.Count(string.Concat(Low, High)));
        Assert.Equal(1, CodePoints.Count(string.Concat(High, Low)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    [InlineData(4, -1)]
    [InlineData(100, -1)]
    public void ToUtf16Index_CodePointPosition_SkipsSurrogatePairs(int codePoint, int expected)
        => Assert.Equal(expected, CodePoints.ToUtf16Index(Text, codePoint));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void FromUtf16Index_Utf16Index_CountsCodePointsBefore(int utf16, int expected)
        => Assert.Equal(expected, CodePoints.FromUtf16Index(Text, utf16));

    [Fact]
    public void FromUtf16Index_InsideSurrogatePair_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("utf16Index", "The index must not split a surrogate pair.", () => CodePoints.FromUtf16Index(Text, 2));

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void FromUtf16Index_OutsideText_ThrowsArgumentOutOfRangeException(int utf16)
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("utf16Index", "between 0 and 4 inclusive", () => CodePoints.FromUtf16Index(Text, utf16));

    [Fact]
    public void ToUtf16Index_Negative_ThrowsArgumentOutOfRangeException()
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("codePointIndex", "must not be negative", () => CodePoints.ToUtf16Index(Text, -1));

    [Fact]
    public void Conversions_NullText_ThrowArgumentNullException()
    {
        ArgumentAssert.ThrowsNull("text", () => CodePoints.Count(null!));
        ArgumentAssert.ThrowsNull("text", () => CodePoints.ToUtf16Index(null!, 0));
        ArgumentAssert.ThrowsNull("text", () => CodePoints.FromUtf16Index(null!, 0));
    }

    [Theory]
    [InlineData(0, 1, "a")]
    [InlineData(1, 2, "\U0001D11E")]
    [InlineData(0, 3, Text)]
    [InlineData(3, 4, null)]
    [InlineData(2, 5, null)]
    public void Slice_CodePointRange_GivesTheTextOrNullBeyondTheEnd(int start, int end, string? expected)
        => Assert.Equal(expected, CodePoints.Slice(Text, start, end));
}
