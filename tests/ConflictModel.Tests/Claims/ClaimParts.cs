using System;
using System.Collections.Immutable;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

/// <summary>
/// The members every claim shares, so that the tests of each kind vary them the same way. Each
/// read of <see cref="Default"/> builds new collections, so two claims made from it are separately built.
/// </summary>
internal sealed record ClaimParts(ClaimId Id, Claimant Claimant, ImmutableArray<EntityReference> Subjects, ImmutableArray<AttributionId> Attributions, ClaimStatus Status)
{
    public static ClaimParts Default => new(
        new ClaimId("claim-1"),
        Claimant.ByActor(new ActorId("fama")),
        [EntityReference.To(new EngagementId("western-mali-attacks"))],
        [new AttributionId("army-tv-statement")],
        ClaimStatus.Asserted);

    /// <summary>Every kind of claim, as theory data.</summary>
    public static TheoryData<ClaimKind> AllKinds => new(Enum.GetValues<ClaimKind>());

    /// <summary>Makes a claim of a kind from shared members, with valid kind-specific values.</summary>
    public static Claim Make(ClaimKind kind, ClaimParts p) => kind switch
    {
        ClaimKind.Casualties => new CasualtyClaim(p.Id, p.Claimant, p.Subjects, CountEstimate.MoreThan(80), CasualtyOutcome.Neutralised).WithAttributions(p.Attributions).WithStatus(p.Status),
        ClaimKind.TerritorialControl => new TerritorialControlClaim(p.Id, p.Claimant, p.Subjects, new ActorId("jnim"), ControlChange.Seized, [], CountEstimate.Exactly(3)).WithAttributions(p.Attributions).WithStatus(p.Status),
        ClaimKind.Responsibility => new ResponsibilityClaim(p.Id, p.Claimant, p.Subjects, new ActorId("jnim")).WithAttributions(p.Attributions).WithStatus(p.Status),
        ClaimKind.Outcome => new OutcomeClaim(p.Id, p.Claimant, p.Subjects, EngagementOutcome.Repelled).WithAttributions(p.Attributions).WithStatus(p.Status),
        ClaimKind.Materiel => new MaterielClaim(p.Id, p.Claimant, p.Subjects, MaterielAction.Recovered, [new MaterielItem(MaterielCategory.Weapons)]).WithAttributions(p.Attributions).WithStatus(p.Status),
        ClaimKind.Characterisation => new CharacterisationClaim(p.Id, p.Claimant, p.Subjects, "coordinated and high quality").WithAttributions(p.Attributions).WithStatus(p.Status),
        ClaimKind.Assessment => new AssessmentClaim(p.Id, p.Claimant, p.Subjects, "deeply troubling").WithAttributions(p.Attributions).WithStatus(p.Status),
        ClaimKind.Extent => new ExtentClaim(p.Id, p.Claimant, p.Subjects, CountEstimate.Exactly(7).WithCounted("towns")).WithAttributions(p.Attributions).WithStatus(p.Status),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No maker for this kind of claim; add one."),
    };

    /// <summary>
    /// Checks a kind's equality over the shared members (varied here) and its own members (the
    /// variants given, built from <see cref="Default"/>).
    /// </summary>
    public static void AssertEqualityComplete<T>(Func<ClaimParts, T> make, string[] derived, params (string Member, T Value)[] own)
        where T : Claim<T>
    {
        (string, T)[] shared =
        [
            ("Id", make(Default with { Id = new ClaimId("claim-2") })),
            ("Claimant", make(Default with { Claimant = Claimant.ByActor(new ActorId("jnim")) })),
            ("Claimant by source", make(Default with { Claimant = Claimant.BySource(new SourceId("article")) })),
            ("Subjects", make(Default with { Subjects = [EntityReference.To(new EngagementId("kayes-attack"))] })),
            ("Subjects kind", make(Default with { Subjects = [EntityReference.Create(EntityKind.Location, "western-mali-attacks")] })),
            ("Subjects more", make(Default with { Subjects = [EntityReference.To(new EngagementId("western-mali-attacks")), EntityReference.To(new EngagementId("kayes-attack"))] })),
            ("Attributions", make(Default with { Attributions = [] })),
            ("Attributions other", make(Default with { Attributions = [new AttributionId("jnim-post")] })),
            ("Status", make(Default with { Status = ClaimStatus.Disputed })),
            ("ExternalIds", make(Default).WithExternalIds([new ExternalId(ExternalId.Acled, "MLI36123")])),
            ("DatasetFields", make(Default).WithDatasetFields([new DatasetField("acled", "inter1", "2")])),
            ("DatasetFields order", make(Default).WithDatasetFields([new DatasetField("acled", "inter2", "1"), new DatasetField("acled", "inter1", "2")])),
        ];
        EqualityAssert.Complete(make(Default), make(Default), [nameof(Claim.Kind), .. derived], [.. shared, .. own]);
    }
}
