using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Common;

public sealed class EntityReferenceTests
{
    [Fact]
    public void To_EachReferableId_KeepsKindAndId()
    {
        Assert.Equal((EntityKind.Actor, "jnim"), Parts(EntityReference.To(new ActorId("jnim"))));
        Assert.Equal((EntityKind.Location, "kayes"), Parts(EntityReference.To(new LocationId("kayes"))));
        Assert.Equal((EntityKind.Engagement, "western-mali-attacks"), Parts(EntityReference.To(new EngagementId("western-mali-attacks"))));
        Assert.Equal((EntityKind.Source, "article"), Parts(EntityReference.To(new SourceId("article"))));
        Assert.Equal((EntityKind.Claim, "militants-neutralised"), Parts(EntityReference.To(new ClaimId("militants-neutralised"))));
    }

    [Fact]
    public void To_UninitialisedId_ThrowsArgumentException()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => EntityReference.To(default(ActorId)));
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => EntityReference.To(default(LocationId)));
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => EntityReference.To(default(EngagementId)));
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => EntityReference.To(default(SourceId)));
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => EntityReference.To(default(ClaimId)));
    }

    [Theory]
    [InlineData(EntityKind.Actor)]
    [InlineData(EntityKind.Location)]
    [InlineData(EntityKind.Engagement)]
    [InlineData(EntityKind.Source)]
    [InlineData(EntityKind.Claim)]
    public void Create_ReferableKind_IsAccepted(EntityKind kind)
        => Assert.Equal((kind, "x-1"), Parts(EntityReference.Create(kind, "x-1")));

    [Theory]
    [InlineData(EntityKind.Attribution)]
    [InlineData(EntityKind.Mention)]
    [InlineData((EntityKind)0)]
    [InlineData((EntityKind)8)]
    public void Create_KindThatCannotBeReferredTo_ThrowsArgumentOutOfRangeException(EntityKind refused)
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("kind", "A reference can name an actor, location, engagement, source or claim.", () => EntityReference.Create(refused, "x"));

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading")]
    public void Create_IllFormedId_ThrowsArgumentExceptionNamingId(string text)
        => ArgumentAssert.Throws<ArgumentException>("id", "An id must be", () => EntityReference.Create(EntityKind.Actor, text));

    [Fact]
    public void Create_NullId_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("id", () => EntityReference.Create(EntityKind.Actor, null!));

    [Fact]
    public void Equals_ComparesKindAndId()
        => EqualityAssert.Complete(
            EntityReference.To(new ActorId("kayes")),
            EntityReference.Create(EntityKind.Actor, "kayes"),
            derived: [],
            ("Kind", EntityReference.To(new LocationId("kayes"))),
            ("Id", EntityReference.To(new ActorId("Kayes"))));

    [Fact]
    public void ToString_GivesKindAndId()
    {
        Assert.Equal("Engagement:western-mali-attacks", EntityReference.To(new EngagementId("western-mali-attacks")).ToString());
        Assert.Equal(string.Empty, default(EntityReference).ToString());
    }

    private static (EntityKind, string) Parts(EntityReference reference) => (reference.Kind, reference.Id);
}
