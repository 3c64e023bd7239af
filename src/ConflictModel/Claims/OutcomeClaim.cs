using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// A claim about how an engagement ended: "the Mali military reported that it successfully repelled
/// these incursions".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class OutcomeClaim : Claim
{
    /// <summary>Initializes a new outcome claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">The engagements concerned; at least one.</param>
    /// <param name="outcome">How the engagement ended.</param>
    /// <param name="prevailing">The actor said to have prevailed, or null.</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised or there is no subject.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public OutcomeClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        EngagementOutcome outcome,
        ActorId? prevailing = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
    {
        Outcome = Preconditions.CheckDefined(outcome);
        Prevailing = prevailing is { } p ? Preconditions.CheckInitialized(p, nameof(prevailing)) : null;
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Outcome;

    /// <summary>Gets how the engagement ended.</summary>
    public EngagementOutcome Outcome { get; }

    /// <summary>Gets the actor said to have prevailed, or null.</summary>
    public ActorId? Prevailing { get; }

    private protected override string DescribeValue() => Prevailing is { } p ? $"{Outcome} ({p} prevailed)" : Outcome.ToString();

    private protected override bool ValueEquals(Claim other) => other is OutcomeClaim o && Outcome == o.Outcome && Nullable.Equals(Prevailing, o.Prevailing);

    private protected override int ValueHashCode() => HashCode.Combine(Outcome, Prevailing);
}
