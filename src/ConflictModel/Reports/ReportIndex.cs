using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace ConflictModel;

/// <summary>
/// The look-ups of one <see cref="ConflictReport"/>: an entity by its typed id, the claims about an
/// entity, a claim's or engagement's attributions resolved to their source and quoted text, the
/// mentions of an entity, a campaign's engagements and a location's ancestors.
/// </summary>
/// <remarks>
/// <para>Reached through <see cref="ConflictReport.Index"/>. Each table is built on first use, in one
/// pass over the section it indexes, and kept; later look-ups are dictionary reads.</para>
/// <para>The index works on any report, valid or not. When two entities of a kind share an id (which
/// validation reports as <see cref="ValidationCodes.DuplicateId"/>), the id resolves to the first of
/// them. An id that names nothing makes <c>TryGet</c> return false and <c>Get</c> throw
/// <see cref="KeyNotFoundException"/> naming the id; the collection look-ups return what resolves and
/// skip what does not. A parent chain that loops ends before it repeats a location.</para>
/// <para>Immutable once built, and safe to share between threads: tables built by two threads at once
/// are equal, and one of them is kept.</para>
/// </remarks>
public sealed class ReportIndex
{
    private Dictionary<SourceId, Source>? _sources;
    private Dictionary<ActorId, Actor>? _actors;
    private Dictionary<LocationId, Location>? _locations;
    private Dictionary<EngagementId, Engagement>? _engagements;
    private Dictionary<ClaimId, Claim>? _claims;
    private Dictionary<AttributionId, int>? _attributions;
    private Dictionary<MentionId, Mention>? _mentions;
    private Dictionary<EntityReference, ImmutableArray<Claim>>? _claimsAbout;
    private Dictionary<EntityReference, ImmutableArray<Mention>>? _mentionsOf;
    private Dictionary<EngagementId, ImmutableArray<Engagement>>? _campaignEngagements;
    private ResolvedAttribution?[]? _resolved;

    internal ReportIndex(ConflictReport report) => Report = report;

    /// <summary>Gets the report this index looks into.</summary>
    public ConflictReport Report { get; }

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The first source with that id, when found.</param>
    /// <returns>True if the report has a source with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryGet(SourceId id, [NotNullWhen(true)] out Source? source) => Sources.TryGetValue(Preconditions.CheckInitialized(id), out source);

    /// <summary>Finds an actor by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="actor">The first actor with that id, when found.</param>
    /// <returns>True if the report has an actor with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryGet(ActorId id, [NotNullWhen(true)] out Actor? actor) => Actors.TryGetValue(Preconditions.CheckInitialized(id), out actor);

    /// <summary>Finds a location by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="location">The first location with that id, when found.</param>
    /// <returns>True if the report has a location with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryGet(LocationId id, [NotNullWhen(true)] out Location? location) => Locations.TryGetValue(Preconditions.CheckInitialized(id), out location);

    /// <summary>Finds an engagement by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="engagement">The first engagement with that id, when found.</param>
    /// <returns>True if the report has an engagement with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryGet(EngagementId id, [NotNullWhen(true)] out Engagement? engagement) => Engagements.TryGetValue(Preconditions.CheckInitialized(id), out engagement);

    /// <summary>Finds a claim by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="claim">The first claim with that id, when found.</param>
    /// <returns>True if the report has a claim with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryGet(ClaimId id, [NotNullWhen(true)] out Claim? claim) => Claims.TryGetValue(Preconditions.CheckInitialized(id), out claim);

    /// <summary>Finds an attribution by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="attribution">The first attribution with that id, when found.</param>
    /// <returns>True if the report has an attribution with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryGet(AttributionId id, [NotNullWhen(true)] out SourceAttribution? attribution)
    {
        var found = Attributions.TryGetValue(Preconditions.CheckInitialized(id), out var at);
        attribution = found ? Report.Attributions[at] : null;
        return found;
    }

    /// <summary>Finds a mention by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="mention">The first mention with that id, when found.</param>
    /// <returns>True if the report has a mention with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryGet(MentionId id, [NotNullWhen(true)] out Mention? mention) => Mentions.TryGetValue(Preconditions.CheckInitialized(id), out mention);

    /// <summary>Gets a source by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first source with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no source with that id.</exception>
    public Source Get(SourceId id) => TryGet(id, out var found) ? found : throw NotFound("source", id.Value);

    /// <summary>Gets an actor by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first actor with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no actor with that id.</exception>
    public Actor Get(ActorId id) => TryGet(id, out var found) ? found : throw NotFound("actor", id.Value);

    /// <summary>Gets a location by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first location with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no location with that id.</exception>
    public Location Get(LocationId id) => TryGet(id, out var found) ? found : throw NotFound("location", id.Value);

    /// <summary>Gets an engagement by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first engagement with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no engagement with that id.</exception>
    public Engagement Get(EngagementId id) => TryGet(id, out var found) ? found : throw NotFound("engagement", id.Value);

    /// <summary>Gets a claim by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first claim with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no claim with that id.</exception>
    public Claim Get(ClaimId id) => TryGet(id, out var found) ? found : throw NotFound("claim", id.Value);

    /// <summary>Gets an attribution by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first attribution with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no attribution with that id.</exception>
    public SourceAttribution Get(AttributionId id) => TryGet(id, out var found) ? found : throw NotFound("attribution", id.Value);

    /// <summary>Gets a mention by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first mention with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no mention with that id.</exception>
    public Mention Get(MentionId id) => TryGet(id, out var found) ? found : throw NotFound("mention", id.Value);

    /// <summary>Resolves an attribution to its source and the words its quote stands for.</summary>
    /// <param name="id">The attribution's id.</param>
    /// <param name="resolved">The resolved attribution, when the report has one with that id.</param>
    /// <returns>True if the report has an attribution with that id (whether or not its source resolves).</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    public bool TryResolve(AttributionId id, [NotNullWhen(true)] out ResolvedAttribution? resolved)
    {
        if (!Attributions.TryGetValue(Preconditions.CheckInitialized(id), out var at))
        {
            resolved = null;
            return false;
        }

        resolved = ResolvedAt(at);
        return true;
    }

    /// <summary>Resolves an attribution to its source and the words its quote stands for.</summary>
    /// <param name="id">The attribution's id.</param>
    /// <returns>The resolved attribution.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no attribution with that id.</exception>
    public ResolvedAttribution Resolve(AttributionId id) => TryResolve(id, out var found) ? found : throw NotFound("attribution", id.Value);

    /// <summary>Gets the attributions that carry a claim, resolved, in the claim's order; ids that name no attribution are skipped.</summary>
    /// <param name="claim">The claim; it need not belong to the report.</param>
    /// <returns>The resolved attributions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public ImmutableArray<ResolvedAttribution> AttributionsOf(Claim claim) => ResolveAll(Preconditions.CheckNotNull(claim).Attributions);

    /// <summary>Gets the attributions that report an engagement, resolved, in the engagement's order; ids that name no attribution are skipped.</summary>
    /// <param name="engagement">The engagement; it need not belong to the report.</param>
    /// <returns>The resolved attributions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagement"/> is null.</exception>
    public ImmutableArray<ResolvedAttribution> AttributionsOf(Engagement engagement) => ResolveAll(Preconditions.CheckNotNull(engagement).Attributions);

    /// <summary>Gets the claims that name an entity among their subjects, in report order, each once.</summary>
    /// <param name="subject">The entity; it need not be in the report.</param>
    /// <returns>The claims; empty when none is about it.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is uninitialised.</exception>
    /// <remarks>Only subjects count: a casualty claim whose victims are an actor is about its engagement, not about the actor, unless the actor is also a subject.</remarks>
    public ImmutableArray<Claim> ClaimsAbout(EntityReference subject)
        => ClaimsBySubject.GetValueOrDefault(Preconditions.CheckInitialized(subject), ImmutableArray<Claim>.Empty);

    /// <summary>Gets the claims about an engagement, in report order.</summary>
    /// <param name="engagement">The engagement's id.</param>
    /// <returns>The claims; empty when none is about it.</returns>
    /// <exception cref="ArgumentException"><paramref name="engagement"/> is uninitialised.</exception>
    public ImmutableArray<Claim> ClaimsAbout(EngagementId engagement) => ClaimsAbout(EntityReference.To(engagement));

    /// <summary>Gets the claims about an actor, in report order.</summary>
    /// <param name="actor">The actor's id.</param>
    /// <returns>The claims; empty when none is about it.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is uninitialised.</exception>
    public ImmutableArray<Claim> ClaimsAbout(ActorId actor) => ClaimsAbout(EntityReference.To(actor));

    /// <summary>Gets the claims about a location, in report order.</summary>
    /// <param name="location">The location's id.</param>
    /// <returns>The claims; empty when none is about it.</returns>
    /// <exception cref="ArgumentException"><paramref name="location"/> is uninitialised.</exception>
    public ImmutableArray<Claim> ClaimsAbout(LocationId location) => ClaimsAbout(EntityReference.To(location));

    /// <summary>Gets the mentions of an entity, in report order.</summary>
    /// <param name="entity">The entity; it need not be in the report.</param>
    /// <returns>The mentions; empty when none names it.</returns>
    /// <exception cref="ArgumentException"><paramref name="entity"/> is uninitialised.</exception>
    public ImmutableArray<Mention> MentionsOf(EntityReference entity)
        => MentionsByEntity.GetValueOrDefault(Preconditions.CheckInitialized(entity), ImmutableArray<Mention>.Empty);

    /// <summary>Gets the engagements whose campaign is the given engagement, in report order.</summary>
    /// <param name="campaign">The campaign's id.</param>
    /// <returns>Its direct parts; empty when nothing names it as its campaign.</returns>
    /// <exception cref="ArgumentException"><paramref name="campaign"/> is uninitialised.</exception>
    public ImmutableArray<Engagement> EngagementsOf(EngagementId campaign)
        => CampaignEngagements.GetValueOrDefault(Preconditions.CheckInitialized(campaign), ImmutableArray<Engagement>.Empty);

    /// <summary>Gets the locations that contain a location, nearest first: its parent, the parent's parent, and so on.</summary>
    /// <param name="location">The location's id.</param>
    /// <returns>The ancestors; empty for a location without a parent.</returns>
    /// <exception cref="ArgumentException"><paramref name="location"/> is uninitialised.</exception>
    /// <exception cref="KeyNotFoundException">The report has no location with that id.</exception>
    /// <remarks>
    /// The chain ends at a location without a parent, at a parent id that names no location, or before
    /// a location that is already in the chain (a cycle, which validation reports as an error).
    /// </remarks>
    public ImmutableArray<Location> AncestorsOf(LocationId location)
    {
        var current = Get(location);
        var seen = new HashSet<LocationId> { current.Id };
        var ancestors = ImmutableArray.CreateBuilder<Location>();
        while (current.Parent is { } parent && seen.Add(parent) && Locations.TryGetValue(parent, out var next))
        {
            ancestors.Add(next);
            current = next;
        }

        return ancestors.ToImmutable();
    }

    private Dictionary<SourceId, Source> Sources => _sources ?? Publish(ref _sources, ById(Report.Sources, s => s.Id));

    private Dictionary<ActorId, Actor> Actors => _actors ?? Publish(ref _actors, ById(Report.Actors, a => a.Id));

    private Dictionary<LocationId, Location> Locations => _locations ?? Publish(ref _locations, ById(Report.Locations, l => l.Id));

    private Dictionary<EngagementId, Engagement> Engagements => _engagements ?? Publish(ref _engagements, ById(Report.Engagements, e => e.Id));

    private Dictionary<ClaimId, Claim> Claims => _claims ?? Publish(ref _claims, ById(Report.Claims, c => c.Id));

    private Dictionary<MentionId, Mention> Mentions => _mentions ?? Publish(ref _mentions, ById(Report.Mentions, m => m.Id));

    private Dictionary<AttributionId, int> Attributions => _attributions ?? Publish(ref _attributions, PositionsOf(Report.Attributions));

    private Dictionary<EntityReference, ImmutableArray<Claim>> ClaimsBySubject
        => _claimsAbout ?? Publish(ref _claimsAbout, Group<EntityReference, Claim>(Report.Claims, static (c, add) =>
        {
            foreach (var subject in c.Subjects)
            {
                add(subject);
            }
        }));

    private Dictionary<EntityReference, ImmutableArray<Mention>> MentionsByEntity
        => _mentionsOf ?? Publish(ref _mentionsOf, Group<EntityReference, Mention>(Report.Mentions, static (m, add) => add(m.Entity)));

    private Dictionary<EngagementId, ImmutableArray<Engagement>> CampaignEngagements
        => _campaignEngagements ?? Publish(ref _campaignEngagements, Group<EngagementId, Engagement>(Report.Engagements, static (e, add) =>
        {
            if (e.Campaign is { } campaign)
            {
                add(campaign);
            }
        }));

    private ResolvedAttribution ResolvedAt(int at)
    {
        var resolved = _resolved ?? Publish(ref _resolved, new ResolvedAttribution?[Report.Attributions.Length]);
        if (resolved[at] is { } done)
        {
            return done;
        }

        var attribution = Report.Attributions[at];
        var made = new ResolvedAttribution(attribution, Sources.GetValueOrDefault(attribution.Source));
        return Interlocked.CompareExchange(ref resolved[at], made, null) ?? made;
    }

    private ImmutableArray<ResolvedAttribution> ResolveAll(ImmutableArray<AttributionId> ids)
    {
        var resolved = ImmutableArray.CreateBuilder<ResolvedAttribution>(ids.Length);
        foreach (var id in ids)
        {
            if (Attributions.TryGetValue(id, out var at))
            {
                resolved.Add(ResolvedAt(at));
            }
        }

        return resolved.DrainToImmutable();
    }

    private static T Publish<T>(ref T? field, T built)
        where T : class
        => Interlocked.CompareExchange(ref field, built, null) ?? built;

    private static KeyNotFoundException NotFound(string kind, string id) => new($"The report has no {kind} with the id '{id}'.");

    private static Dictionary<TId, T> ById<TId, T>(ImmutableArray<T> items, Func<T, TId> id)
        where TId : notnull
    {
        var index = new Dictionary<TId, T>(items.Length);
        foreach (var item in items)
        {
            // The first entity with an id wins, as in validation.
            index.TryAdd(id(item), item);
        }

        return index;
    }

    private static Dictionary<AttributionId, int> PositionsOf(ImmutableArray<SourceAttribution> attributions)
    {
        var index = new Dictionary<AttributionId, int>(attributions.Length);
        for (var i = 0; i < attributions.Length; i++)
        {
            index.TryAdd(attributions[i].Id, i);
        }

        return index;
    }

    private static Dictionary<TKey, ImmutableArray<T>> Group<TKey, T>(ImmutableArray<T> items, Action<T, Action<TKey>> keys)
        where TKey : notnull
        where T : class
    {
        var groups = new Dictionary<TKey, ImmutableArray<T>.Builder>();
        foreach (var item in items)
        {
            keys(item, key =>
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    groups.Add(key, group = ImmutableArray.CreateBuilder<T>());
                }

                // An item that names the same key twice is listed once.
                if (group.Count == 0 || !ReferenceEquals(group[^1], item))
                {
                    group.Add(item);
                }
            });
        }

        var result = new Dictionary<TKey, ImmutableArray<T>>(groups.Count);
        foreach (var (key, group) in groups)
        {
            result.Add(key, group.DrainToImmutable());
        }

        return result;
    }
}
