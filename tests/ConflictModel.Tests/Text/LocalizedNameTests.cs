using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Text;

public sealed class LocalizedNameTests
{
    [Fact]
    public void Constructor_Valid_KeepsTextAndLanguage()
    {
        var name = new LocalizedName("Jama'at Nusrat al-Islam wal Muslimin", new LanguageTag("ar-Latn"));

        Assert.Equal("Jama'at Nusrat al-Islam wal Muslimin", name.Text);
        Assert.Equal(new LanguageTag("ar-Latn"), name.Language);
        Assert.Null(new LocalizedName("JNIM").Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    public void Constructor_BlankText_ThrowsArgumentException(string blank)
        => ArgumentAssert.Throws<ArgumentException>("text", "must not be empty or consist only of white space", () => new LocalizedName(blank));

    [Fact]
    public void Constructor_BadArguments_AreRefused()
    {
        ArgumentAssert.ThrowsNull("text", () => new LocalizedName(null!));
        ArgumentAssert.Throws<ArgumentException>("language", "must be initialised", () => new LocalizedName("Kayes", default(LanguageTag)));
    }

    [Fact]
    public void Equals_ComparesTextOrdinallyAndLanguage()
        => EqualityAssert.Complete(
            new LocalizedName("Tombouctou", new LanguageTag("fr")),
            new LocalizedName("Tombouctou", new LanguageTag("FR")),
            derived: [],
            ("Text", new LocalizedName("tombouctou", new LanguageTag("fr"))),
            ("Language", new LocalizedName("Tombouctou", new LanguageTag("en"))),
            ("Language absent", new LocalizedName("Tombouctou")));

    [Fact]
    public void ToString_GivesLanguageInBracketsWhenKnown()
    {
        Assert.Equal("Kayes", new LocalizedName("Kayes").ToString());
        Assert.Equal("Tombouctou [fr]", new LocalizedName("Tombouctou", LanguageTag.French).ToString());
    }
}
