namespace ConflictModel.Tests.Validation;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("claims", "claims")]
    [InlineData("a/b", "a~1b")]
    [InlineData("m~n", "m~0n")]
    [InlineData("~/", "~0~1")]
    [InlineData("", "")]
    public void EscapeToken_Token_EscapesTildeThenSlash(string token, string expected) => Assert.Equal(expected, JsonPointer.EscapeToken(token));

    [Fact]
    public void Combine_PropertiesAndIndexes_BuildsPointer()
    {
        var path = JsonPointer.Combine(JsonPointer.Combine(JsonPointer.Combine(JsonPointer.Root, "engagements"), 3), "a/b");

        Assert.Equal("/engagements/3/a~1b", path);
    }

    [Fact]
    public void Combine_NegativeIndex_Throws() => Assert.Throws<System.ArgumentOutOfRangeException>(() => JsonPointer.Combine("/claims", -1));

    [Theory]
    [InlineData("", true)]
    [InlineData("/", true)]
    [InlineData("/claims/0/claimant", true)]
    [InlineData("/a~0b/c~1d", true)]
    [InlineData("claims/0", false)]
    [InlineData("/a~2", false)]
    [InlineData("/a~", false)]
    [InlineData(null, false)]
    public void IsWellFormed_Text_FollowsRfc6901(string? text, bool expected) => Assert.Equal(expected, JsonPointer.IsWellFormed(text));

    [Theory]
    [InlineData(EntityKind.Source, 0, "/sources/0")]
    [InlineData(EntityKind.Actor, 1, "/actors/1")]
    [InlineData(EntityKind.Location, 2, "/locations/2")]
    [InlineData(EntityKind.Engagement, 3, "/engagements/3")]
    [InlineData(EntityKind.Claim, 4, "/claims/4")]
    [InlineData(EntityKind.Attribution, 5, "/attributions/5")]
    [InlineData(EntityKind.Mention, 6, "/mentions/6")]
    public void ElementPath_Kind_UsesTheJsonCollectionName(EntityKind kind, int index, string expected)
        => Assert.Equal(expected, ReportValidationContext.ElementPath(kind, index));
}
