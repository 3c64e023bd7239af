using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// What a rule sees while a report is validated: the report, indexes from each id to its entity
/// (built once, in one pass), the JSON Pointer of each element, and the place to report issues.
/// </summary>
/// <remarks>
/// <para>When two entities of a kind share an id (itself reported as <see cref="ValidationCodes.DuplicateId"/>),
/// the indexes resolve the id to the first of them.</para>
/// <para>A context belongs to one validation run on one thread; it is not thread-safe and must not be
/// kept after the rule returns.</para>
/// </remarks>
public sealed class ReportValidationContext
{
    private static readonly string[] SectionNames =
    [
        JsonName.Of(ConflictReportMember.Sources),
        JsonName.Of(ConflictReportMember.Actors),
        JsonName.Of(ConflictReportMember.Locations),
        JsonName.Of(ConflictReportMember.Engagements),
        JsonName.Of(ConflictReportMember.Claims),
        JsonName.Of(ConflictReportMember.Attributions),
        JsonName.Of(ConflictReportMember.Mentions),
    ];

    /// <summary>Where a lookup looks before the dictionary, from the index the last lookup of the kind found: references mostly follow what they name.</summary>
    private static readonly int[] GuessOffsets = [0, 1, 2, 3, -1, -2];

    private readonly Dictionary<string, int> _sources;
    private readonly Dictionary<string, int> _actors;
    private readonly Dictionary<string, int> _locations;
    private readonly Dictionary<string, int> _engagements;
    private readonly Dictionary<string, int> _claims;
    private readonly Dictionary<string, int> _attributions;
    private readonly bool[] _unique = new bool[HintCount];
    private readonly FrozenDictionary<string, ValidationSeverity?> _severities;
    private readonly IssueCollector _issues;
    private readonly List<DuplicateId> _duplicates = [];
    private int[]? _attributionSources;
    private int[]? _locationParents;
    private int[]? _engagementCampaigns;
    private int[]? _mentionSources;
    private int[]? _mentionEntities;
    private ResolvedReferences? _engagementAttributions;
    private ResolvedReferences? _claimAttributions;
    private ResolvedReferences? _claimSubjects;
    private ImmutableArray<ValidationDescriptor> _currentDescriptors;

    internal ReportValidationContext(ConflictReport report, FrozenDictionary<string, ValidationSeverity?> severities)
    {
        Report = report;
        _severities = severities;
        _sources = Index(report.Sources, s => s.Id.Value, EntityKind.Source);
        _actors = Index(report.Actors, a => a.Id.Value, EntityKind.Actor);
        _locations = Index(report.Locations, l => l.Id.Value, EntityKind.Location);
        _engagements = Index(report.Engagements, e => e.Id.Value, EntityKind.Engagement);
        _claims = Index(report.Claims, c => c.Id.Value, EntityKind.Claim);
        _attributions = Index(report.Attributions, a => a.Id.Value, EntityKind.Attribution);
        _issues = new IssueCollector(report, SectionNames);
    }

    /// <summary>Gets the number of hints a batch of lookups keeps: one for each kind of entity, indexed by <see cref="EntityKind"/>.</summary>
    internal const int HintCount = (int)EntityKind.Mention + 1;

    /// <summary>Gets the report being validated.</summary>
    public ConflictReport Report { get; }

    /// <summary>Gets the JSON Pointer of an element of one of the report's collections: <c>/claims/3</c>.</summary>
    /// <param name="kind">The kind of entity, which names the collection.</param>
    /// <param name="index">The index in the collection; not negative.</param>
    /// <returns>The pointer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined or <paramref name="index"/> is negative.</exception>
    public static string ElementPath(EntityKind kind, int index)
        => JsonPointer.Combine("/" + SectionNames[(int)Preconditions.CheckDefined(kind) - 1], index);

    /// <summary>Gets the index of the source with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first source with that id, or -1 when none has it.</returns>
    public int IndexOf(SourceId id) => Find(_sources, id.Value);

    /// <summary>Gets the index of the actor with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first actor with that id, or -1 when none has it.</returns>
    public int IndexOf(ActorId id) => Find(_actors, id.Value);

    /// <summary>Gets the index of the location with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first location with that id, or -1 when none has it.</returns>
    public int IndexOf(LocationId id) => Find(_locations, id.Value);

    /// <summary>Gets the index of the engagement with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first engagement with that id, or -1 when none has it.</returns>
    public int IndexOf(EngagementId id) => Find(_engagements, id.Value);

    /// <summary>Gets the index of the claim with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first claim with that id, or -1 when none has it.</returns>
    public int IndexOf(ClaimId id) => Find(_claims, id.Value);

    /// <summary>Gets the index of the attribution with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first attribution with that id, or -1 when none has it.</returns>
    public int IndexOf(AttributionId id) => Find(_attributions, id.Value);

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The first source with that id, when found.</param>
    /// <returns>True if found.</returns>
    public bool TryGetSource(SourceId id, [NotNullWhen(true)] out Source? source) => TryGet(Report.Sources, IndexOf(id), out source);

    /// <summary>Finds an actor by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="actor">The first actor with that id, when found.</param>
    /// <returns>True if found.</returns>
    public bool TryGetActor(ActorId id, [NotNullWhen(true)] out Actor? actor) => TryGet(Report.Actors, IndexOf(id), out actor);

    /// <summary>Finds a location by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="location">The first location with that id, when found.</param>
    /// <returns>True if found.</returns>
    public bool TryGetLocation(LocationId id, [NotNullWhen(true)] out Location? location) => TryGet(Report.Locations, IndexOf(id), out location);

    /// <summary>Finds an engagement by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="engagement">The first engagement with that id, when found.</param>
    /// <returns>True if found.</returns>
    public bool TryGetEngagement(EngagementId id, [NotNullWhen(true)] out Engagement? engagement) => TryGet(Report.Engagements, IndexOf(id), out engagement);

    /// <summary>Finds a claim by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="claim">The first claim with that id, when found.</param>
    /// <returns>True if found.</returns>
    public bool TryGetClaim(ClaimId id, [NotNullWhen(true)] out Claim? claim) => TryGet(Report.Claims, IndexOf(id), out claim);

    /// <summary>Finds an attribution by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="attribution">The first attribution with that id, when found.</param>
    /// <returns>True if found.</returns>
    public bool TryGetAttribution(AttributionId id, [NotNullWhen(true)] out SourceAttribution? attribution) => TryGet(Report.Attributions, IndexOf(id), out attribution);

    /// <summary>Gets the index of the entity a reference names in the section of its kind, or -1 (always for a mention).</summary>
    internal int IndexOf(EntityReference reference) => reference.Kind switch
    {
        EntityKind.Source => Find(_sources, reference.Id),
        EntityKind.Actor => Find(_actors, reference.Id),
        EntityKind.Location => Find(_locations, reference.Id),
        EntityKind.Engagement => Find(_engagements, reference.Id),
        EntityKind.Claim => Find(_claims, reference.Id),
        _ => -1,
    };

    /// <summary>
    /// Gets the index of the entity a reference names, as <see cref="IndexOf(EntityReference)"/>, trying
    /// first the entity the last lookup of its kind found and the one after it.
    /// </summary>
    /// <remarks>
    /// References are mostly written in the order of what they name (an engagement's attributions
    /// are the next ones, a source's quotes follow each other), so that a batch of lookups mostly
    /// compares an id with the few it expects (<see cref="GuessOffsets"/>), in memory it has just
    /// read, instead of hashing it and visiting a dictionary scattered across the heap. A guess is taken only in a section
    /// without duplicate ids, where it is the entity the dictionary would give.
    /// </remarks>
    /// <param name="reference">The reference.</param>
    /// <param name="hints">For each kind, the index the last lookup found, or -1; updated.</param>
    /// <returns>The index, or -1.</returns>
    internal int IndexOf(EntityReference reference, Span<int> hints) => IndexOf(reference.Kind, reference.Id, hints);

    /// <summary>Gets the index of the entity of a kind with an id, as <see cref="IndexOf(EntityReference, Span{int})"/>.</summary>
    internal int IndexOf(EntityKind kind, string id, Span<int> hints) => kind switch
    {
        EntityKind.Source => Near(Report.Sources, _sources, kind, id, hints, static s => s.Id.Value),
        EntityKind.Actor => Near(Report.Actors, _actors, kind, id, hints, static a => a.Id.Value),
        EntityKind.Location => Near(Report.Locations, _locations, kind, id, hints, static l => l.Id.Value),
        EntityKind.Engagement => Near(Report.Engagements, _engagements, kind, id, hints, static e => e.Id.Value),
        EntityKind.Claim => Near(Report.Claims, _claims, kind, id, hints, static c => c.Id.Value),
        EntityKind.Attribution => Near(Report.Attributions, _attributions, kind, id, hints, static a => a.Id.Value),
        _ => -1,
    };

    /// <summary>Tells whether a reference names an entity of the report.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>True if an entity of the reference's kind has its id.</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is uninitialised.</exception>
    public bool Contains(EntityReference reference)
    {
        Preconditions.CheckInitialized(reference);
        return IndexOf(reference) >= 0;
    }

    /// <summary>
    /// Tells whether a code is reported by this validator, that is, not disabled; a rule may skip
    /// work whose only outcome would be issues of a disabled code.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>True if issues of that code are kept.</returns>
    public bool IsEnabled(string code) => code is not null && _severities.TryGetValue(code, out var severity) && severity is not null;

    /// <summary>Reports an issue.</summary>
    /// <param name="descriptor">The descriptor of the code; one the running rule declares.</param>
    /// <param name="path">The JSON Pointer of the offending element, built with <see cref="ElementPath"/> and <see cref="JsonPointer"/>.</param>
    /// <param name="entityId">The id of the entity concerned, or null.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="entityId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not a JSON Pointer, or <paramref name="message"/> is blank.</exception>
    /// <exception cref="InvalidOperationException">No rule is running, or the running rule does not declare <paramref name="descriptor"/>.</exception>
    public void AddIssue(ValidationDescriptor descriptor, string path, string? entityId, string message)
    {
        Preconditions.CheckNotNull(descriptor);
        if (_currentDescriptors.IsDefault)
        {
            throw new InvalidOperationException("Issues can be reported only while a rule runs; a rule must not keep the context after it returns.");
        }

        if (!_currentDescriptors.Contains(descriptor))
        {
            throw new InvalidOperationException($"A rule can report only the codes it declares in its Descriptors; the running rule does not declare {descriptor}.");
        }

        var severity = _severities[descriptor.Code];
        if (severity is { } s)
        {
            _issues.Add(new ValidationIssue(descriptor.Code, s, path, entityId, message));
        }
    }

    /// <summary>Names the kind of another entity that has an id, for messages on unresolved references ("a location"), or null.</summary>
    internal string? OtherKindWithId(string id, EntityKind expected)
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

    internal void Run(IReportRule rule)
    {
        _currentDescriptors = rule.Descriptors;
        try
        {
            rule.Validate(this);
        }
        finally
        {
            _currentDescriptors = default;
        }
    }

    internal ImmutableArray<ValidationIssue> ToIssues() => _issues.ToImmutableArray();

    /// <summary>Gets, for each attribution, the index of its source, or -1; resolved once for every rule.</summary>
    internal ReadOnlySpan<int> AttributionSources
    {
        get
        {
            if (_attributionSources is null)
            {
                _attributionSources = Resolve(Report.Attributions, static (context, a, hints) => context.IndexOf(EntityKind.Source, a.Source.Value, hints));
            }

            return _attributionSources;
        }
    }

    /// <summary>Gets, for each location, the index of its parent, or -1 (no parent, or one that does not resolve); resolved once for every rule.</summary>
    internal ReadOnlySpan<int> LocationParents => _locationParents ??= Resolve(Report.Locations, static (context, l, hints) => l.Parent is { } p ? context.IndexOf(EntityKind.Location, p.Value, hints) : -1);

    /// <summary>Gets, for each engagement, the index of its campaign, or -1 (no campaign, or one that does not resolve); resolved once for every rule.</summary>
    internal ReadOnlySpan<int> EngagementCampaigns => _engagementCampaigns ??= Resolve(Report.Engagements, static (context, e, hints) => e.Campaign is { } c ? context.IndexOf(EntityKind.Engagement, c.Value, hints) : -1);

    /// <summary>Gets, for each mention, the index of its source, or -1; resolved once for every rule.</summary>
    internal ReadOnlySpan<int> MentionSources => _mentionSources ??= Resolve(Report.Mentions, static (context, m, hints) => context.IndexOf(EntityKind.Source, m.Source.Value, hints));

    /// <summary>Gets, for each mention, the index of the entity it names in the section of its kind, or -1; resolved once for every rule.</summary>
    internal ReadOnlySpan<int> MentionEntities => _mentionEntities ??= Resolve(Report.Mentions, static (context, m, hints) => context.IndexOf(m.Entity, hints));

    /// <summary>Gets the attributions of each engagement as attribution indexes; resolved once for every rule.</summary>
    internal ResolvedReferences EngagementAttributions => _engagementAttributions ??= ResolvedReferences.Create(Report.Engagements, static e => e.Attributions, (a, hints) => IndexOf(EntityKind.Attribution, a.Value, hints));

    /// <summary>Gets the attributions of each claim as attribution indexes; resolved once for every rule.</summary>
    internal ResolvedReferences ClaimAttributions => _claimAttributions ??= ResolvedReferences.Create(Report.Claims, static c => c.Attributions, (a, hints) => IndexOf(EntityKind.Attribution, a.Value, hints));

    /// <summary>Gets the subjects of each claim as indexes in the section of their kind; resolved once for every rule.</summary>
    internal ResolvedReferences ClaimSubjects => _claimSubjects ??= ResolvedReferences.Create(Report.Claims, static c => c.Subjects, (r, hints) => IndexOf(r, hints));

    /// <summary>
    /// Gets the entities (other than mentions) whose id an earlier entity of their kind already has,
    /// in section and index order, found while the indexes were built so that no rule looks every id up again.
    /// </summary>
    internal IReadOnlyList<DuplicateId> Duplicates => _duplicates;

    private int[] Resolve<T>(ImmutableArray<T> items, Func<ReportValidationContext, T, int[], int> resolve)
    {
        var hints = new int[HintCount];
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

    private static bool TryGet<T>(ImmutableArray<T> items, int index, [NotNullWhen(true)] out T? item)
        where T : class
    {
        item = index >= 0 ? items[index] : null;
        return item is not null;
    }

    // The id's text: the default comparer of string keys hashes ordinally without randomization,
    // faster than an id's own hash, and falls back to a randomized hash if keys ever collide much.
    // An uninitialised id's text is empty, which no entity's id is: it finds nothing.
    private static int Find(Dictionary<string, int> index, string id) => index.TryGetValue(id, out var found) ? found : -1;

    private Dictionary<string, int> Index<T>(ImmutableArray<T> items, Func<T, string> id, EntityKind kind)
    {
        var index = new Dictionary<string, int>(items.Length);
        var unique = true;
        for (var i = 0; i < items.Length; i++)
        {
            var key = id(items[i]);
            if (!index.TryAdd(key, i))
            {
                _duplicates.Add(new DuplicateId(kind, i, index[key]));
                unique = false;
            }
        }

        _unique[(int)kind] = unique;

        return index;
    }
}

/// <summary>An entity whose id an earlier entity of its kind already has.</summary>
/// <param name="Kind">The kind of entity.</param>
/// <param name="Index">Its index in its section.</param>
/// <param name="First">The index of the first entity with that id.</param>
internal readonly record struct DuplicateId(EntityKind Kind, int Index, int First);
