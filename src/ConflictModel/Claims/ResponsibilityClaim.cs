using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A claim that an actor is responsible for engagements: "The group claiming responsibility for the
/// onslaught, ... (JNIM)". When the claimant is the responsible actor itself, it is a claim of responsibility.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class ResponsibilityClaim : Claim<ResponsibilityClaim>
{
    /// <summary>Initializes a new responsibility claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">The engagements the responsibility is for; at least one.</param>
    /// <param name="responsible">The actor said to be responsible.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or a value breaks a rule of the claim.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public ResponsibilityClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ActorId responsible)
        : this(id, claimant, subjects, responsible, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new responsibility claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal ResponsibilityClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        ActorId responsible,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
    {
        Responsible = Preconditions.CheckInitialized(responsible);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Responsibility;

    /// <summary>Gets the actor said to be responsible.</summary>
    public ActorId Responsible { get; }

    /// <summary>Gets a value indicating whether the responsible actor itself makes the claim.</summary>
    public bool IsSelfClaimed => Claimant.Actor == Responsible;

    private protected override ResponsibilityClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Responsible, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue() => $"{Responsible} responsible";

    private protected override bool ValueEquals(Claim other) => other is ResponsibilityClaim o && Responsible == o.Responsible;

    private protected override int ValueHashCode() => Responsible.GetHashCode();
}
