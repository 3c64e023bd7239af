using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Sources;

public sealed class AdmiraltyGradeTests
{
    // reference/standards.md: STIX 2.1 maps credibility 1->90, 2->70, 3->50, 4->30, 5->10, 6-> none;
    // the reliability letter has no STIX field, so it never changes the confidence.
    [Theory]
    [InlineData("A1", SourceReliability.CompletelyReliable, InformationCredibility.Confirmed, 90)]
    [InlineData("B2", SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue, 70)]
    [InlineData("F2", SourceReliability.CannotBeJudged, InformationCredibility.ProbablyTrue, 70)]
    [InlineData("C3", SourceReliability.FairlyReliable, InformationCredibility.PossiblyTrue, 50)]
    [InlineData("D4", SourceReliability.NotUsuallyReliable, InformationCredibility.Doubtful, 30)]
    [InlineData("B4", SourceReliability.UsuallyReliable, InformationCredibility.Doubtful, 30)]
    [InlineData("E5", SourceReliability.Unreliable, InformationCredibility.Improbable, 10)]
    [InlineData("A6", SourceReliability.CompletelyReliable, InformationCredibility.CannotBeJudged, null)]
    [InlineData("F6", SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged, null)]
    public void Parse_EachGrade_GivesBothScalesAndTheStixConfidence(string text, SourceReliability reliability, InformationCredibility credibility, int? stixConfidence)
    {
        var grade = AdmiraltyGrade.Parse(text);

        Assert.Equal(reliability, grade.Reliability);
        Assert.Equal(credibility, grade.Credibility);
        Assert.Equal(stixConfidence, grade.ToStixConfidence());
        Assert.Equal(text, grade.ToString());
        Assert.Equal(new AdmiraltyGrade(reliability, credibility), grade);
        Assert.True(AdmiraltyGrade.TryParse(text, out var parsed));
        Assert.Equal(grade, parsed);
    }

    [Theory]
    [InlineData(SourceReliability.CompletelyReliable, 'A')]
    [InlineData(SourceReliability.UsuallyReliable, 'B')]
    [InlineData(SourceReliability.FairlyReliable, 'C')]
    [InlineData(SourceReliability.NotUsuallyReliable, 'D')]
    [InlineData(SourceReliability.Unreliable, 'E')]
    [InlineData(SourceReliability.CannotBeJudged, 'F')]
    public void ToString_ReliabilityLetter_FollowsTheScale(SourceReliability reliability, char letter)
        => Assert.Equal($"{letter}3", new AdmiraltyGrade(reliability, InformationCredibility.PossiblyTrue).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("1")]
    [InlineData("a1")]
    [InlineData("G1")]
    [InlineData("A0")]
    [InlineData("A7")]
    [InlineData("1A")]
    [InlineData("A12")]
    [InlineData(" A1")]
    [InlineData("A1 ")]
    [InlineData("A-1")]
    public void Parse_IllFormed_ThrowsFormatException(string text)
    {
        Assert.False(AdmiraltyGrade.TryParse(text, out var grade));
        Assert.Equal(default, grade);
        var exception = Assert.Throws<FormatException>(() => AdmiraltyGrade.Parse(text));
        Assert.Contains("An Admiralty grade is a letter A–F followed by a digit 1–6, such as 'B2'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullExceptionAndTryParseIsFalse()
    {
        ArgumentAssert.ThrowsNull("text", () => AdmiraltyGrade.Parse(null!));
        Assert.False(AdmiraltyGrade.TryParse(null, out _));
    }

    [Fact]
    public void Constructor_UndefinedValue_ThrowsArgumentOutOfRangeException()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("reliability", "not a defined SourceReliability", () => new AdmiraltyGrade((SourceReliability)0, InformationCredibility.Confirmed));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("credibility", "not a defined InformationCredibility", () => new AdmiraltyGrade(SourceReliability.UsuallyReliable, (InformationCredibility)7));
    }

    [Fact]
    public void Equals_ComparesBothScales()
        => EqualityAssert.Complete(
            new AdmiraltyGrade(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue),
            AdmiraltyGrade.Parse("B2"),
            derived: [],
            ("Reliability", AdmiraltyGrade.Parse("C2")),
            ("Credibility", AdmiraltyGrade.Parse("B3")));

    [Fact]
    public void Default_IsUninitialisedAndPrintsEmpty()
    {
        Assert.Equal(string.Empty, default(AdmiraltyGrade).ToString());
        Assert.NotEqual(AdmiraltyGrade.Parse("A1"), default);
    }
}
