using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Common;

/// <summary>
/// The tests every typed id passes (the rule lives in one place, <c>EntityIdRules</c>). Each id has a
/// sealed test class in its own folder that derives from this one and names its kind.
/// </summary>
/// <typeparam name="TId">The id type.</typeparam>
public abstract class EntityIdContract<TId>
    where TId : struct, IEntityId<TId>
{
    private const string Rule = "An id must be 1 to 128 characters of ASCII letters, digits, '-', '_', '.' or ':', starting with a letter or digit";

    private protected abstract EntityKind ExpectedKind { get; }

    /// <summary>Calls the id's constructor (the contract's other tests go through <see cref="ISpanParsable{TSelf}"/>).</summary>
    private protected abstract TId Construct(string value);

    [Theory]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("jnim")]
    [InlineData("malian-armed-forces")]
    [InlineData("acled:MLI12345")]
    [InlineData("site_1.kayes")]
    [InlineData("A-B_C.D:E")]
    public void Constructor_WellFormed_KeepsTextAndKind(string text)
    {
        var id = Construct(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.Equal(ExpectedKind, id.Kind);
    }

    [Fact]
    public void Constructor_128Characters_IsAccepted()
    {
        var text = new string('a', 128);

        Assert.Equal(text, Construct(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-jnim")]
    [InlineData("_jnim")]
    [InlineData(".jnim")]
    [InlineData(":jnim")]
    [InlineData("jnim attack")]
    [InlineData(" jnim")]
    [InlineData("jnim\n")]
    [InlineData("jnim/kayes")]
    [InlineData("jnim#1")]
    [InlineData("kayès")]
    [InlineData("ﬁ")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789-_.:ABCDEFGH!")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789\u0130abcdefgh")]
    public void Constructor_IllFormed_ThrowsArgumentExceptionNamingValue(string text)
        => ArgumentAssert.Throws<ArgumentException>("value", "An id must be 1 to 128 characters", () => Construct(text));

    [Fact]
    public void Constructor_129Characters_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("value", "1 to 128 characters", () => Construct(new string('a', 129)));

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("value", () => Construct(null!));

    [Fact]
    public void Equals_ComparesTextOrdinally()
    {
        EqualityAssert.Complete(
            Construct("jnim"),
            Construct(string.Concat("jn", "im")),
            derived: [nameof(IEntityId.Kind)],
            ("Value", Construct("JNIM")),
            ("Value other text", Construct("jnim2")));
    }

    [Fact]
    public void Default_IsUninitialised()
    {
        var id = default(TId);

        Assert.Equal(string.Empty, id.Value);
        Assert.Equal(default, id);
        Assert.Equal(default(TId).GetHashCode(), id.GetHashCode());
        Assert.Equal(string.Empty, id.ToString());
        Assert.NotEqual(Construct("a"), id);
        Assert.Equal(ExpectedKind, id.Kind);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("jnim")]
    [InlineData("acled:MLI12345")]
    [InlineData("A-B_C.D:E")]
    public void Parse_WellFormed_GivesTheConstructorsId(string text)
        => ParsableAssert.Parses(text, Construct(text));

    [Fact]
    public void Parse_128Characters_IsAccepted()
        => ParsableAssert.Parses(new string('a', 128), Construct(new string('a', 128)));

    [Theory]
    [InlineData("", "")]
    [InlineData("-jnim", "-jnim")]
    [InlineData("jnim attack", "jnim attack")]
    [InlineData("jnim\n", @"jnim\n")]
    [InlineData("kayès", "kayès")]
    public void Parse_IllFormed_ThrowsFormatExceptionQuotingTheText(string text, string quoted)
        => ParsableAssert.Refuses<TId>(text, Rule, quoted);

    [Fact]
    public void Parse_129Characters_IsRefused()
        => ParsableAssert.Refuses<TId>(new string('a', 129), Rule, new string('a', 40) + "…");

    [Fact]
    public void Parse_LongText_QuotesAtMost40Characters()
        => ParsableAssert.RefusesLongTextWithBoundedQuote<TId>("bad id ", Rule);

    [Fact]
    public void Parse_Null_ThrowsArgumentNullExceptionAndTryParseReturnsFalse()
        => ParsableAssert.RefusesNull<TId>();
}
