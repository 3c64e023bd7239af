using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>An actor taking part in an engagement, in a role.</summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class Participant : IEquatable<Participant>
{
    /// <summary>Initializes a new participant.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="role">The part it plays.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public Participant(ActorId actor, ParticipantRole role)
    {
        Actor = Preconditions.CheckInitialized(actor);
        Role = Preconditions.CheckDefined(role);
    }

    /// <summary>Gets the actor.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the part the actor plays.</summary>
    public ParticipantRole Role { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Participant? other) => other is not null && Actor == other.Actor && Role == other.Role;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Participant);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Actor, Role);

    /// <summary>Compares two participants.</summary>
    /// <param name="left">The first participant.</param>
    /// <param name="right">The second participant.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Participant? left, Participant? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two participants for inequality.</summary>
    /// <param name="left">The first participant.</param>
    /// <param name="right">The second participant.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Participant? left, Participant? right) => !(left == right);

    /// <summary>Returns "actor (role)" in words: "jnim (attacker)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Actor} ({Words.Of(Role)})";
}
