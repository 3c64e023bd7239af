using System;
using System.Collections.Immutable;
using System.Linq;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A claim that materiel was seized, recovered, destroyed or lost: "the army recovered weapons,
/// vehicles, and motorcycles from the assailants".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class MaterielClaim : Claim<MaterielClaim>
{
    /// <summary>Initializes a new materiel claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What the claim is about; at least one.</param>
    /// <param name="action">What was done with the materiel.</param>
    /// <param name="items">The materiel; at least one item.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or a value breaks a rule of the claim.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public MaterielClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, MaterielAction action, ImmutableArray<MaterielItem> items)
        : this(id, claimant, subjects, action, items, null, null, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new materiel claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal MaterielClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        MaterielAction action,
        ImmutableArray<MaterielItem> items,
        ActorId? taker = null,
        ActorId? from = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
    {
        Action = Preconditions.CheckDefined(action);
        Items = Preconditions.CheckNotEmpty(Preconditions.CheckElements(items), nameof(items));
        Taker = taker is { } t ? Preconditions.CheckInitialized(t, nameof(taker)) : null;
        From = from is { } f ? Preconditions.CheckInitialized(f, nameof(from)) : null;
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Materiel;

    /// <summary>Gets what was done with the materiel.</summary>
    public MaterielAction Action { get; }

    /// <summary>Gets the materiel; at least one item.</summary>
    public ImmutableArray<MaterielItem> Items { get; }

    /// <summary>Gets the actor that acted on the materiel, or null.</summary>
    public ActorId? Taker { get; }

    /// <summary>Gets the actor the materiel was taken from, or null.</summary>
    public ActorId? From { get; }

    /// <summary>Returns a copy with another value of <see cref="Taker"/>, checked as the constructor checks it.</summary>
    /// <param name="taker">The actor that seized, recovered or destroyed it, or lost it; null when not said.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the claim's members.</exception>
    [Pure]
    public MaterielClaim WithTaker(ActorId? taker) => new(Id, Claimant, Subjects, Action, Items, taker, From, Attributions, Status, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="From"/>, checked as the constructor checks it.</summary>
    /// <param name="from">The actor it was taken from, or null.</param>
    /// <returns>The new claim.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the claim's members.</exception>
    [Pure]
    public MaterielClaim WithFrom(ActorId? from) => new(Id, Claimant, Subjects, Action, Items, Taker, from, Attributions, Status, ExternalIds, DatasetFields);

    private protected override MaterielClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Action, Items, Taker, From, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue() => $"{Words.Of(Action)} {string.Join(", ", Items.Select(i => i.ToString()))}";

    private protected override bool ValueEquals(Claim other)
        => other is MaterielClaim o && Action == o.Action && Equality.SequenceEqual(Items, o.Items) && Nullable.Equals(Taker, o.Taker) && Nullable.Equals(From, o.From);

    private protected override int ValueHashCode() => HashCode.Combine(Action, Equality.SequenceHash(Items), Taker, From);
}
