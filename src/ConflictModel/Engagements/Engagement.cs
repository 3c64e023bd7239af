using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

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
    /// <summary>Initializes a new engagement.</summary>
    /// <param name="id">The id, unique among the report's engagements.</param>
    /// <param name="type">The event type (ACLED's <c>event_type</c>).</param>
    /// <param name="scope">Whether this is one event or a campaign of events.</param>
    /// <param name="subType">The sub-type (ACLED's <c>sub_event_type</c>); must belong to <paramref name="type"/>.</param>
    /// <param name="time">When it happened, with its precision, or null when the source does not say.</param>
    /// <param name="locations">Where it happened.</param>
    /// <param name="participants">Who took part, in which role.</param>
    /// <param name="campaign">The campaign this engagement is part of, or null.</param>
    /// <param name="attributions">The attributions that report the engagement.</param>
    /// <param name="summary">A one-sentence summary in the modeller's words, or null.</param>
    /// <exception cref="ArgumentException">An id is uninitialised, the sub-type belongs to another type, the engagement is its own campaign, or a collection holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public Engagement(
        EngagementId id,
        EventType type,
        EngagementScope scope = EngagementScope.Event,
        SubEventType? subType = null,
        ReportedTime? time = null,
        ImmutableArray<LocationId> locations = default,
        ImmutableArray<Participant> participants = default,
        EngagementId? campaign = null,
        ImmutableArray<AttributionId> attributions = default,
        string? summary = null)
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
                && string.Equals(Summary, other.Summary, StringComparison.Ordinal)));

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

    /// <summary>Returns "id: type/sub-type (scope)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Type}{(SubType is { } s ? "/" + s : string.Empty)} ({Scope})";
}
