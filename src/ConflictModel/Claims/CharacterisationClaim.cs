using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// How a claimant describes an engagement, actor or place, in its own words: JNIM "characterized the
/// attack as 'coordinated and high quality'". The words are the value; nothing is scored.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class CharacterisationClaim : Claim<CharacterisationClaim>
{
    /// <summary>Initializes a new characterisation claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What is characterised; at least one.</param>
    /// <param name="characterisation">The characterisation, in the claimant's words as reported.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or a value breaks a rule of the claim.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public CharacterisationClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, string characterisation)
        : this(id, claimant, subjects, characterisation, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new characterisation claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal CharacterisationClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        string characterisation,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
    {
        Characterisation = Preconditions.CheckNotBlank(characterisation);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Characterisation;

    /// <summary>Gets the characterisation, in the claimant's words as reported.</summary>
    public string Characterisation { get; }

    private protected override CharacterisationClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Characterisation, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue() => $"\"{Characterisation}\"";

    private protected override bool ValueEquals(Claim other) => other is CharacterisationClaim o && string.Equals(Characterisation, o.Characterisation, StringComparison.Ordinal);

    private protected override int ValueHashCode() => StringComparer.Ordinal.GetHashCode(Characterisation);
}
