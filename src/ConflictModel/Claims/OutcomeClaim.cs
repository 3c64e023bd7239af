using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A claim about how an engagement ended: "the Mali military reported that it successfully repelled
/// these incursions".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class OutcomeClaim : Claim<OutcomeClaim>
{
    /// <summary>Initializes a new outcome claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">The engagements concerned; at least one.</param>
    /// <param name="outcome">How the engagement ended.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or a value breaks a rule of the claim.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public OutcomeClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, EngagementOutcome outcome)
        : this(id, claimant, subjects, outcome, null, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new outcome claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal OutcomeClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        EngagementOutcome outcome,
        ActorId? prevailing = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
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

    /// <summary>Returns a copy with another value of <see cref="Prevailing"/>, checked as the constructor checks it.</summary>
    /// <param name="prevailing">The actor said to have prevailed, or null.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the claim's members.</exception>
    [Pure]
    public OutcomeClaim WithPrevailing(ActorId? prevailing) => new(Id, Claimant, Subjects, Outcome, prevailing, Attributions, Status, ExternalIds, DatasetFields);

    private protected override OutcomeClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Outcome, Prevailing, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue() => Prevailing is { } p ? $"{Words.Of(Outcome)} ({p} prevailed)" : Words.Of(Outcome);

    private protected override bool ValueEquals(Claim other) => other is OutcomeClaim o && Outcome == o.Outcome && Nullable.Equals(Prevailing, o.Prevailing);

    private protected override int ValueHashCode() => HashCode.Combine(Outcome, Prevailing);
}
