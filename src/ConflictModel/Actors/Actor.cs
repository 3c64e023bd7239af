using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// Someone who acts or speaks in a report: an organisation, an armed group or force, a named
/// person, or an unnamed person or group ("a resident in Kayes").
/// </summary>
/// <remarks>
/// An actor's relations to other actors are <see cref="Affiliations"/>, by id; whether each target
/// exists and the relations have no cycle is checked by report validation. This type is immutable;
/// safe to share between threads.
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    /// <summary>Initializes a new actor.</summary>
    /// <param name="id">The id, unique among the report's actors.</param>
    /// <param name="name">The name, or for an unnamed actor a short description ("a resident in Kayes").</param>
    /// <param name="kind">What kind of actor it is.</param>
    /// <param name="aliases">Other names, acronyms and spellings, with their languages.</param>
    /// <param name="category">The conflict category (ACLED's actor type), where one applies.</param>
    /// <param name="country">The country the actor belongs to or is based in: an ISO 3166-1 alpha-2 code.</param>
    /// <param name="affiliations">Relations to other actors.</param>
    /// <param name="externalIds">Ids in other datasets (ACLED, UCDP, Wikidata).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is uninitialised, a collection holds null, <paramref name="country"/> is a subdivision code, or an affiliation targets the actor itself.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public Actor(
        ActorId id,
        LocalizedName name,
        ActorKind kind,
        ImmutableArray<LocalizedName> aliases = default,
        ConflictCategory? category = null,
        Iso3166Code? country = null,
        ImmutableArray<Affiliation> affiliations = default,
        ImmutableArray<ExternalId> externalIds = default)
    {
        Id = Preconditions.CheckInitialized(id);
        Name = Preconditions.CheckNotNull(name);
        Kind = Preconditions.CheckDefined(kind);
        Aliases = Preconditions.CheckElements(aliases);
        Category = Preconditions.CheckDefined(category);
        if (country is { } code)
        {
            Preconditions.CheckInitialized(code, nameof(country));
            Preconditions.CheckArgument(code.IsCountry, nameof(country), $"An actor's country must be an ISO 3166-1 alpha-2 code; '{code}' is a subdivision.");
        }

        Country = country;
        Affiliations = Preconditions.CheckElements(affiliations);
        foreach (var affiliation in Affiliations)
        {
            Preconditions.CheckArgument(affiliation.Target != id, nameof(affiliations), $"An actor cannot be affiliated with itself ('{id}').");
        }

        ExternalIds = Preconditions.CheckElements(externalIds);
    }

    /// <summary>Gets the id, unique among the report's actors.</summary>
    public ActorId Id { get; }

    /// <summary>Gets the name, or for an unnamed actor a short description.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets what kind of actor it is.</summary>
    public ActorKind Kind { get; }

    /// <summary>Gets other names, acronyms and spellings.</summary>
    public ImmutableArray<LocalizedName> Aliases { get; }

    /// <summary>Gets the conflict category (ACLED's actor type), or null where none applies.</summary>
    public ConflictCategory? Category { get; }

    /// <summary>Gets the country the actor belongs to or is based in, or null.</summary>
    public Iso3166Code? Country { get; }

    /// <summary>Gets the actor's relations to other actors.</summary>
    public ImmutableArray<Affiliation> Affiliations { get; }

    /// <summary>Gets the actor's ids in other datasets.</summary>
    public ImmutableArray<ExternalId> ExternalIds { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Actor? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Name == other.Name
                && Kind == other.Kind
                && Equality.SequenceEqual(Aliases, other.Aliases)
                && Category == other.Category
                && Nullable.Equals(Country, other.Country)
                && Equality.SequenceEqual(Affiliations, other.Affiliations)
                && Equality.SequenceEqual(ExternalIds, other.ExternalIds)));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Actor);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Kind);
        Equality.AddSequence(ref hash, Aliases);
        hash.Add(Category);
        hash.Add(Country);
        Equality.AddSequence(ref hash, Affiliations);
        Equality.AddSequence(ref hash, ExternalIds);
        return hash.ToHashCode();
    }

    /// <summary>Compares two actors for equality of every property, collections included.</summary>
    /// <param name="left">The first actor.</param>
    /// <param name="right">The second actor.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Actor? left, Actor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two actors for inequality.</summary>
    /// <param name="left">The first actor.</param>
    /// <param name="right">The second actor.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Actor? left, Actor? right) => !(left == right);

    /// <summary>Returns "id: name (kind)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Name.Text} ({Kind})";
}
