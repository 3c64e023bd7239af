using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Diagnostics.Contracts;

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
    /// <summary>Initializes a new actor with only an id, a name and a kind; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's actors.</param>
    /// <param name="name">The name, or for an unnamed actor a short description ("a resident in Kayes").</param>
    /// <param name="kind">What kind of actor it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Actor(ActorId id, LocalizedName name, ActorKind kind)
        : this(id, name, kind, [], null, null, [], [], [])
    {
    }

    /// <summary>Initializes a new actor from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here, so every rule holds whichever way a value is built.</remarks>
    [JsonConstructor]
    internal Actor(
        ActorId id,
        LocalizedName name,
        ActorKind kind,
        ImmutableArray<LocalizedName> aliases = default,
        ConflictCategory? category = null,
        Iso3166Code? country = null,
        ImmutableArray<Affiliation> affiliations = default,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
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
        DatasetFields = Preconditions.CheckElements(datasetFields);
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

    /// <summary>Gets the fields of an imported dataset row that have no typed member, in their order (see <see cref="DatasetField"/>).</summary>
    public ImmutableArray<DatasetField> DatasetFields { get; }

    /// <summary>Returns a copy with another value of <see cref="Aliases"/>, checked as the constructor checks it.</summary>
    /// <param name="aliases">Other names, acronyms and spellings, with their languages.</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the actor's members.</exception>
    [Pure]
    public Actor WithAliases(ImmutableArray<LocalizedName> aliases) => new(Id, Name, Kind, aliases, Category, Country, Affiliations, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Category"/>, checked as the constructor checks it.</summary>
    /// <param name="category">The conflict category (ACLED's actor type), where one applies.</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the actor's members.</exception>
    [Pure]
    public Actor WithCategory(ConflictCategory? category) => new(Id, Name, Kind, Aliases, category, Country, Affiliations, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Country"/>, checked as the constructor checks it.</summary>
    /// <param name="country">The country the actor belongs to or is based in: an ISO 3166-1 alpha-2 code.</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the actor's members.</exception>
    [Pure]
    public Actor WithCountry(Iso3166Code? country) => new(Id, Name, Kind, Aliases, Category, country, Affiliations, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Affiliations"/>, checked as the constructor checks it.</summary>
    /// <param name="affiliations">Relations to other actors.</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the actor's members.</exception>
    [Pure]
    public Actor WithAffiliations(ImmutableArray<Affiliation> affiliations) => new(Id, Name, Kind, Aliases, Category, Country, affiliations, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="ExternalIds"/>, checked as the constructor checks it.</summary>
    /// <param name="externalIds">Ids in other datasets (ACLED, UCDP, Wikidata).</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the actor's members.</exception>
    [Pure]
    public Actor WithExternalIds(ImmutableArray<ExternalId> externalIds) => new(Id, Name, Kind, Aliases, Category, Country, Affiliations, externalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="DatasetFields"/>, checked as the constructor checks it.</summary>
    /// <param name="datasetFields">The fields of an imported dataset row that have no typed member, in their order.</param>
    /// <returns>The new actor.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the actor's members.</exception>
    [Pure]
    public Actor WithDatasetFields(ImmutableArray<DatasetField> datasetFields) => new(Id, Name, Kind, Aliases, Category, Country, Affiliations, ExternalIds, datasetFields);

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
                && Equality.SequenceEqual(ExternalIds, other.ExternalIds)
                && Equality.SequenceEqual(DatasetFields, other.DatasetFields)));

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
        Equality.AddSequence(ref hash, DatasetFields);
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

    /// <summary>Returns "id: name (kind)", the kind in words: "jnim: JNIM (organisation)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Name.Text} ({Words.Of(Kind)})";
}
