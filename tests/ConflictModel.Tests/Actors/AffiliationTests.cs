using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Actors;

public sealed class AffiliationTests
{
    [Fact]
    public void Constructor_Valid_KeepsKindAndTarget()
    {
        var affiliation = new Affiliation(AffiliationKind.SpokespersonOf, new ActorId("malian-armed-forces"));

        Assert.Equal(AffiliationKind.SpokespersonOf, affiliation.Kind);
        Assert.Equal(new ActorId("malian-armed-forces"), affiliation.Target);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("kind", "not a defined AffiliationKind", () => new Affiliation((AffiliationKind)7, new ActorId("x")));
        ArgumentAssert.Throws<ArgumentException>("target", "must be initialised", () => new Affiliation(AffiliationKind.MemberOf, default));
    }

    [Fact]
    public void Equals_ComparesKindAndTarget()
        => EqualityAssert.Complete(
            new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")),
            new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")),
            derived: [],
            ("Kind", new Affiliation(AffiliationKind.AllyOf, new ActorId("al-qaeda"))),
            ("Target", new Affiliation(AffiliationKind.AffiliateOf, new ActorId("isis"))));

    [Fact]
    public void ToString_GivesKindAndTarget()
        => Assert.Equal("AffiliateOf al-qaeda", new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).ToString());
}
