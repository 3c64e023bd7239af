using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class CasualtyClaimTests
{
    private static readonly CountEstimate MoreThan80 = CountEstimate.MoreThan(80).WithCounted("militants").WithWording("more than 80");

    [Fact]
    public void Constructor_Valid_KeepsTheCountAsReported()
    {
        var claim = Make(ClaimParts.Default);

        Assert.Equal(ClaimKind.Casualties, claim.Kind);
        Assert.Equal(MoreThan80, claim.Count);
        Assert.Equal(81, claim.Count.Low);
        Assert.Equal(CasualtyOutcome.Neutralised, claim.Outcome);
        Assert.Equal(new ActorId("jnim"), claim.Victims);
    }

    [Fact]
    public void Constructor_UndisclosedCountWithoutVictims_IsAccepted()
    {
        var claim = new CasualtyClaim(new ClaimId("c"), Claimant.BySource(new SourceId("article")), [EntityReference.To(new EngagementId("e"))], CountEstimate.Undisclosed, CasualtyOutcome.KilledOrWounded);

        Assert.Null(claim.Victims);
        Assert.Null(claim.Count.Low);
    }

    [Fact]
    public void Constructor_BadOwnMembers_AreRefusedNamingTheArgument()
    {
        var p = ClaimParts.Default;

        ArgumentAssert.ThrowsNull("count", () => new CasualtyClaim(p.Id, p.Claimant, p.Subjects, null!, CasualtyOutcome.Killed));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("outcome", "not a defined CasualtyOutcome", () => new CasualtyClaim(p.Id, p.Claimant, p.Subjects, MoreThan80, (CasualtyOutcome)9));
        ArgumentAssert.Throws<ArgumentException>("victims", "must be initialised", () => new CasualtyClaim(p.Id, p.Claimant, p.Subjects, MoreThan80, CasualtyOutcome.Killed).WithVictims(default(ActorId)));
    }

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [],
            ("Count", Make(ClaimParts.Default, count: CountEstimate.AtLeast(80).WithCounted("militants").WithWording("more than 80"))),
            ("Count wording", Make(ClaimParts.Default, count: CountEstimate.MoreThan(80).WithCounted("militants"))),
            ("Outcome", Make(ClaimParts.Default, outcome: CasualtyOutcome.Killed)),
            ("Victims", Make(ClaimParts.Default, victims: new ActorId("jihadist-fighters"))));

    [Fact]
    public void ToString_GivesIdKindClaimantAndValue()
        => Assert.Equal("claim-1: Casualties by actor:fama: more than 80 militants neutralised", Make(ClaimParts.Default).ToString());

    [Fact]
    public void ToString_OutcomeOfSeveralWords_WritesThemAsWords()
        => Assert.Equal(
            "claim-1: Casualties by actor:fama: at least 30 killed or wounded",
            new CasualtyClaim(ClaimParts.Default.Id, ClaimParts.Default.Claimant, ClaimParts.Default.Subjects, CountEstimate.AtLeast(30), CasualtyOutcome.KilledOrWounded).ToString());

    private static CasualtyClaim Make(ClaimParts p, CountEstimate? count = null, CasualtyOutcome outcome = CasualtyOutcome.Neutralised, ActorId? victims = null)
        => new CasualtyClaim(p.Id, p.Claimant, p.Subjects, count ?? CountEstimate.MoreThan(80).WithCounted("militants").WithWording("more than 80"), outcome).WithVictims(victims ?? new ActorId("jnim")).WithAttributions(p.Attributions).WithStatus(p.Status);
}
