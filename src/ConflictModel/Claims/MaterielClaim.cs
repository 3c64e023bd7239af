using System;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// A claim that materiel was seized, recovered, destroyed or lost: "the army recovered weapons,
/// vehicles, and motorcycles from the assailants".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class MaterielClaim : Claim
{
    /// <summary>Initializes a new materiel claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">What the claim is about; at least one.</param>
    /// <param name="action">What was done with the materiel.</param>
    /// <param name="items">The materiel; at least one item.</param>
    /// <param name="taker">The actor that seized, recovered or destroyed it, or lost it; null when not said.</param>
    /// <param name="from">The actor it was taken from, or null.</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or there are no items.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public MaterielClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        MaterielAction action,
        ImmutableArray<MaterielItem> items,
        ActorId? taker = null,
        ActorId? from = null,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
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

    private protected override string DescribeValue() => $"{Action.ToString().ToLowerInvariant()} {string.Join(", ", Items.Select(i => i.ToString()))}";

    private protected override bool ValueEquals(Claim other)
        => other is MaterielClaim o && Action == o.Action && Equality.SequenceEqual(Items, o.Items) && Nullable.Equals(Taker, o.Taker) && Nullable.Equals(From, o.From);

    private protected override int ValueHashCode() => HashCode.Combine(Action, Equality.SequenceHash(Items), Taker, From);
}
