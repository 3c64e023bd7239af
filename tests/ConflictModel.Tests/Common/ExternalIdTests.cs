using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Common;

public sealed class ExternalIdTests
{
    [Fact]
    public void Schemes_AreTheDocumentedTokens()
    {
        Assert.Equal("wikidata", ExternalId.Wikidata);
        Assert.Equal("acled", ExternalId.Acled);
        Assert.Equal("ucdp", ExternalId.Ucdp);
        Assert.Equal("geonames", ExternalId.GeoNames);
    }

    [Theory]
    [InlineData("wikidata", "Q1350564")]
    [InlineData("acled", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("a", "1")]
    [InlineData("ucdp-v25", " kept as given ")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345", "x")]
    public void Constructor_Valid_KeepsSchemeAndValue(string scheme, string value)
    {
        var id = new ExternalId(scheme, value);

        Assert.Equal(scheme, id.Scheme);
        Assert.Equal(value, id.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Wikidata")]
    [InlineData("1wikidata")]
    [InlineData("-acled")]
    [InlineData("geo names")]
    [InlineData("geo_names")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public void Constructor_SchemeNotALowerCaseToken_ThrowsArgumentException(string text)
        => ArgumentAssert.Throws<ArgumentException>("scheme", "A scheme must be 1 to 32 lower-case ASCII letters", () => new ExternalId(text, "Q1"));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Constructor_BlankValue_ThrowsArgumentException(string blank)
        => ArgumentAssert.Throws<ArgumentException>("value", "must not be empty or consist only of white space", () => new ExternalId("wikidata", blank));

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        ArgumentAssert.ThrowsNull("scheme", () => new ExternalId(null!, "Q1"));
        ArgumentAssert.ThrowsNull("value", () => new ExternalId("wikidata", null!));
    }

    [Fact]
    public void Equals_ComparesSchemeAndValueOrdinally()
        => EqualityAssert.Complete(
            new ExternalId("wikidata", "Q1350564"),
            new ExternalId("wikidata", "Q1350564"),
            derived: [],
            ("Scheme", new ExternalId("geonames", "Q1350564")),
            ("Value", new ExternalId("wikidata", "q1350564")));

    [Fact]
    public void ToString_GivesSchemeAndValue()
        => Assert.Equal("wikidata:Q1350564", new ExternalId("wikidata", "Q1350564").ToString());
}
