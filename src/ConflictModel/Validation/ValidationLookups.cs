using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// What every rule of one validation run looks up, shared by the contexts of the rules: an index
/// from each id to its entity's position, the ids found twice, and the references several rules
/// walk, each resolved once.
/// </summary>
/// <remarks>
/// <para>Built on one thread by <see cref="ReportValidator"/>. After <see cref="ResolveAll"/> every
/// member only reads, so that rules may run on several threads at once over the same lookups; before
/// it, the resolved references are computed on first use, by one thread at a time.</para>
/// <para>When two entities of a kind share an id, the indexes resolve the id to the first of them.</para>
/// </remarks>
internal sealed class ValidationLookups
{
    /// <summary>Where a lookup looks before the dictionary, from the index the last lookup of the kind found: references mostly follow what they name.</summary>
    private static readonly int[] GuessOffsets = [0, 1, 2, 3, -1, -2];

    private readonly Dictionary<string, int> _sources;
    private readonly Dictionary<string, int> _actors;
    private readonly Dictionary<string, int> _locations;
    private readonly Dictionary<string, int> _engagements;
    private readonly Dictionary<string, int> _claims;
    private readonly Dictionary<string, int> _attributions;
    private readonly bool[] _unique = new bool[ReportValidationContext.HintCount];
    private readonly List<DuplicateId> _duplicates = [];
    private int[]? _attributionSources;
    private int[]? _locationParents;
    private int[]? _engagementCampaigns;
    private int[]? _mentionSources;
    private int[]? _mentionEntities;
    private ResolvedReferences? _engagementAttributions;
    private ResolvedReferences? _claimAttributions;
    private ResolvedReferences? _claimSubjects;

    /// <summary>Indexes the ids of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="parallel">How to spread the six indexes over threads, or null to build them on the calling thread.</param>
    public ValidationLookups(ConflictReport report, ParallelOptions? parallel)
    {
        Report = report;
        if (parallel is null)
        {
            _sources = Index(report.Sources, static s => s.Id.Value, EntityKind.Source, _duplicates);
            _actors = Index(report.Actors, static a => a.Id.Value, EntityKind.Actor, _duplicates);
            _locations = Index(report.Locations, static l => l.Id.Value, EntityKind.Location, _duplicates);
            _engagements = Index(report.Engagements, static e => e.Id.Value, EntityKind.Engagement, _duplicates);
            _claims = Index(report.Claims, static c => c.Id.Value, EntityKind.Claim, _duplicates);
            _attributions = Index(report.Attributions, static a => a.Id.Value, EntityKind.Attribution, _duplicates);
            return;
        }

        // Each index records its own duplicates; they are joined afterwards in section order, the
        // order the calling thread would have found them in.
        var found = new List<DuplicateId>[6];
        Dictionary<string, int>? sources = null, actors = null, locations = null, engagements = null, claims = null, attributions = null;
        Parallel.Invoke(
            parallel,
            () => sources = Index(report.Sources, static s => s.Id.Value, EntityKind.Source, found[0] = []),
            () => actors = Index(report.Actors, static a => a.Id.Value, EntityKind.Actor, found[1] = []),
            () => locations = Index(report.Locations, static l => l.Id.Value, EntityKind.Location, found[2] = []),
            () => engagements = Index(report.Engagements, static e => e.Id.Value, EntityKind.Engagement, found[3] = []),
            () => claims = Index(report.Claims, static c => c.Id.Value, EntityKind.Claim, found[4] = []),
            () => attributions = Index(report.Attributions, static a => a.Id.Value, EntityKind.Attribution, found[5] = []));
        _sources = sources!;
        _actors = actors!;
        _locations = locations!;
        _engagements = engagements!;
        _claims = claims!;
        _attributions = attributions!;
        foreach (var duplicates in found)
        {
            _duplicates.AddRange(duplicates);
        }
    }

    /// <summary>Gets the report.</summary>
    public ConflictReport Report { get; }

    /// <summary>
    /// Gets the entities (other than mentions) whose id an earlier entity of their kind already has,
    /// in section and index order, found while the indexes were built so that no rule looks every id up again.
    /// </summary>
    public IReadOnlyList<DuplicateId> Duplicates => _duplicates;

    /// <summary>Gets, for each attribution, the index of its source, or -1.</summary>
    public ReadOnlySpan<int> AttributionSources => _attributionSources ??= Resolve(Report.Attributions, static (lookups, a, hints) => lookups.IndexOf(EntityKind.Source, a.Source.Value, hints));

    /// <summary>Gets, for each location, the index of its parent, or -1 (no parent, or one that does not resolve).</summary>
    public ReadOnlySpan<int> LocationParents => _locationParents ??= Resolve(Report.Locations, static (lookups, l, hints) => l.Parent is { } p ? lookups.IndexOf(EntityKind.Location, p.Value, hints) : -1);

    /// <summary>Gets, for each engagement, the index of its campaign, or -1 (no campaign, or one that does not resolve).</summary>
    public ReadOnlySpan<int> EngagementCampaigns => _engagementCampaigns ??= Resolve(Report.Engagements, static (lookups, e, hints) => e.Campaign is { } c ? lookups.IndexOf(EntityKind.Engagement, c.Value, hints) : -1);

    /// <summary>Gets, for each mention, the index of its source, or -1.</summary>
    public ReadOnlySpan<int> MentionSources => _mentionSources ??= Resolve(Report.Mentions, static (lookups, m, hints) => lookups.IndexOf(EntityKind.Source, m.Source.Value, hints));

    /// <summary>Gets, for each mention, the index of the entity it names in the section of its kind, or -1.</summary>
    public ReadOnlySpan<int> MentionEntities => _mentionEntities ??= Resolve(Report.Mentions, static (lookups, m, hints) => lookups.IndexOf(m.Entity, hints));

    /// <summary>Gets the attributions of each engagement as attribution indexes.</summary>
    public ResolvedReferences EngagementAttributions => _engagementAttributions ??= ResolvedReferences.Create(Report.Engagements, static e => e.Attributions, (a, hints) => IndexOf(EntityKind.Attribution, a.Value, hints));

    /// <summary>Gets the attributions of each claim as attribution indexes.</summary>
    public ResolvedReferences ClaimAttributions => _claimAttributions ??= ResolvedReferences.Create(Report.Claims, static c => c.Attributions, (a, hints) => IndexOf(EntityKind.Attribution, a.Value, hints));

    /// <summary>Gets the subjects of each claim as indexes in the section of their kind.</summary>
    public ResolvedReferences ClaimSubjects => _claimSubjects ??= ResolvedReferences.Create(Report.Claims, static c => c.Subjects, (r, hints) => IndexOf(r, hints));

    /// <summary>
    /// Resolves every shared reference now, spread over threads, so that afterwards the lookups only
    /// read and rules may share them from several threads.
    /// </summary>
    /// <param name="parallel">How to spread the work.</param>
    public void ResolveAll(ParallelOptions parallel)
        => Parallel.Invoke(
            parallel,
            () => _ = AttributionSources,
            () => _ = LocationParents,
            () => _ = EngagementCampaigns,
            () => _ = MentionSources,
            () => _ = MentionEntities,
            () => _ = EngagementAttributions,
            () => _ = ClaimAttributions,
            () => _ = ClaimSubjects);

    /// <summary>Gets the index of the entity of a kind with an id, or -1 (always for a mention).</summary>
    public int IndexOf(EntityKind kind, string id) => kind switch
    {
        EntityKind.Source => Find(_sources, id),
        EntityKind.Actor => Find(_actors, id),
        EntityKind.Location => Find(_locations, id),
        EntityKind.Engagement => Find(_engagements, id),
        EntityKind.Claim => Find(_claims, id),
        EntityKind.Attribution => Find(_attributions, id),
        _ => -1,
    };

    /// <summary>
    /// Gets the index of the entity a reference names, trying first the entity the last lookup of
    /// its kind found and the few around it.
    /// </summary>
    /// <remarks>
    /// References are mostly written in the order of what they name (an engagement's attributions
    /// are the next ones, a source's quotes follow each other), so that a batch of lookups mostly
    /// compares an id with the few it expects (<see cref="GuessOffsets"/>), in memory it has just
    /// read, instead of hashing it and visiting a dictionary scattered across the heap. A guess is
    /// taken only in a section without duplicate ids, where it is the entity the dictionary would give.
    /// </remarks>
    /// <param name="reference">The reference.</param>
    /// <param name="hints">For each kind, the index the last lookup found, or -1; updated.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(EntityReference reference, Span<int> hints) => IndexOf(reference.Kind, reference.Id, hints);

    /// <summary>Gets the index of the entity of a kind with an id, as <see cref="IndexOf(EntityReference, Span{int})"/>.</summary>
    public int IndexOf(EntityKind kind, string id, Span<int> hints) => kind switch
    {
        EntityKind.Source => Near(Report.Sources, _sources, kind, id, hints, static s => s.Id.Value),
        EntityKind.Actor => Near(Report.Actors, _actors, kind, id, hints, static a => a.Id.Value),
        EntityKind.Location => Near(Report.Locations, _locations, kind, id, hints, static l => l.Id.Value),
        EntityKind.Engagement => Near(Report.Engagements, _engagements, kind, id, hints, static e => e.Id.Value),
        EntityKind.Claim => Near(Report.Claims, _claims, kind, id, hints, static c => c.Id.Value),
        EntityKind.Attribution => Near(Report.Attributions, _attributions, kind, id, hints, static a => a.Id.Value),
        _ => -1,
    };

    /// <summary>Names the kind of another entity that has an id, for messages on unresolved references ("a location"), or null.</summary>
    public string? OtherKindWithId(string id, EntityKind expected)
    {
        if (expected != EntityKind.Actor && _actors.ContainsKey(id))
        {
            return "an actor";
        }

        if (expected != EntityKind.Location && _locations.ContainsKey(id))
        {
            return "a location";
        }

        if (expected != EntityKind.Source && _sources.ContainsKey(id))
        {
            return "a source";
        }

        if (expected != EntityKind.Engagement && _engagements.ContainsKey(id))
        {
            return "an engagement";
        }

        if (expected != EntityKind.Claim && _claims.ContainsKey(id))
        {
            return "a claim";
        }

        return expected != EntityKind.Attribution && _attributions.ContainsKey(id) ? "an attribution" : null;
    }

    // The id's text: the default comparer of string keys hashes ordinally without randomization,
    // faster than an id's own hash, and falls back to a randomized hash if keys ever collide much.
    // An uninitialised id's text is empty, which no entity's id is: it finds nothing.
    private static int Find(Dictionary<string, int> index, string id) => index.TryGetValue(id, out var found) ? found : -1;

    private int[] Resolve<T>(ImmutableArray<T> items, Func<ValidationLookups, T, int[], int> resolve)
    {
        var hints = new int[ReportValidationContext.HintCount];
        hints.AsSpan().Fill(-1);
        var indexes = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            indexes[i] = resolve(this, items[i], hints);
        }

        return indexes;
    }

    private int Near<T>(ImmutableArray<T> items, Dictionary<string, int> index, EntityKind kind, string id, Span<int> hints, Func<T, string> idOf)
    {
        ref var hint = ref hints[(int)kind];
        if (_unique[(int)kind])
        {
            // The last one found, the few after it, then the two before it.
            foreach (var offset in GuessOffsets)
            {
                var guess = hint + offset;
                if ((uint)guess < (uint)items.Length && string.Equals(idOf(items[guess]), id, StringComparison.Ordinal))
                {
                    hint = guess;
                    return guess;
                }
            }
        }

        var found = Find(index, id);
        if (found >= 0)
        {
            hint = found;
        }

        return found;
    }

    private Dictionary<string, int> Index<T>(ImmutableArray<T> items, Func<T, string> id, EntityKind kind, List<DuplicateId> duplicates)
    {
        var index = new Dictionary<string, int>(items.Length);
        var unique = true;
        for (var i = 0; i < items.Length; i++)
        {
            var key = id(items[i]);
            if (!index.TryAdd(key, i))
            {
                duplicates.Add(new DuplicateId(kind, i, index[key]));
                unique = false;
            }
        }

        // Each index writes its own element: the parallel builds do not share one.
        _unique[(int)kind] = unique;
        return index;
    }
}

/// <summary>An entity whose id an earlier entity of its kind already has.</summary>
/// <param name="Kind">The kind of entity.</param>
/// <param name="Index">Its index in its section.</param>
/// <param name="First">The index of the first entity with that id.</param>
internal readonly record struct DuplicateId(EntityKind Kind, int Index, int First);
