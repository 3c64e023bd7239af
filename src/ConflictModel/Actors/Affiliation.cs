using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// A relation from one actor to another: JNIM <i>affiliate of</i> al-Qaeda; Souleymane Dembele
/// <i>spokesperson of</i> the Malian armed forces; Michael Langley <i>commander of</i> AFRICOM.
/// </summary>
/// <remarks>
/// <para>A relation a source states in its own words ("JNIM, an affiliate of al-Qaeda") points at
/// those words through <see cref="Attributions"/>, as engagements and claims do; a relation known
/// from elsewhere has none. Whether the target and the attributions exist is checked by report
/// validation.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class Affiliation : IEquatable<Affiliation>
{
    /// <summary>Initializes a new affiliation that no source states yet; add attributions with <see cref="WithAttributions"/>.</summary>
    /// <param name="kind">How the actor relates to the target.</param>
    /// <param name="target">The actor related to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is uninitialised.</exception>
    public Affiliation(AffiliationKind kind, ActorId target)
        : this(kind, target, [])
    {
    }

    /// <summary>Initializes a new affiliation from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here, so every rule holds whichever way a value is built.</remarks>
    [JsonConstructor]
    internal Affiliation(
        AffiliationKind kind,
        ActorId target,
        ImmutableArray<AttributionId> attributions = default)
    {
        Kind = Preconditions.CheckDefined(kind);
        Target = Preconditions.CheckInitialized(target);
        Attributions = Preconditions.CheckInitializedElements(attributions);
    }

    /// <summary>Gets how the actor relates to the target.</summary>
    public AffiliationKind Kind { get; }

    /// <summary>Gets the actor related to.</summary>
    public ActorId Target { get; }

    /// <summary>Gets the attributions whose words state the relation, in order; empty when no source states it.</summary>
    public ImmutableArray<AttributionId> Attributions { get; }

    /// <summary>Returns a copy with another value of <see cref="Attributions"/>, checked as the constructor checks it.</summary>
    /// <param name="attributions">The attributions whose words state the relation; none when no source states it.</param>
    /// <returns>The new affiliation.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the affiliation's members.</exception>
    [Pure]
    public Affiliation WithAttributions(ImmutableArray<AttributionId> attributions) => new(Kind, Target, attributions);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Affiliation? other)
        => other is not null
        && Kind == other.Kind
        && Target == other.Target
        && Equality.SequenceEqual(Attributions, other.Attributions);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Affiliation);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Kind);
        hash.Add(Target);
        Equality.AddSequence(ref hash, Attributions);
        return hash.ToHashCode();
    }

    /// <summary>Compares two affiliations for equality of every property, attributions included.</summary>
    /// <param name="left">The first affiliation.</param>
    /// <param name="right">The second affiliation.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Affiliation? left, Affiliation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two affiliations for inequality.</summary>
    /// <param name="left">The first affiliation.</param>
    /// <param name="right">The second affiliation.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Affiliation? left, Affiliation? right) => !(left == right);

    /// <summary>Returns "kind target": "affiliate of al-qaeda"; like an engagement's or a claim's, the text leaves the attributions out.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Words.Of(Kind)} {Target}";
}
