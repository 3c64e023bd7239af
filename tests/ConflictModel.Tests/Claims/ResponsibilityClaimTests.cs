using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class ResponsibilityClaimTests
{
    [Fact]
    public void IsSelfClaimed_ResponsibleActorIsTheClaimant_IsTrue()
    {
        var p = ClaimParts.Default with { Claimant = Claimant.ByActor(new ActorId("jnim")) };

        Assert.True(Make(p).IsSelfClaimed);
    }

    [Fact]
    public void IsSelfClaimed_OtherClaimant_IsFalse()
    {
        Assert.False(Make(ClaimParts.Default).IsSelfClaimed);
        Assert.False(Make(ClaimParts.Default with { Claimant = Claimant.BySource(new SourceId("jnim")) }).IsSelfClaimed);
    }

    [Fact]
    public void Constructor_UninitialisedResponsible_ThrowsArgumentException()
    {
        var p = ClaimParts.Default;

        ArgumentAssert.Throws<ArgumentException>("responsible", "must be initialised", () => new ResponsibilityClaim(p.Id, p.Claimant, p.Subjects, default));
    }

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [nameof(ResponsibilityClaim.IsSelfClaimed)],
            ("Responsible", Make(ClaimParts.Default, new ActorId("isis-sahel"))));

    [Fact]
    public void ToString_GivesTheResponsibleActor()
        => Assert.Equal("claim-1: responsibility by actor:fama: jnim responsible", Make(ClaimParts.Default).ToString());

    private static ResponsibilityClaim Make(ClaimParts p, ActorId? responsible = null)
        => new ResponsibilityClaim(p.Id, p.Claimant, p.Subjects, responsible ?? new ActorId("jnim")).WithAttributions(p.Attributions).WithStatus(p.Status);
}
