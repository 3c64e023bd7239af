using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// A reference to an entity of any kind in the same report: what a claim is about, what a
/// mention names. Made from a typed id, so the kind is always right.
/// </summary>
/// <remarks>
/// The default value is uninitialised: entities refuse it. This type is immutable; safe to share
/// between threads.
/// </remarks>
public readonly struct EntityReference : IEquatable<EntityReference>
{
    private readonly string? _id;

    private EntityReference(EntityKind kind, string id)
    {
        Kind = kind;
        _id = id;
    }

    /// <summary>Gets the kind of the entity referred to.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets the id of the entity referred to, as text.</summary>
    public string Id => _id!;

    /// <summary>Refers to an actor.</summary>
    /// <param name="id">The actor's id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public static EntityReference To(ActorId id) => Create(id);

    /// <summary>Refers to a location.</summary>
    /// <param name="id">The location's id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public static EntityReference To(LocationId id) => Create(id);

    /// <summary>Refers to an engagement.</summary>
    /// <param name="id">The engagement's id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public static EntityReference To(EngagementId id) => Create(id);

    /// <summary>Refers to a source.</summary>
    /// <param name="id">The source's id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public static EntityReference To(SourceId id) => Create(id);

    /// <summary>Refers to a claim (a claim about a claim: a denial, a correction).</summary>
    /// <param name="id">The claim's id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public static EntityReference To(ClaimId id) => Create(id);

    /// <summary>Creates a reference from a kind and id text, as a serializer reads them.</summary>
    /// <param name="kind">The kind of entity; attributions and mentions cannot be referred to.</param>
    /// <param name="id">The id text.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind that can be referred to.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a well-formed id.</exception>
    public static EntityReference Create(EntityKind kind, string id)
    {
        if (kind is not (EntityKind.Actor or EntityKind.Location or EntityKind.Engagement or EntityKind.Source or EntityKind.Claim))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A reference can name an actor, location, engagement, source or claim.");
        }

        return new EntityReference(kind, EntityIdRules.Check(id));
    }

    /// <summary>Compares two references.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(EntityReference left, EntityReference right) => left.Equals(right);

    /// <summary>Compares two references for inequality.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(EntityReference left, EntityReference right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EntityReference other) => Kind == other.Kind && string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EntityReference other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _id);

    /// <summary>Returns "kind:id", such as "Engagement:western-mali-attacks".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _id is null ? string.Empty : $"{Kind}:{_id}";

    private static EntityReference Create<TId>(TId id)
        where TId : struct, IEntityId<TId>
    {
        Preconditions.CheckInitialized(id, nameof(id));
        return new EntityReference(id.Kind, id.Value);
    }
}
