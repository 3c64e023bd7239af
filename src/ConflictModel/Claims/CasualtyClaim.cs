using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// A claim that a number of people were killed, wounded, captured or "neutralised": "more than 80
/// militants were neutralised", "at least 30 soldiers' deaths", "military casualties remain undisclosed".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class CasualtyClaim : Claim
{
    /// <summary>Initializes a new casualty claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What the claim is about (the engagement); at least one.</param>
    /// <param name="count">How many, with the qualifier and words as reported.</param>
    /// <param name="outcome">What happened to them.</param>
    /// <param name="victims">The actor whose members are counted, or null when the source does not say whose.</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> or <paramref name="count"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised or there is no subject.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public CasualtyClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        CountEstimate count,
        CasualtyOutcome outcome,
        ActorId? victims = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
    {
        Count = Preconditions.CheckNotNull(count);
        Outcome = Preconditions.CheckDefined(outcome);
        Victims = victims is { } v ? Preconditions.CheckInitialized(v, nameof(victims)) : null;
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Casualties;

    /// <summary>Gets how many, with the qualifier and the words as reported.</summary>
    public CountEstimate Count { get; }

    /// <summary>Gets what happened to the people counted.</summary>
    public CasualtyOutcome Outcome { get; }

    /// <summary>Gets the actor whose members are counted, or null.</summary>
    public ActorId? Victims { get; }

    private protected override string DescribeValue() => $"{Count} {Outcome.ToString().ToLowerInvariant()}";

    private protected override bool ValueEquals(Claim other)
        => other is CasualtyClaim o && Count == o.Count && Outcome == o.Outcome && Nullable.Equals(Victims, o.Victims);

    private protected override int ValueHashCode() => HashCode.Combine(Count, Outcome, Victims);
}
