using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>An actor taking part in an engagement, in a role, and optionally who that actor is believed to be.</summary>
/// <remarks>
/// <para><see cref="Actor"/> is the participant as the source describes it ("jihadist fighters");
/// <see cref="Identification"/>, when given, is the known actor it is taken to be and on what basis
/// (JNIM, by its claim of responsibility). An identification never names the participant's own actor.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class Participant : IEquatable<Participant>
{
    /// <summary>Initializes a new participant.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="role">The part it plays.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public Participant(ActorId actor, ParticipantRole role)
        : this(actor, role, null)
    {
    }

    /// <summary>Initializes a new participant from every member.</summary>
    /// <remarks>The one way in: the public constructor, <see cref="WithIdentification"/> and the reader come here.</remarks>
    [JsonConstructor]
    internal Participant(ActorId actor, ParticipantRole role, ActorIdentification? identification = null)
    {
        Actor = Preconditions.CheckInitialized(actor);
        Role = Preconditions.CheckDefined(role);
        Preconditions.CheckArgument(
            identification is null || identification.Actor != actor,
            nameof(identification),
            "An identification names the actor the participant is believed to be, which is not the participant's own actor.");
        Identification = identification;
    }

    /// <summary>Gets the actor.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the part the actor plays.</summary>
    public ParticipantRole Role { get; }

    /// <summary>Gets who the participant is believed to be, and on what basis; null when the source's description is all there is.</summary>
    public ActorIdentification? Identification { get; }

    /// <summary>Returns a copy with another identification.</summary>
    /// <param name="identification">Who the participant is believed to be, not its own actor; or null.</param>
    /// <returns>The new participant.</returns>
    /// <exception cref="ArgumentException"><paramref name="identification"/> names the participant's own actor.</exception>
    [Pure]
    public Participant WithIdentification(ActorIdentification? identification) => new(Actor, Role, identification);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Participant? other) => other is not null && Actor == other.Actor && Role == other.Role && Identification == other.Identification;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Participant);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Actor, Role, Identification);

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

    /// <summary>Returns "actor (role)", followed by " = identified actor (basis)" when identified.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Identification is null ? $"{Actor} ({Role})" : $"{Actor} ({Role}) = {Identification}";
}
