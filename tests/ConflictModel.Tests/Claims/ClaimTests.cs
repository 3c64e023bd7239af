using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

/// <summary>What every kind of claim inherits from <see cref="Claim"/>: its shared members and invariants.</summary>
public sealed class ClaimTests
{
    [Theory]
    [MemberData(nameof(ClaimParts.AllKinds), MemberType = typeof(ClaimParts))]
    public void Constructor_EachKind_KeepsSharedMembersAndKind(ClaimKind kind)
    {
        var claim = ClaimParts.Make(kind, ClaimParts.Default);

        Assert.Equal(kind, claim.Kind);
        Assert.Equal(new ClaimId("claim-1"), claim.Id);
        Assert.Equal(Claimant.ByActor(new ActorId("fama")), claim.Claimant);
        Assert.Equal<EntityReference>([EntityReference.To(new EngagementId("western-mali-attacks"))], claim.Subjects);
        Assert.Equal<AttributionId>([new AttributionId("army-tv-statement")], claim.Attributions);
        Assert.Equal(ClaimStatus.Asserted, claim.Status);
    }

    [Theory]
    [MemberData(nameof(ClaimParts.AllKinds), MemberType = typeof(ClaimParts))]
    public void Constructor_EachKindWithoutSubjects_ThrowsArgumentException(ClaimKind kind)
    {
        ArgumentAssert.Throws<ArgumentException>("subjects", "The collection must contain at least one item.", () => ClaimParts.Make(kind, ClaimParts.Default with { Subjects = [] }));
        ArgumentAssert.Throws<ArgumentException>("subjects", "The collection must contain at least one item.", () => ClaimParts.Make(kind, ClaimParts.Default with { Subjects = default }));
    }

    [Theory]
    [MemberData(nameof(ClaimParts.AllKinds), MemberType = typeof(ClaimParts))]
    public void Constructor_EachKindWithBadSharedMember_ThrowsNamingIt(ClaimKind kind)
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => ClaimParts.Make(kind, ClaimParts.Default with { Id = default }));
        ArgumentAssert.ThrowsNull("claimant", () => ClaimParts.Make(kind, ClaimParts.Default with { Claimant = null! }));
        ArgumentAssert.Throws<ArgumentException>("subjects", "the item at index 0 is the default value", () => ClaimParts.Make(kind, ClaimParts.Default with { Subjects = [default] }));
        ArgumentAssert.Throws<ArgumentException>("attributions", "the item at index 1 is the default value", () => ClaimParts.Make(kind, ClaimParts.Default with { Attributions = [new AttributionId("a"), default] }));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("status", "not a defined ClaimStatus", () => ClaimParts.Make(kind, ClaimParts.Default with { Status = (ClaimStatus)6 }));
    }

    [Theory]
    [MemberData(nameof(ClaimParts.AllKinds), MemberType = typeof(ClaimParts))]
    public void Constructor_EachKindWithoutAttributions_DefaultsToEmpty(ClaimKind kind)
    {
        var claim = ClaimParts.Make(kind, ClaimParts.Default with { Attributions = default });

        Assert.Equal(kind, claim.Kind);
        ImmutableArrayAssert.EmptyNotDefault(claim.Attributions);
    }

    [Fact]
    public void Equals_ClaimsOfDifferentKindsWithTheSameSharedMembers_AreNotEqual()
    {
        var claims = Array.ConvertAll(Enum.GetValues<ClaimKind>(), kind => ClaimParts.Make(kind, ClaimParts.Default));

        for (var i = 0; i < claims.Length; i++)
        {
            for (var j = 0; j < claims.Length; j++)
            {
                Assert.Equal(i == j, claims[i].Equals(claims[j]));
                Assert.Equal(i == j, claims[i] == claims[j]);
            }
        }
    }

    [Fact]
    public void Kinds_AreExactlyTheEightSubclasses()
        => Assert.Equal(8, Enum.GetValues<ClaimKind>().Length);
}
