using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A claim that a number of people were killed, wounded, captured or "neutralised": "more than 80
/// militants were neutralised", "at least 30 soldiers' deaths", "military casualties remain undisclosed".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class CasualtyClaim : Claim<CasualtyClaim>
{
    /// <summary>Initializes a new casualty claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What the claim is about (the engagement); at least one.</param>
    /// <param name="count">How many, with the qualifier and words as reported.</param>
    /// <param name="outcome">What happened to them.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or a value breaks a rule of the claim.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public CasualtyClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, CountEstimate count, CasualtyOutcome outcome)
        : this(id, claimant, subjects, count, outcome, null, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new casualty claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal CasualtyClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        CountEstimate count,
        CasualtyOutcome outcome,
        ActorId? victims = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
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

    /// <summary>Returns a copy with another value of <see cref="Victims"/>, checked as the constructor checks it.</summary>
    /// <param name="victims">The actor whose members are counted, or null when the source does not say whose.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the claim's members.</exception>
    [Pure]
    public CasualtyClaim WithVictims(ActorId? victims) => new(Id, Claimant, Subjects, Count, Outcome, victims, Attributions, Status, ExternalIds, DatasetFields);

    private protected override CasualtyClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Count, Outcome, Victims, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue() => $"{Count} {Words.Of(Outcome)}";

    private protected override bool ValueEquals(Claim other)
        => other is CasualtyClaim o && Count == o.Count && Outcome == o.Outcome && Nullable.Equals(Victims, o.Victims);

    private protected override int ValueHashCode() => HashCode.Combine(Count, Outcome, Victims);
}
