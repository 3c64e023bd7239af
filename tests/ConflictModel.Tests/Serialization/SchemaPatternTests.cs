using System.Text.RegularExpressions;
using CsCheck;

namespace ConflictModel.Tests.Serialization;

/// <summary>The schema's language-tag pattern, an ECMA-262 regex, accepts exactly the tags the model accepts.</summary>
public sealed class SchemaPatternTests
{
    private static readonly Regex Pattern = new(LanguageTagConverter.Pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("en", true)]
    [InlineData("EN", true)]
    [InlineData("fr-ML", true)]
    [InlineData("ar-Latn-EG", true)]
    [InlineData("zh-cmn-Hans-CN", true)]
    [InlineData("sl-rozaj-biske", true)]
    [InlineData("de-CH-1901", true)]
    [InlineData("en-US-u-islamcal", true)]
    [InlineData("x-whatever", true)]
    [InlineData("X-Whatever", true)]
    [InlineData("en-a-bbb-x-a-ccc", true)]
    [InlineData("en_GB", false)]
    [InlineData("e", false)]
    [InlineData("en-", false)]
    [InlineData("abcdefghi", false)]
    [InlineData("en-x", false)]
    [InlineData("1en", false)]
    [InlineData("i-klingon", false)]
    [InlineData("en\u212A", false)]
    public void Pattern_AgreesWithTheModel(string tag, bool wellFormed)
    {
        Assert.Equal(wellFormed, LanguageTag.TryParse(tag, out _));
        Assert.Equal(wellFormed, Pattern.IsMatch(tag));
    }

    [Fact]
    public void Pattern_AgreesWithTheModel_OnGeneratedText()
    {
        Gen.String[Gen.Char["aAbBxXzZ019-_"], 1, 24].Sample(
            text => Assert.True(LanguageTag.TryParse(text, out _) == Pattern.IsMatch(text), text),
            iter: 20_000);
    }
}
