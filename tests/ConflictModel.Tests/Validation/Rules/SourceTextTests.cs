namespace ConflictModel.Tests.Validation.Rules;

public sealed class SourceTextTests
{
    // Code points: 'a' 0, '🇲' 1, '🇱' 2, ' ' 3, 'b' 4, 'c' 5, '\uD800' (unpaired) 6, 'd' 7, 'é' 8.
    private const string Text = "a🇲🇱 bc\uD800dé";

    public static TheoryData<TextSpan> Spans =>
    [
        new TextSpan(0, 1, "a"),
        new TextSpan(1, 3, "🇲🇱", prefix: "a", suffix: " b"),
        new TextSpan(3, 5, " b", prefix: "🇱"),
        new TextSpan(4, 6, "bc", prefix: "a🇲🇱 ", suffix: "x"),
        new TextSpan(4, 6, "bc", prefix: "🇲🇱  "),
        new TextSpan(7, 9, "dé", suffix: "!"),
        new TextSpan(8, 9, "é"),
        new TextSpan(8, 10, "é!"),
        new TextSpan(9, 10, "x"),
        new TextSpan(2, 4, "🇱 ", prefix: "a🇲🇱"),
        new TextSpan(1, 2, "🇱"),
    ];

    [Theory]
    [MemberData(nameof(Spans))]
    public void Match_AnySpan_AgreesWithTextSpanMatch(TextSpan span) => Assert.Equal(span.Match(Text), new SourceText(Text).Match(span));

    [Theory]
    [MemberData(nameof(Spans))]
    public void Match_AnySpanInBmpText_AgreesWithTextSpanMatch(TextSpan span)
    {
        const string bmp = "abcdefghij";

        Assert.Equal(span.Match(bmp), new SourceText(bmp).Match(span));
    }

    [Fact]
    public void Match_Spans_CoverEveryOutcome()
    {
        var outcomes = new System.Collections.Generic.HashSet<TextSpanMatch>();
        foreach (var row in Spans)
        {
            outcomes.Add(new SourceText(Text).Match(row));
        }

        Assert.Equal(5, outcomes.Count);
    }
}
