using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// A claim about who seized, holds or lost places: "JNIM ... asserts it has seized control of three
/// army barracks". The places may be named (<see cref="Places"/>), counted (<see cref="Extent"/>), or both.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class TerritorialControlClaim : Claim
{
    /// <summary>Initializes a new territorial-control claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What the claim is about; at least one.</param>
    /// <param name="controller">The actor whose control changed.</param>
    /// <param name="change">What happened to its control.</param>
    /// <param name="places">The places concerned, where named.</param>
    /// <param name="extent">How many places, as reported ("three army barracks"), or null.</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or neither places nor extent are given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public TerritorialControlClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        ActorId controller,
        ControlChange change,
        ImmutableArray<LocationId> places = default,
        CountEstimate? extent = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
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

    private protected override string DescribeValue()
        => $"{Controller} {Change.ToString().ToLowerInvariant()} {(Extent is null ? string.Join(", ", Places) : Extent.ToString())}";

    private protected override bool ValueEquals(Claim other)
        => other is TerritorialControlClaim o && Controller == o.Controller && Change == o.Change && Equality.SequenceEqual(Places, o.Places) && Extent == o.Extent;

    private protected override int ValueHashCode() => HashCode.Combine(Controller, Change, Equality.SequenceHash(Places), Extent);
}
