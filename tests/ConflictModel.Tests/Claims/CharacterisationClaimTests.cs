using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class CharacterisationClaimTests
{
    [Fact]
    public void Constructor_Valid_KeepsTheWords()
        => Assert.Equal("coordinated and high quality", Make(ClaimParts.Default).Characterisation);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankCharacterisation_ThrowsArgumentException(string blank)
        => ArgumentAssert.Throws<ArgumentException>("characterisation", "must not be empty", () => Make(ClaimParts.Default, blank));

    [Fact]
    public void Constructor_NullCharacterisation_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("characterisation", () => Make(ClaimParts.Default, null!));

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [],
            ("Characterisation", Make(ClaimParts.Default, "Coordinated and high quality")));

    [Fact]
    public void ToString_QuotesTheWords()
        => Assert.Equal("claim-1: characterisation by actor:fama: \"coordinated and high quality\"", Make(ClaimParts.Default).ToString());

    private static CharacterisationClaim Make(ClaimParts p, string characterisation = "coordinated and high quality")
        => new CharacterisationClaim(p.Id, p.Claimant, p.Subjects, characterisation).WithAttributions(p.Attributions).WithStatus(p.Status);
}
