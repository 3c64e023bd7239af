using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Locations;

public sealed class Iso3166CodeTests
{
    [Theory]
    [InlineData("ML", true)]
    [InlineData("SN", true)]
    [InlineData("ML-1", false)]
    [InlineData("ML-BKO", false)]
    [InlineData("GB-ENG", false)]
    [InlineData("FR-75C", false)]
    public void Constructor_WellFormed_KeepsTheCode(string code, bool isCountry)
    {
        var iso = new Iso3166Code(code);

        Assert.True(Iso3166Code.TryParse(code, out _));
        Assert.Equal(code, iso.Value);
        Assert.Equal(code, iso.ToString());
        Assert.Equal(isCountry, iso.IsCountry);
        Assert.Equal(!isCountry, iso.IsSubdivision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("M")]
    [InlineData("ml")]
    [InlineData("Ml")]
    [InlineData("MLI")]
    [InlineData("466")]
    [InlineData("12")]
    [InlineData("ML-")]
    [InlineData("ML-ABCD")]
    [InlineData("ML_1")]
    [InlineData("ML-1a")]
    [InlineData("ML 1")]
    [InlineData("ML--1")]
    [InlineData(" ML")]
    public void Constructor_IllFormed_ThrowsArgumentException(string code)
    {
        Assert.False(Iso3166Code.TryParse(code, out _));
        ArgumentAssert.Throws<ArgumentException>("value", "must be an ISO 3166-1 alpha-2 code ('ML') or an ISO 3166-2 code ('ML-1') in upper case", () => new Iso3166Code(code));
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.False(Iso3166Code.TryParse(null, out _));
        ArgumentAssert.ThrowsNull("value", () => new Iso3166Code(null!));
    }

    [Fact]
    public void Country_OfSubdivision_IsItsCountry()
    {
        Assert.Equal(new Iso3166Code("ML"), new Iso3166Code("ML-1").Country);
        Assert.Equal(new Iso3166Code("ML"), new Iso3166Code("ML").Country);
    }

    [Fact]
    public void Equals_ComparesTheCode()
        => EqualityAssert.Complete(
            new Iso3166Code("ML-1"),
            new Iso3166Code(string.Concat("ML", "-1")),
            derived: [nameof(Iso3166Code.IsCountry), nameof(Iso3166Code.IsSubdivision), nameof(Iso3166Code.Country)],
            ("Value", new Iso3166Code("ML-2")),
            ("Value country", new Iso3166Code("ML")));

    [Fact]
    public void Default_IsNeitherCountryNorSubdivision()
    {
        Assert.False(default(Iso3166Code).IsCountry);
        Assert.False(default(Iso3166Code).IsSubdivision);
        Assert.Equal(string.Empty, default(Iso3166Code).ToString());
    }

    private const string ParseRule = "An ISO 3166 code must be an alpha-2 code ('ML') or an ISO 3166-2 code ('ML-1') in upper case";

    [Theory]
    [InlineData("ML")]
    [InlineData("ML-1")]
    [InlineData("GB-ENG")]
    public void Parse_WellFormed_GivesTheCode(string text)
        => ParsableAssert.Parses(text, new Iso3166Code(text));

    [Theory]
    [InlineData("ml")]
    [InlineData("MLI")]
    [InlineData("ML-")]
    [InlineData("ML-ABCD")]
    public void Parse_IllFormed_ThrowsFormatExceptionQuotingTheText(string text)
        => ParsableAssert.Refuses<Iso3166Code>(text, ParseRule, text);

    [Fact]
    public void Parse_LongText_QuotesAtMost40Characters()
        => ParsableAssert.RefusesLongTextWithBoundedQuote<Iso3166Code>("ML-", ParseRule);

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => ParsableAssert.RefusesNull<Iso3166Code>();
}
