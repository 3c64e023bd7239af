using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// How a claimant describes an engagement, actor or place, in its own words: JNIM "characterized the
/// attack as 'coordinated and high quality'". The words are the value; nothing is scored.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class CharacterisationClaim : Claim
{
    /// <summary>Initializes a new characterisation claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What is characterised; at least one.</param>
    /// <param name="characterisation">The characterisation, in the claimant's words as reported.</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> or <paramref name="characterisation"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or the characterisation is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public CharacterisationClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        string characterisation,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
    {
        Characterisation = Preconditions.CheckNotBlank(characterisation);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Characterisation;

    /// <summary>Gets the characterisation, in the claimant's words as reported.</summary>
    public string Characterisation { get; }

    private protected override string DescribeValue() => $"\"{Characterisation}\"";

    private protected override bool ValueEquals(Claim other) => other is CharacterisationClaim o && string.Equals(Characterisation, o.Characterisation, StringComparison.Ordinal);

    private protected override int ValueHashCode() => StringComparer.Ordinal.GetHashCode(Characterisation);
}
