using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// The document that is validated, serialized and exchanged: the sources it draws on, the actors,
/// locations and engagements it describes, the claims made about them, the attributions that tie
/// each claim and engagement to a span of a source, and the mentions of names as printed.
/// </summary>
/// <remarks>
/// <para>A report holds each entity once; entities refer to each other by typed ids, never by
/// copies. Building a report checks each entity's own invariants (they cannot be built otherwise);
/// whether the parts fit together — references resolve, ids are unique, quotes match their source —
/// is checked by report validation, which returns every problem at once.</para>
/// <para>Two reports are equal when their collections hold equal entities in the same order.
/// The in-memory model is always of <see cref="SchemaVersion.Current"/>; the JSON form records the
/// version it was written in. This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed partial class ConflictReport : IEquatable<ConflictReport>
{
    /// <summary>Initializes a new empty report (as <see cref="Empty"/>); add its parts with the <c>With…</c> methods.</summary>
    public ConflictReport()
        : this([], [], [], [], [], [], [], [])
    {
    }

    /// <summary>Initializes a new report from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here, so every rule holds whichever way a value is built.</remarks>
    [JsonConstructor]
    internal ConflictReport(
        ImmutableArray<Source> sources = default,
        ImmutableArray<Actor> actors = default,
        ImmutableArray<Location> locations = default,
        ImmutableArray<Engagement> engagements = default,
        ImmutableArray<Claim> claims = default,
        ImmutableArray<SourceAttribution> attributions = default,
        ImmutableArray<Mention> mentions = default,
        ImmutableArray<DatasetField> datasetFields = default)
    {
        Sources = Preconditions.CheckElements(sources);
        Actors = Preconditions.CheckElements(actors);
        Locations = Preconditions.CheckElements(locations);
        Engagements = Preconditions.CheckElements(engagements);
        Claims = Preconditions.CheckElements(claims);
        Attributions = Preconditions.CheckElements(attributions);
        Mentions = Preconditions.CheckElements(mentions);
        DatasetFields = Preconditions.CheckElements(datasetFields);
    }

    /// <summary>Gets a report with nothing in it.</summary>
    public static ConflictReport Empty { get; } = new();

    /// <summary>Gets the documents the report draws on.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>Gets the locations.</summary>
    public ImmutableArray<Location> Locations { get; }

    /// <summary>Gets the engagements.</summary>
    public ImmutableArray<Engagement> Engagements { get; }

    /// <summary>Gets the claims.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the source attributions.</summary>
    public ImmutableArray<SourceAttribution> Attributions { get; }

    /// <summary>Gets the mentions of names as printed.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>Returns a copy with other sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>The new report.</returns>
    [Pure]
    public ConflictReport WithSources(ImmutableArray<Source> sources) => new(sources, Actors, Locations, Engagements, Claims, Attributions, Mentions, DatasetFields);

    /// <summary>Returns a copy with other actors.</summary>
    /// <param name="actors">The actors.</param>
    /// <returns>The new report.</returns>
    [Pure]
    public ConflictReport WithActors(ImmutableArray<Actor> actors) => new(Sources, actors, Locations, Engagements, Claims, Attributions, Mentions, DatasetFields);

    /// <summary>Returns a copy with other locations.</summary>
    /// <param name="locations">The locations.</param>
    /// <returns>The new report.</returns>
    [Pure]
    public ConflictReport WithLocations(ImmutableArray<Location> locations) => new(Sources, Actors, locations, Engagements, Claims, Attributions, Mentions, DatasetFields);

    /// <summary>Returns a copy with other engagements.</summary>
    /// <param name="engagements">The engagements.</param>
    /// <returns>The new report.</returns>
    [Pure]
    public ConflictReport WithEngagements(ImmutableArray<Engagement> engagements) => new(Sources, Actors, Locations, engagements, Claims, Attributions, Mentions, DatasetFields);

    /// <summary>Returns a copy with other claims.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The new report.</returns>
    [Pure]
    public ConflictReport WithClaims(ImmutableArray<Claim> claims) => new(Sources, Actors, Locations, Engagements, claims, Attributions, Mentions, DatasetFields);

    /// <summary>Returns a copy with other attributions.</summary>
    /// <param name="attributions">The attributions.</param>
    /// <returns>The new report.</returns>
    [Pure]
    public ConflictReport WithAttributions(ImmutableArray<SourceAttribution> attributions) => new(Sources, Actors, Locations, Engagements, Claims, attributions, Mentions, DatasetFields);

    /// <summary>Returns a copy with other mentions.</summary>
    /// <param name="mentions">The mentions.</param>
    /// <returns>The new report.</returns>
    [Pure]
    public ConflictReport WithMentions(ImmutableArray<Mention> mentions) => new(Sources, Actors, Locations, Engagements, Claims, Attributions, mentions, DatasetFields);

    /// <summary>Gets the fields of an imported dataset row that have no typed member, in their order (see <see cref="DatasetField"/>).</summary>
    public ImmutableArray<DatasetField> DatasetFields { get; }

    /// <summary>Returns a copy with another value of <see cref="DatasetFields"/>, checked as the constructor checks it.</summary>
    /// <param name="datasetFields">The fields of an imported dataset row that have no typed member, in their order.</param>
    /// <returns>The new report.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the report's members.</exception>
    [Pure]
    public ConflictReport WithDatasetFields(ImmutableArray<DatasetField> datasetFields) => new(Sources, Actors, Locations, Engagements, Claims, Attributions, Mentions, datasetFields);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] ConflictReport? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (Equality.SequenceEqual(Sources, other.Sources)
                && Equality.SequenceEqual(Actors, other.Actors)
                && Equality.SequenceEqual(Locations, other.Locations)
                && Equality.SequenceEqual(Engagements, other.Engagements)
                && Equality.SequenceEqual(Claims, other.Claims)
                && Equality.SequenceEqual(Attributions, other.Attributions)
                && Equality.SequenceEqual(Mentions, other.Mentions)
                && Equality.SequenceEqual(DatasetFields, other.DatasetFields)));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ConflictReport);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        Equality.AddSequence(ref hash, Sources);
        Equality.AddSequence(ref hash, Actors);
        Equality.AddSequence(ref hash, Locations);
        Equality.AddSequence(ref hash, Engagements);
        Equality.AddSequence(ref hash, Claims);
        Equality.AddSequence(ref hash, Attributions);
        Equality.AddSequence(ref hash, Mentions);
        Equality.AddSequence(ref hash, DatasetFields);
        return hash.ToHashCode();
    }

    /// <summary>Compares two reports for equality of every collection, item by item.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ConflictReport? left, ConflictReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports for inequality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(ConflictReport? left, ConflictReport? right) => !(left == right);

    /// <summary>Returns a count of what the report holds.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"ConflictReport: {Words.Count(Sources.Length, "source", "sources")}, {Words.Count(Actors.Length, "actor", "actors")}, {Words.Count(Locations.Length, "location", "locations")}, "
            + $"{Words.Count(Engagements.Length, "engagement", "engagements")}, {Words.Count(Claims.Length, "claim", "claims")}, {Words.Count(Attributions.Length, "attribution", "attributions")}, {Words.Count(Mentions.Length, "mention", "mentions")}";
}
