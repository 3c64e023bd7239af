using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Actors;

public sealed class AffiliationTests
{
    private static readonly AttributionId StatedByArticle = new("jnim-affiliate-of-al-qaeda");

    [Fact]
    public void Constructor_Valid_KeepsKindAndTarget()
    {
        var affiliation = new Affiliation(AffiliationKind.SpokespersonOf, new ActorId("malian-armed-forces"));

        Assert.Equal(AffiliationKind.SpokespersonOf, affiliation.Kind);
        Assert.Equal(new ActorId("malian-armed-forces"), affiliation.Target);
    }

    [Fact]
    public void Constructor_WithoutAttributions_HasEmptyNotDefaultAttributions()
        => ImmutableArrayAssert.EmptyNotDefault(new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).Attributions);

    [Fact]
    public void Constructor_WithAttributions_KeepsThemInOrder()
    {
        var affiliation = new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([StatedByArticle, new AttributionId("lede-responsibility")]);

        Assert.Equal<AttributionId>([StatedByArticle, new AttributionId("lede-responsibility")], affiliation.Attributions);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("kind", "not a defined AffiliationKind", () => new Affiliation((AffiliationKind)7, new ActorId("x")));
        ArgumentAssert.Throws<ArgumentException>("target", "must be initialised", () => new Affiliation(AffiliationKind.MemberOf, default));
        ArgumentAssert.Throws<ArgumentException>("attributions", "the item at index 1 is the default value", () => new Affiliation(AffiliationKind.MemberOf, new ActorId("x")).WithAttributions([StatedByArticle, default]));
    }

    [Fact]
    public void Equals_ComparesKindTargetAndAttributions()
        => EqualityAssert.Complete(
            new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([StatedByArticle]),
            new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([new AttributionId("jnim-affiliate-of-al-qaeda")]),
            derived: [],
            ("Kind", new Affiliation(AffiliationKind.AllyOf, new ActorId("al-qaeda")).WithAttributions([StatedByArticle])),
            ("Target", new Affiliation(AffiliationKind.AffiliateOf, new ActorId("isis")).WithAttributions([StatedByArticle])),
            ("Attributions", new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda"))),
            ("Attributions other id", new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([new AttributionId("lede-responsibility")])),
            ("Attributions one more", new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([StatedByArticle, new AttributionId("lede-responsibility")])));

    [Fact]
    public void ToString_GivesKindAndTarget()
        => Assert.Equal("affiliate of al-qaeda", new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([StatedByArticle]).ToString());
}
