using System;

namespace ConflictModel.Tests.Text;

/// <summary>Positions and lengths near <see cref="int.MaxValue"/>: no arithmetic on them wraps around.</summary>
public sealed class TextSpanLimitsTests
{
    private const string Text = "Attacks in Kayes and Diboli this morning.";

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MaxValue - 1)]
    [InlineData(int.MaxValue - 20)]
    public void Locate_ContextLengthNearIntMaxValue_KeepsTheWholeTextAroundTheQuote(int contextLength)
    {
        var span = TextSpan.Locate(Text, "Kayes", 1, contextLength);

        Assert.Equal("Attacks in ", span.Prefix);
        Assert.Equal(" and Diboli this morning.", span.Suffix);
        Assert.True(span.IsFoundIn(Text));
    }

    [Fact]
    public void Match_SpanEndingAtIntMaxValueWithASuffix_IsOutOfRangeNotAWrongMatch()
    {
        var span = new TextSpan(int.MaxValue - 5, int.MaxValue, "Kayes", "in ", " and");

        Assert.Equal(TextSpanMatch.OutOfRange, span.Match(Text));
    }

    [Fact]
    public void Validate_SpanEndingAtIntMaxValueWithASuffix_ReportsOutOfRangeAndDoesNotThrow()
    {
        var json = $$$"""
            {"schemaVersion":"1.0","sources":[{"id":"s","kind":"newsArticle","text":"{{{Text}}}"}],
            "mentions":[{"id":"m","entity":{"kind":"source","id":"s"},"source":"s","span":{"start":{{{int.MaxValue - 5}}},"end":{{{int.MaxValue}}},"exact":"Kayes","suffix":" and"}}]}
            """;
        var report = ConflictJson.Deserialize(json);

        var issue = Assert.Single(report.Validate().Issues, i => i.Code == ValidationCodes.SpanOutOfRange);

        Assert.Equal("/mentions/0/span/end", issue.Path);
    }

    [Fact]
    public void Locate_QuoteNotFound_QuotesItBounded()
    {
        var error = Assert.Throws<ArgumentException>(() => TextSpan.Locate(Text, new string('q', 100_000)));

        Assert.True(error.Message.Length < 300, error.Message[..Math.Min(300, error.Message.Length)]);
    }
}
