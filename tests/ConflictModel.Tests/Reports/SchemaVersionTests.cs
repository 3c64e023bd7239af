using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Reports;

public sealed class SchemaVersionTests
{
    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("1.12", 1, 12)]
    [InlineData("12.345", 12, 345)]
    [InlineData("999.999", 999, 999)]
    public void Parse_MajorDotMinor_GivesBothParts(string text, int major, int minor)
    {
        var version = SchemaVersion.Parse(text);

        Assert.Equal(major, version.Major);
        Assert.Equal(minor, version.Minor);
        Assert.Equal(text, version.ToString());
        Assert.True(SchemaVersion.TryParse(text, out var parsed));
        Assert.Equal(version, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("0.1")]
    [InlineData("1000.0")]
    [InlineData("1.1000")]
    [InlineData("1.0.0")]
    [InlineData("+1.0")]
    [InlineData("-1.0")]
    [InlineData(" 1.0")]
    [InlineData("1.0 ")]
    [InlineData("1,0")]
    [InlineData("v1.0")]
    [InlineData("١.٠")]
    [InlineData("01.0")]
    [InlineData("1.00")]
    public void Parse_NotMajorDotMinor_ThrowsFormatException(string text)
    {
        Assert.False(SchemaVersion.TryParse(text, out var version));
        Assert.Equal(default, version);
        var exception = Assert.Throws<FormatException>(() => SchemaVersion.Parse(text));
        Assert.Contains("A schema version is 'major.minor' with a major of 1 to 999 and a minor of 0 to 999 without leading zeros", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullExceptionAndTryParseIsFalse()
    {
        ArgumentAssert.ThrowsNull("text", () => SchemaVersion.Parse(null!));
        Assert.False(SchemaVersion.TryParse(null, out _));
    }

    [Fact]
    public void Constructor_OutOfRange_ThrowsArgumentOutOfRangeException()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("major", "between 1 and 999 inclusive", () => new SchemaVersion(0, 0));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("major", "between 1 and 999 inclusive", () => new SchemaVersion(1000, 0));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("minor", "between 0 and 999 inclusive", () => new SchemaVersion(1, -1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("minor", "between 0 and 999 inclusive", () => new SchemaVersion(1, 1000));
    }

    [Fact]
    public void Current_IsOnePointZero()
        => Assert.Equal(new SchemaVersion(1, 0), SchemaVersion.Current);

    [Theory]
    [InlineData(1, 0, 1, 1, -1)]
    [InlineData(1, 9, 2, 0, -1)]
    [InlineData(1, 10, 1, 9, 1)]
    [InlineData(2, 0, 1, 999, 1)]
    [InlineData(1, 1, 1, 1, 0)]
    public void Compare_OrdersByMajorThenMinor(int leftMajor, int leftMinor, int rightMajor, int rightMinor, int expected)
    {
        var left = new SchemaVersion(leftMajor, leftMinor);
        var right = new SchemaVersion(rightMajor, rightMinor);

        Assert.Equal(expected, Math.Sign(left.CompareTo(right)));
        Assert.Equal(expected < 0, left < right);
        Assert.Equal(expected > 0, left > right);
        Assert.Equal(expected <= 0, left <= right);
        Assert.Equal(expected >= 0, left >= right);
    }

    [Fact]
    public void Equals_ComparesBothParts()
        => EqualityAssert.Complete(
            new SchemaVersion(1, 2),
            SchemaVersion.Parse("1.2"),
            derived: [],
            ("Major", new SchemaVersion(2, 2)),
            ("Minor", new SchemaVersion(1, 20)));

    private const string ParseRule = "A schema version is 'major.minor' with a major of 1 to 999 and a minor of 0 to 999 without leading zeros, such as '1.0'";

    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("999.999", 999, 999)]
    public void Parse_EveryForm_Agrees(string text, int major, int minor)
        => ParsableAssert.Parses(text, new SchemaVersion(major, minor));

    [Theory]
    [InlineData("1.00")]
    [InlineData("v1.0")]
    public void Parse_EveryForm_RefusesWithTheSameMessage(string text)
        => ParsableAssert.Refuses<SchemaVersion>(text, ParseRule, text);

    [Fact]
    public void Parse_LongText_QuotesAtMost40Characters()
        => ParsableAssert.RefusesLongTextWithBoundedQuote<SchemaVersion>("1.", ParseRule);

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => ParsableAssert.RefusesNull<SchemaVersion>("text");

    [Theory]
    [InlineData(1, 0, "1.0")]
    [InlineData(999, 999, "999.999")]
    public void TryFormat_WritesMajorDotMinorAsCharsAndUtf8(int major, int minor, string expected)
    {
        var version = new SchemaVersion(major, minor);
        Span<char> chars = stackalloc char[7];
        Assert.True(version.TryFormat(chars, out var charsWritten, default, null));
        Assert.Equal(expected, chars[..charsWritten].ToString());
        Span<byte> bytes = stackalloc byte[7];
        Assert.True(version.TryFormat(bytes, out var bytesWritten, default, null));
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(bytes[..bytesWritten]));
        Assert.False(version.TryFormat(bytes[..(expected.Length - 1)], out _, default, null));
        Assert.Equal(expected, version.ToString("G", null));
    }
}
