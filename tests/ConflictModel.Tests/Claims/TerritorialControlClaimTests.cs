using System;
using System.Collections.Immutable;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class TerritorialControlClaimTests
{
    private static readonly CountEstimate ThreeBarracks = CountEstimate.Exactly(3).WithCounted("army barracks").WithWording("three");

    [Fact]
    public void Constructor_CountedPlaces_KeepsTheExtent()
    {
        var p = ClaimParts.Default;
        var claim = new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("jnim"), ControlChange.Seized, [], ThreeBarracks);

        Assert.Equal(ClaimKind.TerritorialControl, claim.Kind);
        Assert.Equal(new ActorId("jnim"), claim.Controller);
        Assert.Equal(ControlChange.Seized, claim.Change);
        ImmutableArrayAssert.EmptyNotDefault(claim.Places);
        Assert.Equal(ThreeBarracks, claim.Extent);
    }

    [Fact]
    public void Constructor_NamedPlacesWithoutExtent_IsAccepted()
    {
        var p = ClaimParts.Default;
        var claim = new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("fama"), ControlChange.Held, [new LocationId("kayes")], null);

        Assert.Equal<LocationId>([new LocationId("kayes")], claim.Places);
        Assert.Null(claim.Extent);
    }

    [Fact]
    public void Constructor_NeitherPlacesNorExtent_ThrowsArgumentException()
    {
        var p = ClaimParts.Default;

        ArgumentAssert.Throws<ArgumentException>("places", "A territorial-control claim names its places, counts them, or both.", () => new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("jnim"), ControlChange.Seized, [], null));
        ArgumentAssert.Throws<ArgumentException>("places", "names its places, counts them, or both", () => new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("jnim"), ControlChange.Seized, [], null));
    }

    [Fact]
    public void Constructor_BadOwnMembers_AreRefusedNamingTheArgument()
    {
        var p = ClaimParts.Default;

        ArgumentAssert.Throws<ArgumentException>("controller", "must be initialised", () => new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, default, ControlChange.Seized, [], ThreeBarracks));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("change", "not a defined ControlChange", () => new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("jnim"), (ControlChange)6, [], ThreeBarracks));
        ArgumentAssert.Throws<ArgumentException>("places", "the item at index 0 is the default value", () => new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("jnim"), ControlChange.Seized, [default], null));
    }

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [],
            ("Controller", Make(ClaimParts.Default, controller: new ActorId("fama"))),
            ("Change", Make(ClaimParts.Default, change: ControlChange.Lost)),
            ("Places", Make(ClaimParts.Default, places: [new LocationId("kayes-barracks")])),
            ("Places order", Make(ClaimParts.Default, places: [new LocationId("diboli-post"), new LocationId("kayes-barracks")])),
            ("Extent", Make(ClaimParts.Default, extent: CountEstimate.AtLeast(3).WithCounted("army barracks").WithWording("three"))));

    [Fact]
    public void ToString_GivesTheExtentOrThePlaces()
    {
        var p = ClaimParts.Default;

        Assert.Equal("claim-1: territorial control by actor:fama: jnim seized 3 army barracks", Make(p).ToString());
        Assert.Equal("claim-1: territorial control by actor:fama: fama held kayes, diboli", new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("fama"), ControlChange.Held, [new LocationId("kayes"), new LocationId("diboli")], null).ToString());
    }

    private static TerritorialControlClaim Make(ClaimParts p, ActorId? controller = null, ControlChange change = ControlChange.Seized, ImmutableArray<LocationId>? places = null, CountEstimate? extent = null)
        => new TerritorialControlClaim(
            p.Id,
            p.Claimant,
            p.Subjects,
            controller ?? new ActorId("jnim"),
            change,
            places ?? [new LocationId("kayes-barracks"), new LocationId("diboli-post")],
            extent ?? CountEstimate.Exactly(3).WithCounted("army barracks").WithWording("three"))
        .WithAttributions(p.Attributions)
        .WithStatus(p.Status);
}
