using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// A relation from one actor to another: JNIM <i>affiliate of</i> al-Qaeda; Souleymane Dembele
/// <i>spokesperson of</i> the Malian armed forces; Michael Langley <i>commander of</i> AFRICOM.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class Affiliation : IEquatable<Affiliation>
{
    /// <summary>Initializes a new affiliation.</summary>
    /// <param name="kind">How the actor relates to the target.</param>
    /// <param name="target">The actor related to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is uninitialised.</exception>
    public Affiliation(AffiliationKind kind, ActorId target)
    {
        Kind = Preconditions.CheckDefined(kind);
        Target = Preconditions.CheckInitialized(target);
    }

    /// <summary>Gets how the actor relates to the target.</summary>
    public AffiliationKind Kind { get; }

    /// <summary>Gets the actor related to.</summary>
    public ActorId Target { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Affiliation? other) => other is not null && Kind == other.Kind && Target == other.Target;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Affiliation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Target);

    /// <summary>Compares two affiliations.</summary>
    /// <param name="left">The first affiliation.</param>
    /// <param name="right">The second affiliation.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Affiliation? left, Affiliation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two affiliations for inequality.</summary>
    /// <param name="left">The first affiliation.</param>
    /// <param name="right">The second affiliation.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Affiliation? left, Affiliation? right) => !(left == right);

    /// <summary>Returns "kind target": "AffiliateOf al-qaeda".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {Target}";
}
