using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// One proposition asserted by a claimant about engagements, actors or locations — a casualty
/// figure, who holds a place, who is responsible — carried by one or more attributions that point
/// at the exact words of a source. Conflicting claims sit side by side; none overwrites another.
/// </summary>
/// <remarks>
/// <para>The kinds of claim form a closed family, each a sealed class with a typed value:
/// <see cref="CasualtyClaim"/>, <see cref="TerritorialControlClaim"/>, <see cref="ResponsibilityClaim"/>,
/// <see cref="OutcomeClaim"/>, <see cref="MaterielClaim"/>, <see cref="CharacterisationClaim"/>,
/// <see cref="AssessmentClaim"/> and <see cref="ExtentClaim"/>. <see cref="Kind"/> tells them apart, and is the discriminator of
/// the JSON form.</para>
/// <para>That a claim has at least one attribution and that its references resolve is checked by report
/// validation. Claims are immutable; safe to share between threads.</para>
/// </remarks>
public abstract class Claim : IEquatable<Claim>
{
    private protected Claim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        ImmutableArray<AttributionId> attributions,
        ClaimStatus status,
        ImmutableArray<ExternalId> externalIds,
        ImmutableArray<DatasetField> datasetFields)
    {
        Id = Preconditions.CheckInitialized(id);
        Claimant = Preconditions.CheckNotNull(claimant);
        Subjects = Preconditions.CheckNotEmpty(Preconditions.CheckInitializedElements(subjects), nameof(subjects));
        Attributions = Preconditions.CheckInitializedElements(attributions);
        Status = Preconditions.CheckDefined(status);
        ExternalIds = Preconditions.CheckElements(externalIds);
        DatasetFields = Preconditions.CheckElements(datasetFields);
    }

    /// <summary>Gets the id, unique among the report's claims.</summary>
    public ClaimId Id { get; }

    /// <summary>Gets the kind of claim; each kind is one sealed subclass.</summary>
    public abstract ClaimKind Kind { get; }

    /// <summary>Gets who makes the claim.</summary>
    public Claimant Claimant { get; }

    /// <summary>Gets what the claim is about: at least one engagement, actor, location, source or claim.</summary>
    public ImmutableArray<EntityReference> Subjects { get; }

    /// <summary>Gets the attributions that carry the claim, each pointing at a span of a source.</summary>
    public ImmutableArray<AttributionId> Attributions { get; }

    /// <summary>Gets where the claim stands.</summary>
    public ClaimStatus Status { get; }

    /// <summary>Gets the claim's ids in other datasets (ACLED's <c>event_id_cnty</c>, UCDP GED's <c>id</c>/<c>relid</c>) when it was imported from one.</summary>
    public ImmutableArray<ExternalId> ExternalIds { get; }

    /// <summary>Gets the fields of an imported dataset row that have no typed member, in their order (see <see cref="DatasetField"/>).</summary>
    public ImmutableArray<DatasetField> DatasetFields { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Claim? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (GetType() == other.GetType()
                && Id == other.Id
                && Claimant == other.Claimant
                && Equality.SequenceEqual(Subjects, other.Subjects)
                && Equality.SequenceEqual(Attributions, other.Attributions)
                && Status == other.Status
                && Equality.SequenceEqual(ExternalIds, other.ExternalIds)
                && Equality.SequenceEqual(DatasetFields, other.DatasetFields)
                && ValueEquals(other)));

    /// <inheritdoc/>
    public sealed override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Claim);

    /// <inheritdoc/>
    public sealed override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Kind);
        hash.Add(Id);
        hash.Add(Claimant);
        Equality.AddSequence(ref hash, Subjects);
        Equality.AddSequence(ref hash, Attributions);
        hash.Add(Status);
        Equality.AddSequence(ref hash, ExternalIds);
        Equality.AddSequence(ref hash, DatasetFields);
        hash.Add(ValueHashCode());
        return hash.ToHashCode();
    }

    /// <summary>Compares two claims for equality of kind and every property, collections included.</summary>
    /// <param name="left">The first claim.</param>
    /// <param name="right">The second claim.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Claim? left, Claim? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two claims for inequality.</summary>
    /// <param name="left">The first claim.</param>
    /// <param name="right">The second claim.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Claim? left, Claim? right) => !(left == right);

    /// <summary>Returns "id: kind by claimant: value" in words: "claim-1: casualties by actor:fama: more than 80 militants neutralised".</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => $"{Id}: {Words.Of(Kind)} by {Claimant}: {DescribeValue()}";

    /// <summary>Describes the claim's own value in a few words, for <see cref="ToString"/>.</summary>
    /// <returns>The description.</returns>
    private protected abstract string DescribeValue();

    /// <summary>Compares the properties of the subclass; <paramref name="other"/> is of the same type.</summary>
    private protected abstract bool ValueEquals(Claim other);

    /// <summary>Hashes the properties of the subclass.</summary>
    private protected abstract int ValueHashCode();
}

/// <summary>
/// A claim of one kind, <typeparamref name="TClaim"/>: gives every kind the <c>With…</c> methods of
/// the members all claims share, each returning the claim's own type.
/// </summary>
/// <typeparam name="TClaim">The kind of claim itself, such as <see cref="CasualtyClaim"/>.</typeparam>
/// <remarks>Only the claim kinds of this library derive from it. Claims are immutable; safe to share between threads.</remarks>
public abstract class Claim<TClaim> : Claim
    where TClaim : Claim<TClaim>
{
    private protected Claim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        ImmutableArray<AttributionId> attributions,
        ClaimStatus status,
        ImmutableArray<ExternalId> externalIds,
        ImmutableArray<DatasetField> datasetFields)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
    {
    }

    /// <summary>Returns a copy with another claimant.</summary>
    /// <param name="claimant">Who makes the claim.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> is null.</exception>
    [Pure]
    public TClaim WithClaimant(Claimant claimant) => Rebuild(Id, claimant, Subjects, Attributions, Status, ExternalIds, DatasetFields);

    /// <summary>Returns a copy about other subjects.</summary>
    /// <param name="subjects">What the claim is about: at least one engagement, actor, location, source or claim.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="subjects"/> is empty or holds an uninitialised reference.</exception>
    [Pure]
    public TClaim WithSubjects(ImmutableArray<EntityReference> subjects) => Rebuild(Id, Claimant, subjects, Attributions, Status, ExternalIds, DatasetFields);

    /// <summary>Returns a copy carried by other attributions.</summary>
    /// <param name="attributions">The attributions that carry the claim, each pointing at a span of a source.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="attributions"/> holds an uninitialised id.</exception>
    [Pure]
    public TClaim WithAttributions(ImmutableArray<AttributionId> attributions) => Rebuild(Id, Claimant, Subjects, attributions, Status, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">Where the claim stands.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    [Pure]
    public TClaim WithStatus(ClaimStatus status) => Rebuild(Id, Claimant, Subjects, Attributions, status, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with other external ids.</summary>
    /// <param name="externalIds">The claim's ids in other datasets.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="externalIds"/> holds null.</exception>
    [Pure]
    public TClaim WithExternalIds(ImmutableArray<ExternalId> externalIds) => Rebuild(Id, Claimant, Subjects, Attributions, Status, externalIds, DatasetFields);

    /// <summary>Returns a copy with other dataset fields.</summary>
    /// <param name="datasetFields">The fields of an imported dataset row that have no typed member, in their order.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="datasetFields"/> holds null.</exception>
    [Pure]
    public TClaim WithDatasetFields(ImmutableArray<DatasetField> datasetFields) => Rebuild(Id, Claimant, Subjects, Attributions, Status, ExternalIds, datasetFields);

    /// <summary>Builds the claim again, with its own value and the given shared members, through its checking constructor.</summary>
    private protected abstract TClaim Rebuild(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        ImmutableArray<AttributionId> attributions,
        ClaimStatus status,
        ImmutableArray<ExternalId> externalIds,
        ImmutableArray<DatasetField> datasetFields);
}
