using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Text;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("bm")]
    [InlineData("fra")]
    [InlineData("fr-ML")]
    [InlineData("ar-Latn")]
    [InlineData("zh-Hant-TW")]
    [InlineData("es-419")]
    [InlineData("sr-Latn-RS")]
    [InlineData("de-CH-1901")]
    [InlineData("x-private")]
    [InlineData("en-US-x-twain")]
    [InlineData("x-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh")]
    public void Constructor_WellFormedInCanonicalCase_KeepsTheTagAsGiven(string tag)
    {
        Assert.True(LanguageTag.TryParse(tag, out _));
        Assert.Equal(tag, new LanguageTag(tag).Value);
        Assert.Equal(tag, new LanguageTag(tag).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english1")]
    [InlineData("en--US")]
    [InlineData("-en")]
    [InlineData("en-")]
    [InlineData("en_US")]
    [InlineData("en US")]
    [InlineData("12")]
    [InlineData("ab1")]
    [InlineData("\u00e9\u00e9")]
    [InlineData("x")]
    [InlineData("abcdefghi")]
    [InlineData("x-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-a")]
    public void Constructor_IllFormed_ThrowsArgumentException(string tag)
    {
        Assert.False(LanguageTag.TryParse(tag, out _));
        ArgumentAssert.Throws<ArgumentException>("value", "must be a well-formed BCP 47 language tag", () => new LanguageTag(tag));
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.False(LanguageTag.TryParse(null, out _));
        ArgumentAssert.ThrowsNull("value", () => new LanguageTag(null!));
    }

    [Theory]
    [InlineData("EN", "en")]
    [InlineData("Fra", "fra")]
    [InlineData("EN-us", "en-US")]
    [InlineData("fr-ml", "fr-ML")]
    [InlineData("AR-LATN", "ar-Latn")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("SR-latn-rs", "sr-Latn-RS")]
    [InlineData("ES-419", "es-419")]
    [InlineData("DE-ch-1901", "de-CH-1901")]
    [InlineData("ZH-YUE-hk", "zh-yue-HK")]
    [InlineData("EN-US-X-TWAIN", "en-US-x-twain")]
    [InlineData("en-A-BBBB-CC", "en-a-bbbb-cc")]
    [InlineData("X-PRIV-AB", "x-priv-ab")]
    [InlineData("SR-CYRL", "sr-Cyrl")]
    public void Constructor_AnyCase_KeepsTheBcp47CanonicalCase(string given, string canonical)
    {
        var tag = new LanguageTag(given);

        Assert.Equal(canonical, tag.Value);
        Assert.Equal(canonical, tag.ToString());
    }

    [Fact]
    public void Serialize_EqualReportsWithTagsInDifferentCase_WriteTheSameBytes()
    {
        static ConflictReport With(string tag) => new(sources: [new Source(new SourceId("s"), SourceKind.NewsArticle, language: new LanguageTag(tag))]);

        Assert.Equal(With("en"), With("EN"));
        Assert.Equal(ConflictJson.SerializeToUtf8Bytes(With("en")), ConflictJson.SerializeToUtf8Bytes(With("EN")));
    }

    [Fact]
    public void Constructor_LongIllFormedTag_QuotesItBounded()
    {
        var error = Assert.Throws<ArgumentException>(() => new LanguageTag(new string('e', 100_000) + "\n"));

        Assert.True(error.Message.Length < 300, error.Message);
        Assert.Contains("eeee…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_IgnoresCaseAndKeepsTheCanonicalCase()
    {
        var upper = new LanguageTag("FR-ml");

        EqualityAssert.Complete(
            new LanguageTag("fr-ML"),
            upper,
            derived: [nameof(LanguageTag.Language)],
            ("Value", new LanguageTag("fr-SN")),
            ("Value other language", new LanguageTag("fr")));
        Assert.Equal("fr-ML", upper.Value);
    }

    [Theory]
    [InlineData("fr-ML", "fr")]
    [InlineData("FR-ml", "fr")]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData("bm", "bm")]
    public void Language_GivesThePrimarySubtagLowerCased(string tag, string expected)
        => Assert.Equal(expected, new LanguageTag(tag).Language);

    [Fact]
    public void Constants_AreTheirTags()
    {
        Assert.Equal("en", LanguageTag.English.Value);
        Assert.Equal("fr", LanguageTag.French.Value);
        Assert.Equal("ar", LanguageTag.Arabic.Value);
    }

    [Fact]
    public void Default_IsUninitialised()
    {
        Assert.Equal(string.Empty, default(LanguageTag).Value);
        Assert.Equal(string.Empty, default(LanguageTag).ToString());
        Assert.NotEqual(LanguageTag.English, default);
    }

    private const string ParseRule = "A language tag must be well-formed BCP 47, such as 'en' or 'fr-ML'";

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-us", "en-US")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    public void Parse_WellFormed_KeepsTheCanonicalCase(string text, string canonical)
    {
        ParsableAssert.Parses(text, new LanguageTag(canonical));
        Assert.Equal(canonical, LanguageTag.Parse(text).Value);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("en_US", "en_US")]
    [InlineData("en\u212A", "en\u212A")]
    public void Parse_IllFormed_ThrowsFormatExceptionQuotingTheText(string text, string quoted)
        => ParsableAssert.Refuses<LanguageTag>(text, ParseRule, quoted);

    [Fact]
    public void Parse_LongText_QuotesAtMost40Characters()
        => ParsableAssert.RefusesLongTextWithBoundedQuote<LanguageTag>("en-", ParseRule);

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => ParsableAssert.RefusesNull<LanguageTag>();
}
