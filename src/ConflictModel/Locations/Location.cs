using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// A place at any scale — a multi-country region, a country, an administrative division, a town,
/// a military post, an airport, a border area — with its names, its parent, and, where resolved,
/// a point and how precisely that point places events.
/// </summary>
/// <remarks>
/// A location's parent is another location of the same report, by id (Kayes town in Kayes region
/// in Mali). Whether the parent exists and the chain has no cycle is checked by report validation.
/// This type is immutable; safe to share between threads.
/// </remarks>
public sealed class Location : IEquatable<Location>
{
    /// <summary>Initializes a new location with only an id, a name and a kind; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's locations.</param>
    /// <param name="name">The name the location is known by.</param>
    /// <param name="kind">What kind of place it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Location(LocationId id, LocalizedName name, LocationKind kind)
        : this(id, name, kind, [], null, null, null, null, [], null, [])
    {
    }

    /// <summary>Initializes a new location from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here, so every rule holds whichever way a value is built.</remarks>
    [JsonConstructor]
    internal Location(
        LocationId id,
        LocalizedName name,
        LocationKind kind,
        ImmutableArray<LocalizedName> alternateNames = default,
        LocationId? parent = null,
        Iso3166Code? isoCode = null,
        GeoPoint? point = null,
        PlacePrecision? precision = null,
        ImmutableArray<ExternalId> externalIds = default,
        LocationBasis? basis = null,
        ImmutableArray<DatasetField> datasetFields = default)
    {
        Id = Preconditions.CheckInitialized(id);
        Name = Preconditions.CheckNotNull(name);
        Kind = Preconditions.CheckDefined(kind);
        AlternateNames = Preconditions.CheckElements(alternateNames);
        if (parent is { } p)
        {
            Preconditions.CheckInitialized(p, nameof(parent));
            Preconditions.CheckArgument(p != id, nameof(parent), "A location cannot be its own parent.");
        }

        Parent = parent;
        IsoCode = isoCode is { } code ? Preconditions.CheckInitialized(code, nameof(isoCode)) : null;
        Point = point;
        Precision = Preconditions.CheckDefined(precision);
        Preconditions.CheckArgument(precision is null || point is not null, nameof(precision), "A precision qualifies a point; give a point or no precision.");
        ExternalIds = Preconditions.CheckElements(externalIds);
        Basis = Preconditions.CheckDefined(basis);
        Preconditions.CheckArgument(
            basis is null || point is not null || !ExternalIds.IsEmpty,
            nameof(basis),
            "A basis says where a point or external ids come from; give a point or an external id, or no basis.");
        DatasetFields = Preconditions.CheckElements(datasetFields);
    }

    /// <summary>Gets the id, unique among the report's locations.</summary>
    public LocationId Id { get; }

    /// <summary>Gets the name the location is known by.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets what kind of place it is.</summary>
    public LocationKind Kind { get; }

    /// <summary>Gets other names and spellings, with their languages.</summary>
    public ImmutableArray<LocalizedName> AlternateNames { get; }

    /// <summary>Gets the id of the location this one lies in, or null.</summary>
    public LocationId? Parent { get; }

    /// <summary>Gets the ISO 3166 code, for a country or subdivision; otherwise null.</summary>
    public Iso3166Code? IsoCode { get; }

    /// <summary>Gets the WGS 84 point, where resolved; otherwise null.</summary>
    public GeoPoint? Point { get; }

    /// <summary>Gets how precisely <see cref="Point"/> places events; null when there is no point.</summary>
    public PlacePrecision? Precision { get; }

    /// <summary>Gets ids of this place in gazetteers and datasets.</summary>
    public ImmutableArray<ExternalId> ExternalIds { get; }

    /// <summary>
    /// Gets where <see cref="Point"/> and <see cref="ExternalIds"/> come from — the source, an inference,
    /// or a gazetteer — or null when nobody said; null when there is neither.
    /// </summary>
    /// <remarks>
    /// The name, kind and parent are the source's (with any resolution of a misspelt name kept on its
    /// mention); the point and ids are usually not, and an export that writes coordinates says on what
    /// they rest.
    /// </remarks>
    public LocationBasis? Basis { get; }

    /// <summary>Gets the fields of an imported dataset row that have no typed member, in their order (see <see cref="DatasetField"/>).</summary>
    public ImmutableArray<DatasetField> DatasetFields { get; }

    /// <summary>Returns a copy with another value of <see cref="AlternateNames"/>, checked as the constructor checks it.</summary>
    /// <param name="alternateNames">Other names and spellings, with their languages.</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the location's members.</exception>
    [Pure]
    public Location WithAlternateNames(ImmutableArray<LocalizedName> alternateNames) => new(Id, Name, Kind, alternateNames, Parent, IsoCode, Point, Precision, ExternalIds, Basis, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Parent"/>, checked as the constructor checks it.</summary>
    /// <param name="parent">The location this one lies in, or null.</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the location's members.</exception>
    [Pure]
    public Location WithParent(LocationId? parent) => new(Id, Name, Kind, AlternateNames, parent, IsoCode, Point, Precision, ExternalIds, Basis, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="IsoCode"/>, checked as the constructor checks it.</summary>
    /// <param name="isoCode">The ISO 3166 code, for a country or subdivision.</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the location's members.</exception>
    [Pure]
    public Location WithIsoCode(Iso3166Code? isoCode) => new(Id, Name, Kind, AlternateNames, Parent, isoCode, Point, Precision, ExternalIds, Basis, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Point"/>, checked as the constructor checks it.</summary>
    /// <param name="point">A WGS 84 point, where resolved.</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the location's members.</exception>
    [Pure]
    public Location WithPoint(GeoPoint? point) => new(Id, Name, Kind, AlternateNames, Parent, IsoCode, point, Precision, ExternalIds, Basis, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Precision"/>, checked as the constructor checks it.</summary>
    /// <param name="precision">How precisely <see cref="Point"/> places events; only with a point.</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the location's members.</exception>
    [Pure]
    public Location WithPrecision(PlacePrecision? precision) => new(Id, Name, Kind, AlternateNames, Parent, IsoCode, Point, precision, ExternalIds, Basis, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="ExternalIds"/>, checked as the constructor checks it.</summary>
    /// <param name="externalIds">Gazetteer ids (GeoNames, Wikidata).</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the location's members.</exception>
    [Pure]
    public Location WithExternalIds(ImmutableArray<ExternalId> externalIds) => new(Id, Name, Kind, AlternateNames, Parent, IsoCode, Point, Precision, externalIds, Basis, DatasetFields);

    /// <summary>Returns a copy with another basis for its point and external ids.</summary>
    /// <param name="basis">Where the point and external ids come from; or null.</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">A basis is given, and the location has neither a point nor an external id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    [Pure]
    public Location WithBasis(LocationBasis? basis) => new(Id, Name, Kind, AlternateNames, Parent, IsoCode, Point, Precision, ExternalIds, basis, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="DatasetFields"/>, checked as the constructor checks it.</summary>
    /// <param name="datasetFields">The fields of an imported dataset row that have no typed member, in their order.</param>
    /// <returns>The new location.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the location's members.</exception>
    [Pure]
    public Location WithDatasetFields(ImmutableArray<DatasetField> datasetFields) => new(Id, Name, Kind, AlternateNames, Parent, IsoCode, Point, Precision, ExternalIds, Basis, datasetFields);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Location? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Name == other.Name
                && Kind == other.Kind
                && Equality.SequenceEqual(AlternateNames, other.AlternateNames)
                && Nullable.Equals(Parent, other.Parent)
                && Nullable.Equals(IsoCode, other.IsoCode)
                && Nullable.Equals(Point, other.Point)
                && Precision == other.Precision
                && Equality.SequenceEqual(ExternalIds, other.ExternalIds)
                && Basis == other.Basis
                && Equality.SequenceEqual(DatasetFields, other.DatasetFields)));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Location);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Kind);
        Equality.AddSequence(ref hash, AlternateNames);
        hash.Add(Parent);
        hash.Add(IsoCode);
        hash.Add(Point);
        hash.Add(Precision);
        Equality.AddSequence(ref hash, ExternalIds);
        hash.Add(Basis);
        Equality.AddSequence(ref hash, DatasetFields);
        return hash.ToHashCode();
    }

    /// <summary>Compares two locations for equality of every property, collections included.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Location? left, Location? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two locations for inequality.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Location? left, Location? right) => !(left == right);

    /// <summary>Returns "id: name (kind)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Name.Text} ({Kind})";
}
