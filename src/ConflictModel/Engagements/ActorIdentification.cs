using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// Who a participant is believed to be, and on what that belief rests: the "jihadist fighters" of an
/// article taken to be JNIM because JNIM claimed the attack.
/// </summary>
/// <remarks>
/// <para>A source often describes the side that fought ("jihadist fighters", "gunmen") without naming
/// it, while a group claims the act or the context makes it plain. The participant keeps the actor as
/// the source describes it; the identification adds the actor it is taken to be, its
/// <see cref="Basis"/>, and the <see cref="Claims"/> it rests on. Exports that need a coded actor
/// (ACLED's <c>actor1</c> and <c>inter1</c>, UCDP's sides) use the identified actor and say on what
/// basis in their loss report.</para>
/// <para>Whether the actor and claims exist, and whether an identification by
/// <see cref="IdentificationBasis.ClaimedResponsibility"/> rests on a responsibility claim for that
/// actor about the engagement, is checked by report validation (CM0201, CM0205, CM0607).</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class ActorIdentification : IEquatable<ActorIdentification>
{
    /// <summary>Initializes a new identification that cites no claim; add claims with <see cref="WithClaims"/>.</summary>
    /// <param name="actor">The actor the participant is believed to be.</param>
    /// <param name="basis">On what the belief rests.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    public ActorIdentification(ActorId actor, IdentificationBasis basis)
        : this(actor, basis, [])
    {
    }

    /// <summary>Initializes a new identification from every member.</summary>
    /// <remarks>The one way in: the public constructor, <see cref="WithClaims"/> and the reader come here.</remarks>
    [JsonConstructor]
    internal ActorIdentification(ActorId actor, IdentificationBasis basis, ImmutableArray<ClaimId> claims = default)
    {
        Actor = Preconditions.CheckInitialized(actor);
        Basis = Preconditions.CheckDefined(basis);
        Claims = Preconditions.CheckInitializedElements(claims);
    }

    /// <summary>Gets the actor the participant is believed to be.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets on what the belief rests.</summary>
    public IdentificationBasis Basis { get; }

    /// <summary>Gets the claims the identification rests on, in order: for a claimed responsibility, the responsibility claims.</summary>
    public ImmutableArray<ClaimId> Claims { get; }

    /// <summary>Returns an identification of the same actor on the same basis that rests on other claims.</summary>
    /// <param name="claims">The claims it rests on.</param>
    /// <returns>The new identification.</returns>
    /// <exception cref="ArgumentException"><paramref name="claims"/> holds an uninitialised id.</exception>
    [Pure]
    public ActorIdentification WithClaims(ImmutableArray<ClaimId> claims) => new(Actor, Basis, claims);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] ActorIdentification? other)
        => other is not null
        && Actor == other.Actor
        && Basis == other.Basis
        && Equality.SequenceEqual(Claims, other.Claims);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ActorIdentification);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Actor);
        hash.Add(Basis);
        Equality.AddSequence(ref hash, Claims);
        return hash.ToHashCode();
    }

    /// <summary>Compares two identifications for equality of every property, claims included.</summary>
    /// <param name="left">The first identification.</param>
    /// <param name="right">The second identification.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ActorIdentification? left, ActorIdentification? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two identifications for inequality.</summary>
    /// <param name="left">The first identification.</param>
    /// <param name="right">The second identification.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(ActorIdentification? left, ActorIdentification? right) => !(left == right);

    /// <summary>Returns "actor (basis)": "jnim (ClaimedResponsibility)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Actor} ({Words.Of(Basis)})";
}
