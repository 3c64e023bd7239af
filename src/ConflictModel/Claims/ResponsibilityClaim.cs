using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// A claim that an actor is responsible for engagements: "The group claiming responsibility for the
/// onslaught, ... (JNIM)". When the claimant is the responsible actor itself, it is a claim of responsibility.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class ResponsibilityClaim : Claim
{
    /// <summary>Initializes a new responsibility claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">The engagements the responsibility is for; at least one.</param>
    /// <param name="responsible">The actor said to be responsible.</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised or there is no subject.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ResponsibilityClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        ActorId responsible,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
    {
        Responsible = Preconditions.CheckInitialized(responsible);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Responsibility;

    /// <summary>Gets the actor said to be responsible.</summary>
    public ActorId Responsible { get; }

    /// <summary>Gets a value indicating whether the responsible actor itself makes the claim.</summary>
    public bool IsSelfClaimed => Claimant.Actor == Responsible;

    private protected override string DescribeValue() => $"{Responsible} responsible";

    private protected override bool ValueEquals(Claim other) => other is ResponsibilityClaim o && Responsible == o.Responsible;

    private protected override int ValueHashCode() => Responsible.GetHashCode();
}
