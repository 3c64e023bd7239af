using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class OutcomeClaimTests
{
    [Fact]
    public void Constructor_Valid_KeepsOutcomeAndPrevailingActor()
    {
        var claim = Make(ClaimParts.Default);

        Assert.Equal(ClaimKind.Outcome, claim.Kind);
        Assert.Equal(EngagementOutcome.Repelled, claim.Outcome);
        Assert.Equal(new ActorId("fama"), claim.Prevailing);
    }

    [Fact]
    public void Constructor_BadOwnMembers_AreRefusedNamingTheArgument()
    {
        var p = ClaimParts.Default;

        ArgumentAssert.Throws<ArgumentOutOfRangeException>("outcome", "not a defined EngagementOutcome", () => new OutcomeClaim(p.Id, p.Claimant, p.Subjects, (EngagementOutcome)5));
        ArgumentAssert.Throws<ArgumentException>("prevailing", "must be initialised", () => new OutcomeClaim(p.Id, p.Claimant, p.Subjects, EngagementOutcome.Repelled).WithPrevailing(default(ActorId)));
    }

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [],
            ("Outcome", Make(ClaimParts.Default, EngagementOutcome.Inconclusive)),
            ("Prevailing", Make(ClaimParts.Default, prevailing: new ActorId("jnim"))));

    [Fact]
    public void ToString_GivesOutcomeAndPrevailingActor()
    {
        var p = ClaimParts.Default;

        Assert.Equal("claim-1: outcome by actor:fama: repelled (fama prevailed)", Make(p).ToString());
        Assert.Equal("claim-1: outcome by actor:fama: succeeded", new OutcomeClaim(p.Id, p.Claimant, p.Subjects, EngagementOutcome.Succeeded).ToString());
    }

    private static OutcomeClaim Make(ClaimParts p, EngagementOutcome outcome = EngagementOutcome.Repelled, ActorId? prevailing = null)
        => new OutcomeClaim(p.Id, p.Claimant, p.Subjects, outcome).WithPrevailing(prevailing ?? new ActorId("fama")).WithAttributions(p.Attributions).WithStatus(p.Status);
}
