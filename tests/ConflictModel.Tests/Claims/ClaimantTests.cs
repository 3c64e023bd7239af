using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class ClaimantTests
{
    [Fact]
    public void ByActor_SetsOnlyTheActor()
    {
        var claimant = Claimant.ByActor(new ActorId("fama"));

        Assert.Equal(new ActorId("fama"), claimant.Actor);
        Assert.Null(claimant.Source);
    }

    [Fact]
    public void BySource_SetsOnlyTheSource()
    {
        var claimant = Claimant.BySource(new SourceId("article"));

        Assert.Equal(new SourceId("article"), claimant.Source);
        Assert.Null(claimant.Actor);
    }

    [Fact]
    public void Create_ExactlyOnePart_EqualsTheNamedFactory()
    {
        Assert.Equal(Claimant.ByActor(new ActorId("fama")), Claimant.Create(new ActorId("fama"), null));
        Assert.Equal(Claimant.BySource(new SourceId("article")), Claimant.Create(null, new SourceId("article")));
    }

    [Fact]
    public void Create_BothOrNeither_ThrowsArgumentException()
    {
        ArgumentAssert.Throws<ArgumentException>("actor", "A claimant is either an actor or a source, exactly one of the two.", () => Claimant.Create(new ActorId("fama"), new SourceId("article")));
        ArgumentAssert.Throws<ArgumentException>("actor", "A claimant is either an actor or a source, exactly one of the two.", () => Claimant.Create(null, null));
    }

    [Fact]
    public void Factories_UninitialisedId_ThrowArgumentException()
    {
        ArgumentAssert.Throws<ArgumentException>("actor", "must be initialised", () => Claimant.ByActor(default));
        ArgumentAssert.Throws<ArgumentException>("source", "must be initialised", () => Claimant.BySource(default));
        ArgumentAssert.Throws<ArgumentException>("actor", "must be initialised", () => Claimant.Create(default(ActorId), null));
        ArgumentAssert.Throws<ArgumentException>("source", "must be initialised", () => Claimant.Create(null, default(SourceId)));
    }

    [Fact]
    public void Equals_ByActor_ComparesTheActor()
        => EqualityAssert.Complete(
            Claimant.ByActor(new ActorId("fama")),
            Claimant.Create(new ActorId("fama"), null),
            derived: [],
            ("Actor", Claimant.ByActor(new ActorId("jnim"))),
            ("Actor+Source", Claimant.BySource(new SourceId("fama"))));

    [Fact]
    public void Equals_BySource_ComparesTheSource()
        => EqualityAssert.Complete(
            Claimant.BySource(new SourceId("article")),
            Claimant.Create(null, new SourceId("article")),
            derived: [nameof(Claimant.Actor)],
            ("Source", Claimant.BySource(new SourceId("other-article"))));

    [Fact]
    public void ToString_GivesTheKindOfClaimantAndItsId()
    {
        Assert.Equal("actor:fama", Claimant.ByActor(new ActorId("fama")).ToString());
        Assert.Equal("source:article", Claimant.BySource(new SourceId("article")).ToString());
    }
}
