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
    private protected abstract EntityKind ExpectedKind { get; }

    [Theory]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("jnim")]
    [InlineData("malian-armed-forces")]
    [InlineData("acled:MLI12345")]
    [InlineData("site_1.kayes")]
    [InlineData("A-B_C.D:E")]
    public void Create_WellFormed_KeepsTextAndKind(string text)
    {
        var id = TId.Create(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.Equal(ExpectedKind, id.Kind);
    }

    [Fact]
    public void Create_128Characters_IsAccepted()
    {
        var text = new string('a', 128);

        Assert.Equal(text, TId.Create(text).Value);
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
    public void Create_IllFormed_ThrowsArgumentExceptionNamingValue(string text)
        => ArgumentAssert.Throws<ArgumentException>("value", "An id must be 1 to 128 characters", () => TId.Create(text));

    [Fact]
    public void Create_129Characters_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("value", "1 to 128 characters", () => TId.Create(new string('a', 129)));

    [Fact]
    public void Create_Null_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("value", () => TId.Create(null!));

    [Fact]
    public void Equals_ComparesTextOrdinally()
    {
        EqualityAssert.Complete(
            TId.Create("jnim"),
            TId.Create(string.Concat("jn", "im")),
            derived: [nameof(IEntityId.Kind)],
            ("Value", TId.Create("JNIM")),
            ("Value other text", TId.Create("jnim2")));
    }

    [Fact]
    public void Default_IsUninitialised()
    {
        var id = default(TId);

        Assert.Equal(string.Empty, id.Value);
        Assert.Equal(default, id);
        Assert.Equal(default(TId).GetHashCode(), id.GetHashCode());
        Assert.Equal(string.Empty, id.ToString());
        Assert.NotEqual(TId.Create("a"), id);
        Assert.Equal(ExpectedKind, id.Kind);
    }
}
