using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A claim about who seized, holds or lost places: "JNIM ... asserts it has seized control of three
/// army barracks". The places may be named (<see cref="Places"/>), counted (<see cref="Extent"/>), or both.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class TerritorialControlClaim : Claim<TerritorialControlClaim>
{
    /// <summary>Initializes a new territorial-control claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What the claim is about; at least one.</param>
    /// <param name="controller">The actor whose control changed.</param>
    /// <param name="change">What happened to its control.</param>
    /// <param name="places">The places whose control changed; may be empty when <paramref name="extent"/> counts them instead.</param>
    /// <param name="extent">How many places, with the words as reported, or null when <paramref name="places"/> names them all.</param>
    /// <remarks>Places and extent are both here because a claim needs at least one of them: a claim with neither says nothing.</remarks>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or there are neither places nor an extent.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public TerritorialControlClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ActorId controller, ControlChange change, ImmutableArray<LocationId> places, CountEstimate? extent)
        : this(id, claimant, subjects, controller, change, places, extent, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new territorial-control claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal TerritorialControlClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        ActorId controller,
        ControlChange change,
        ImmutableArray<LocationId> places = default,
        CountEstimate? extent = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
    {
        Controller = Preconditions.CheckInitialized(controller);
        Change = Preconditions.CheckDefined(change);
        Places = Preconditions.CheckInitializedElements(places);
        Extent = extent;
        Preconditions.CheckArgument(!Places.IsEmpty || extent is not null, nameof(places), "A territorial-control claim names its places, counts them, or both.");
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.TerritorialControl;

    /// <summary>Gets the actor whose control changed.</summary>
    public ActorId Controller { get; }

    /// <summary>Gets what happened to its control.</summary>
    public ControlChange Change { get; }

    /// <summary>Gets the places concerned, where named.</summary>
    public ImmutableArray<LocationId> Places { get; }

    /// <summary>Gets how many places, as reported, or null.</summary>
    public CountEstimate? Extent { get; }

    /// <summary>Returns a copy with another value of <see cref="Places"/>, checked as the constructor checks it.</summary>
    /// <param name="places">The places concerned, where named.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the claim's members.</exception>
    [Pure]
    public TerritorialControlClaim WithPlaces(ImmutableArray<LocationId> places) => new(Id, Claimant, Subjects, Controller, Change, places, Extent, Attributions, Status, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Extent"/>, checked as the constructor checks it.</summary>
    /// <param name="extent">How many places, as reported ("three army barracks"), or null.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the claim's members.</exception>
    [Pure]
    public TerritorialControlClaim WithExtent(CountEstimate? extent) => new(Id, Claimant, Subjects, Controller, Change, Places, extent, Attributions, Status, ExternalIds, DatasetFields);

    private protected override TerritorialControlClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Controller, Change, Places, Extent, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue()
        => $"{Controller} {Words.Of(Change)} {(Extent is null ? string.Join(", ", Places) : Extent.ToString())}";

    private protected override bool ValueEquals(Claim other)
        => other is TerritorialControlClaim o && Controller == o.Controller && Change == o.Change && Equality.SequenceEqual(Places, o.Places) && Extent == o.Extent;

    private protected override int ValueHashCode() => HashCode.Combine(Controller, Change, Equality.SequenceHash(Places), Extent);
}
