using System;
using System.Collections.Immutable;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class MaterielClaimTests
{
    [Fact]
    public void Constructor_Valid_KeepsActionItemsAndActors()
    {
        var claim = Make(ClaimParts.Default);

        Assert.Equal(ClaimKind.Materiel, claim.Kind);
        Assert.Equal(MaterielAction.Recovered, claim.Action);
        Assert.Equal<MaterielItem>([new MaterielItem(MaterielCategory.Weapons, "weapons"), new MaterielItem(MaterielCategory.Motorcycles, "motorcycles")], claim.Items);
        Assert.Equal(new ActorId("fama"), claim.Taker);
        Assert.Equal(new ActorId("jnim"), claim.From);
    }

    [Fact]
    public void Constructor_WithoutItems_ThrowsArgumentException()
    {
        var p = ClaimParts.Default;

        ArgumentAssert.Throws<ArgumentException>("items", "The collection must contain at least one item.", () => new MaterielClaim(p.Id, p.Claimant, p.Subjects, MaterielAction.Seized, []));
        ArgumentAssert.Throws<ArgumentException>("items", "The collection must contain at least one item.", () => new MaterielClaim(p.Id, p.Claimant, p.Subjects, MaterielAction.Seized, default));
    }

    [Fact]
    public void Constructor_BadOwnMembers_AreRefusedNamingTheArgument()
    {
        var p = ClaimParts.Default;
        ImmutableArray<MaterielItem> weapons = [new MaterielItem(MaterielCategory.Weapons)];

        ArgumentAssert.Throws<ArgumentOutOfRangeException>("action", "not a defined MaterielAction", () => new MaterielClaim(p.Id, p.Claimant, p.Subjects, (MaterielAction)0, weapons));
        ArgumentAssert.Throws<ArgumentException>("items", "the item at index 1 is null", () => new MaterielClaim(p.Id, p.Claimant, p.Subjects, MaterielAction.Seized, [new MaterielItem(MaterielCategory.Weapons), null!]));
        ArgumentAssert.Throws<ArgumentException>("taker", "must be initialised", () => new MaterielClaim(p.Id, p.Claimant, p.Subjects, MaterielAction.Seized, weapons).WithTaker(default(ActorId)));
        ArgumentAssert.Throws<ArgumentException>("from", "must be initialised", () => new MaterielClaim(p.Id, p.Claimant, p.Subjects, MaterielAction.Seized, weapons).WithFrom(default(ActorId)));
    }

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [],
            ("Action", Make(ClaimParts.Default, MaterielAction.Seized)),
            ("Items", Make(ClaimParts.Default, items: [new MaterielItem(MaterielCategory.Weapons, "weapons")])),
            ("Items order", Make(ClaimParts.Default, items: [new MaterielItem(MaterielCategory.Motorcycles, "motorcycles"), new MaterielItem(MaterielCategory.Weapons, "weapons")])),
            ("Taker", Make(ClaimParts.Default, taker: new ActorId("jnim"))),
            ("From", Make(ClaimParts.Default, from: new ActorId("jihadist-fighters"))));

    [Fact]
    public void ToString_GivesActionAndItems()
        => Assert.Equal("claim-1: materiel by actor:fama: recovered weapons, motorcycles", Make(ClaimParts.Default).ToString());

    private static MaterielClaim Make(ClaimParts p, MaterielAction action = MaterielAction.Recovered, ImmutableArray<MaterielItem>? items = null, ActorId? taker = null, ActorId? from = null)
        => new MaterielClaim(
            p.Id,
            p.Claimant,
            p.Subjects,
            action,
            items ?? [new MaterielItem(MaterielCategory.Weapons, "weapons"), new MaterielItem(MaterielCategory.Motorcycles, "motorcycles")])
        .WithTaker(taker ?? new ActorId("fama"))
        .WithFrom(from ?? new ActorId("jnim"))
        .WithAttributions(p.Attributions)
        .WithStatus(p.Status);
}
