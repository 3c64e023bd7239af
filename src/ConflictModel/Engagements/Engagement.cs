using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A violent event, or a campaign of coordinated events: its type in ACLED's taxonomy, when and
/// where it happened, who took part in which role, the campaign it belongs to, and the
/// attributions that report it.
/// </summary>
/// <remarks>
/// <para>Contested facts about an engagement — casualties, who won, who is responsible — are not
/// properties of it: they are <see cref="Claim"/>s about it, each with its claimant.</para>
/// <para>That an engagement has a location and an attribution, that its references resolve and that its
/// time lies within its campaign's is checked by report validation. This type is immutable; safe
/// to share between threads.</para>
/// </remarks>
public sealed class Engagement : IEquatable<Engagement>
{
    /// <summary>Initializes a new single event with only an id and a type; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's engagements.</param>
    /// <param name="type">The event type (ACLED's <c>event_type</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public Engagement(EngagementId id, EventType type)
        : this(id, type, EngagementScope.Event, null, null, [], [], null, [], null, [], [])
    {
    }

    /// <summary>Initializes a new engagement from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal Engagement(
        EngagementId id,
        EventType type,
        EngagementScope scope = EngagementScope.Event,
        SubEventType? subType = null,
        ReportedTime? time = null,
        ImmutableArray<LocationId> locations = default,
        ImmutableArray<Participant> participants = default,
        EngagementId? campaign = null,
        ImmutableArray<AttributionId> attributions = default,
        string? summary = null,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
    {
        Id = Preconditions.CheckInitialized(id);
        Type = Preconditions.CheckDefined(type);
        Scope = Preconditions.CheckDefined(scope);
        if (subType is { } sub)
        {
            Preconditions.CheckArgument(
                EventTaxonomy.TypeOf(sub) == type,
                nameof(subType),
                $"The sub-type {sub} belongs to {EventTaxonomy.TypeOf(sub)}, not to {type}.");
        }

        SubType = subType;
        Time = time;
        Locations = Preconditions.CheckInitializedElements(locations);
        Participants = Preconditions.CheckElements(participants);
        if (campaign is { } parent)
        {
            Preconditions.CheckInitialized(parent, nameof(campaign));
            Preconditions.CheckArgument(parent != id, nameof(campaign), "An engagement cannot be its own campaign.");
        }

        Campaign = campaign;
        Attributions = Preconditions.CheckInitializedElements(attributions);
        Summary = Preconditions.CheckNullOrNotBlank(summary);
        ExternalIds = Preconditions.CheckElements(externalIds);
        DatasetFields = Preconditions.CheckElements(datasetFields);
    }

    /// <summary>Gets the id, unique among the report's engagements.</summary>
    public EngagementId Id { get; }

    /// <summary>Gets the event type.</summary>
    public EventType Type { get; }

    /// <summary>Gets whether this is one event or a campaign of events.</summary>
    public EngagementScope Scope { get; }

    /// <summary>Gets the sub-type, or null when not determined.</summary>
    public SubEventType? SubType { get; }

    /// <summary>Gets when it happened, or null when the source does not say.</summary>
    public ReportedTime? Time { get; }

    /// <summary>Gets where it happened.</summary>
    public ImmutableArray<LocationId> Locations { get; }

    /// <summary>Gets who took part, in which role.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>Gets the campaign this engagement is part of, or null.</summary>
    public EngagementId? Campaign { get; }

    /// <summary>Gets the attributions that report the engagement.</summary>
    public ImmutableArray<AttributionId> Attributions { get; }

    /// <summary>Gets a one-sentence summary in the modeller's words, or null.</summary>
    public string? Summary { get; }

    /// <summary>Gets the engagement's ids in other datasets (ACLED's <c>event_id_cnty</c>, UCDP GED's <c>id</c>).</summary>
    public ImmutableArray<ExternalId> ExternalIds { get; }

    /// <summary>Gets the fields of an imported dataset row that have no typed member, in their order.</summary>
    public ImmutableArray<DatasetField> DatasetFields { get; }

    /// <summary>Returns a copy that is one event or a campaign.</summary>
    /// <param name="scope">Whether this is one event or a campaign of events.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not defined.</exception>
    [Pure]
    public Engagement WithScope(EngagementScope scope) => new(Id, Type, scope, SubType, Time, Locations, Participants, Campaign, Attributions, Summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another sub-type.</summary>
    /// <param name="subType">The sub-type (ACLED's <c>sub_event_type</c>), which must belong to <see cref="Type"/>; or null.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException"><paramref name="subType"/> belongs to another type.</exception>
    [Pure]
    public Engagement WithSubType(SubEventType? subType) => new(Id, Type, Scope, subType, Time, Locations, Participants, Campaign, Attributions, Summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another time.</summary>
    /// <param name="time">When it happened, with its precision, or null when the source does not say.</param>
    /// <returns>The new engagement.</returns>
    [Pure]
    public Engagement WithTime(ReportedTime? time) => new(Id, Type, Scope, SubType, time, Locations, Participants, Campaign, Attributions, Summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with other locations.</summary>
    /// <param name="locations">Where it happened.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException">An id is uninitialised.</exception>
    [Pure]
    public Engagement WithLocations(ImmutableArray<LocationId> locations) => new(Id, Type, Scope, SubType, Time, locations, Participants, Campaign, Attributions, Summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with other participants.</summary>
    /// <param name="participants">Who took part, in which role.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException">The collection holds null.</exception>
    [Pure]
    public Engagement WithParticipants(ImmutableArray<Participant> participants) => new(Id, Type, Scope, SubType, Time, Locations, participants, Campaign, Attributions, Summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy that is part of another campaign.</summary>
    /// <param name="campaign">The campaign, not this engagement itself; or null.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException"><paramref name="campaign"/> is uninitialised or is this engagement.</exception>
    [Pure]
    public Engagement WithCampaign(EngagementId? campaign) => new(Id, Type, Scope, SubType, Time, Locations, Participants, campaign, Attributions, Summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with other attributions.</summary>
    /// <param name="attributions">The attributions that report the engagement.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException">An id is uninitialised.</exception>
    [Pure]
    public Engagement WithAttributions(ImmutableArray<AttributionId> attributions) => new(Id, Type, Scope, SubType, Time, Locations, Participants, Campaign, attributions, Summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another summary.</summary>
    /// <param name="summary">A one-sentence summary in the modeller's words, or null.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException"><paramref name="summary"/> is blank.</exception>
    [Pure]
    public Engagement WithSummary(string? summary) => new(Id, Type, Scope, SubType, Time, Locations, Participants, Campaign, Attributions, summary, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with other external ids.</summary>
    /// <param name="externalIds">The engagement's ids in other datasets.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException">The collection holds null.</exception>
    [Pure]
    public Engagement WithExternalIds(ImmutableArray<ExternalId> externalIds) => new(Id, Type, Scope, SubType, Time, Locations, Participants, Campaign, Attributions, Summary, externalIds, DatasetFields);

    /// <summary>Returns a copy with other dataset fields.</summary>
    /// <param name="datasetFields">The fields of an imported dataset row that have no typed member, in their order.</param>
    /// <returns>The new engagement.</returns>
    /// <exception cref="ArgumentException">The collection holds null.</exception>
    [Pure]
    public Engagement WithDatasetFields(ImmutableArray<DatasetField> datasetFields) => new(Id, Type, Scope, SubType, Time, Locations, Participants, Campaign, Attributions, Summary, ExternalIds, datasetFields);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Engagement? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Type == other.Type
                && Scope == other.Scope
                && SubType == other.SubType
                && Time == other.Time
                && Equality.SequenceEqual(Locations, other.Locations)
                && Equality.SequenceEqual(Participants, other.Participants)
                && Nullable.Equals(Campaign, other.Campaign)
                && Equality.SequenceEqual(Attributions, other.Attributions)
                && string.Equals(Summary, other.Summary, StringComparison.Ordinal)
                && Equality.SequenceEqual(ExternalIds, other.ExternalIds)
                && Equality.SequenceEqual(DatasetFields, other.DatasetFields)));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Engagement);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Type);
        hash.Add(Scope);
        hash.Add(SubType);
        hash.Add(Time);
        Equality.AddSequence(ref hash, Locations);
        Equality.AddSequence(ref hash, Participants);
        hash.Add(Campaign);
        Equality.AddSequence(ref hash, Attributions);
        hash.Add(Summary);
        Equality.AddSequence(ref hash, ExternalIds);
        Equality.AddSequence(ref hash, DatasetFields);
        return hash.ToHashCode();
    }

    /// <summary>Compares two engagements for equality of every property, collections included.</summary>
    /// <param name="left">The first engagement.</param>
    /// <param name="right">The second engagement.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Engagement? left, Engagement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two engagements for inequality.</summary>
    /// <param name="left">The first engagement.</param>
    /// <param name="right">The second engagement.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Engagement? left, Engagement? right) => !(left == right);

    /// <summary>Returns "id: type, sub-type (scope)" in words: "kayes-attack: battles, armed clash (event)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Words.Of(Type)}{(SubType is { } s ? ", " + Words.Of(s) : string.Empty)} ({Words.Of(Scope)})";
}
