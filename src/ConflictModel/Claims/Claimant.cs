using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// Who makes a claim: an actor (the Malian army, JNIM), or the source itself when it asserts
/// something in its own voice ("another assault resulted in at least 30 soldiers' deaths").
/// Exactly one of <see cref="Actor"/> and <see cref="Source"/> is set.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class Claimant : IEquatable<Claimant>
{
    private Claimant(ActorId? actor, SourceId? source)
    {
        Actor = actor;
        Source = source;
    }

    /// <summary>Gets the actor making the claim, or null when the source itself makes it.</summary>
    public ActorId? Actor { get; }

    /// <summary>Gets the source that makes the claim in its own voice, or null when an actor makes it.</summary>
    public SourceId? Source { get; }

    /// <summary>Creates a claimant that is an actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The claimant.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is uninitialised.</exception>
    public static Claimant ByActor(ActorId actor) => new(Preconditions.CheckInitialized(actor), null);

    /// <summary>Creates a claimant that is a source speaking in its own voice.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The claimant.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is uninitialised.</exception>
    public static Claimant BySource(SourceId source) => new(null, Preconditions.CheckInitialized(source));

    /// <summary>Creates a claimant from its parts, as a serializer reads them: exactly one must be given.</summary>
    /// <param name="actor">The actor, or null.</param>
    /// <param name="source">The source, or null.</param>
    /// <returns>The claimant.</returns>
    /// <exception cref="ArgumentException">Both or neither are given, or the one given is uninitialised.</exception>
    public static Claimant Create(ActorId? actor, SourceId? source) => (actor, source) switch
    {
        ({ } a, null) => ByActor(a),
        (null, { } s) => BySource(s),
        _ => throw new ArgumentException("A claimant is either an actor or a source, exactly one of the two.", nameof(actor)),
    };

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Claimant? other)
        => other is not null && Nullable.Equals(Actor, other.Actor) && Nullable.Equals(Source, other.Source);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Claimant);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Actor, Source);

    /// <summary>Compares two claimants.</summary>
    /// <param name="left">The first claimant.</param>
    /// <param name="right">The second claimant.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Claimant? left, Claimant? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two claimants for inequality.</summary>
    /// <param name="left">The first claimant.</param>
    /// <param name="right">The second claimant.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Claimant? left, Claimant? right) => !(left == right);

    /// <summary>Returns "actor:id" or "source:id".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Actor is { } a ? $"actor:{a}" : $"source:{Source}";
}
