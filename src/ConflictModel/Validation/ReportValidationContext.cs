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

    private readonly ValidationLookups _lookups;
    private readonly FrozenDictionary<string, ValidationSeverity?> _severities;
    private ImmutableArray<ValidationDescriptor> _currentDescriptors;

    internal ReportValidationContext(ValidationLookups lookups, FrozenDictionary<string, ValidationSeverity?> severities)
    {
        _lookups = lookups;
        _severities = severities;
        Issues = new IssueCollector(lookups.Report, SectionNames);
    }

    /// <summary>Gets the number of hints a batch of lookups keeps: one for each kind of entity, indexed by <see cref="EntityKind"/>.</summary>
    internal const int HintCount = (int)EntityKind.Mention + 1;

    /// <summary>Gets the report being validated.</summary>
    public ConflictReport Report => _lookups.Report;

    /// <summary>Gets the issues the rules run on this context reported.</summary>
    internal IssueCollector Issues { get; }

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
    public int IndexOf(SourceId id) => _lookups.IndexOf(EntityKind.Source, id.Value);

    /// <summary>Gets the index of the actor with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first actor with that id, or -1 when none has it.</returns>
    public int IndexOf(ActorId id) => _lookups.IndexOf(EntityKind.Actor, id.Value);

    /// <summary>Gets the index of the location with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first location with that id, or -1 when none has it.</returns>
    public int IndexOf(LocationId id) => _lookups.IndexOf(EntityKind.Location, id.Value);

    /// <summary>Gets the index of the engagement with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first engagement with that id, or -1 when none has it.</returns>
    public int IndexOf(EngagementId id) => _lookups.IndexOf(EntityKind.Engagement, id.Value);

    /// <summary>Gets the index of the claim with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first claim with that id, or -1 when none has it.</returns>
    public int IndexOf(ClaimId id) => _lookups.IndexOf(EntityKind.Claim, id.Value);

    /// <summary>Gets the index of the attribution with an id, or -1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index of the first attribution with that id, or -1 when none has it.</returns>
    public int IndexOf(AttributionId id) => _lookups.IndexOf(EntityKind.Attribution, id.Value);

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
    internal int IndexOf(EntityReference reference) => reference.Kind == EntityKind.Mention ? -1 : _lookups.IndexOf(reference.Kind, reference.Id);

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
            Issues.Add(new ValidationIssue(descriptor.Code, s, path, entityId, message));
        }
    }

    /// <summary>Names the kind of another entity that has an id, for messages on unresolved references ("a location"), or null.</summary>
    internal string? OtherKindWithId(string id, EntityKind expected) => _lookups.OtherKindWithId(id, expected);

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

    /// <summary>Gets, for each attribution, the index of its source, or -1; resolved once for every rule.</summary>
    internal ReadOnlySpan<int> AttributionSources => _lookups.AttributionSources;

    /// <summary>Gets, for each location, the index of its parent, or -1 (no parent, or one that does not resolve); resolved once for every rule.</summary>
    internal ReadOnlySpan<int> LocationParents => _lookups.LocationParents;

    /// <summary>Gets, for each engagement, the index of its campaign, or -1 (no campaign, or one that does not resolve); resolved once for every rule.</summary>
    internal ReadOnlySpan<int> EngagementCampaigns => _lookups.EngagementCampaigns;

    /// <summary>Gets, for each mention, the index of its source, or -1; resolved once for every rule.</summary>
    internal ReadOnlySpan<int> MentionSources => _lookups.MentionSources;

    /// <summary>Gets, for each mention, the index of the entity it names in the section of its kind, or -1; resolved once for every rule.</summary>
    internal ReadOnlySpan<int> MentionEntities => _lookups.MentionEntities;

    /// <summary>Gets the attributions of each engagement as attribution indexes; resolved once for every rule.</summary>
    internal ResolvedReferences EngagementAttributions => _lookups.EngagementAttributions;

    /// <summary>Gets the attributions of each claim as attribution indexes; resolved once for every rule.</summary>
    internal ResolvedReferences ClaimAttributions => _lookups.ClaimAttributions;

    /// <summary>Gets the subjects of each claim as indexes in the section of their kind; resolved once for every rule.</summary>
    internal ResolvedReferences ClaimSubjects => _lookups.ClaimSubjects;

    /// <summary>Gets the entities (other than mentions) whose id an earlier entity of their kind already has, in section and index order.</summary>
    internal IReadOnlyList<DuplicateId> Duplicates => _lookups.Duplicates;

    private static bool TryGet<T>(ImmutableArray<T> items, int index, [NotNullWhen(true)] out T? item)
        where T : class
    {
        item = index >= 0 ? items[index] : null;
        return item is not null;
    }

    /// <summary>Gets the index of the entity a reference names, with the hints of the lookups before it (see <see cref="ValidationLookups.IndexOf(EntityReference, Span{int})"/>).</summary>
    internal int IndexOf(EntityReference reference, Span<int> hints) => _lookups.IndexOf(reference, hints);

    /// <summary>Gets the index of the entity of a kind with an id, with the hints of the lookups before it.</summary>
    internal int IndexOf(EntityKind kind, string id, Span<int> hints) => _lookups.IndexOf(kind, id, hints);
}
