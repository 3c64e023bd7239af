using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// What the export's rules look up about an engagement: its actors, places, sources and claims.
/// The export reads them from a whole report (<see cref="IndexLookup"/>); the import, which must
/// know which columns the export would give back, from the parts of the one row it has just built
/// (<see cref="RowLookup"/>), so both run the very same rules and cannot diverge.
/// </summary>
internal interface IAcledLookup
{
    bool TryGet(ActorId id, [NotNullWhen(true)] out Actor? actor);

    bool TryGet(LocationId id, [NotNullWhen(true)] out Location? location);

    bool TryGet(SourceId id, [NotNullWhen(true)] out Source? source);

    bool TryGet(EngagementId id, [NotNullWhen(true)] out Engagement? engagement);

    bool TryGet(AttributionId id, [NotNullWhen(true)] out SourceAttribution? attribution);

    /// <summary>The engagement's attributions that exist, in its order, each with its source (null when the source is not there).</summary>
    IReadOnlyList<(SourceAttribution Attribution, Source? Source)> AttributionsOf(Engagement engagement);

    IReadOnlyList<Claim> ClaimsAbout(EngagementId engagement);

    ImmutableArray<Mention> MentionsOf(EntityReference entity);
}

/// <summary>The lookups over a whole report's index; one export's, not shared between threads.</summary>
internal sealed class IndexLookup(ReportIndex index) : IAcledLookup
{
    public bool TryGet(ActorId id, [NotNullWhen(true)] out Actor? actor) => index.TryGet(id, out actor);

    public bool TryGet(LocationId id, [NotNullWhen(true)] out Location? location) => index.TryGet(id, out location);

    public bool TryGet(SourceId id, [NotNullWhen(true)] out Source? source) => index.TryGet(id, out source);

    public bool TryGet(EngagementId id, [NotNullWhen(true)] out Engagement? engagement) => index.TryGet(id, out engagement);

    public bool TryGet(AttributionId id, [NotNullWhen(true)] out SourceAttribution? attribution) => index.TryGet(id, out attribution);

    // The rules ask for one engagement's attributions several times (sources, notes, record text):
    // the last answer is kept, since the export takes one engagement at a time.
    private Engagement? _attributed;
    private IReadOnlyList<(SourceAttribution Attribution, Source? Source)> _attributions = [];

    public IReadOnlyList<(SourceAttribution Attribution, Source? Source)> AttributionsOf(Engagement engagement)
    {
        if (engagement.Attributions.IsDefaultOrEmpty)
        {
            return [];
        }

        if (ReferenceEquals(engagement, _attributed))
        {
            return _attributions;
        }

        var found = new List<(SourceAttribution, Source?)>(engagement.Attributions.Length);
        foreach (var id in engagement.Attributions)
        {
            if (index.TryGet(id, out var attribution))
            {
                found.Add((attribution, index.TryGet(attribution.Source, out var source) ? source : null));
            }
        }

        _attributed = engagement;
        _attributions = found;
        return found;
    }

    public IReadOnlyList<Claim> ClaimsAbout(EngagementId engagement) => index.ClaimsAbout(engagement);

    public ImmutableArray<Mention> MentionsOf(EntityReference entity) => index.MentionsOf(entity);
}

/// <summary>The lookups over the parts of one imported row: its few actors and places, its record, its notes and its claim.</summary>
internal sealed class RowLookup : IAcledLookup
{
    public List<Actor> Actors { get; } = new(6);

    public List<Location> Locations { get; } = new(5);

    public Source? Record { get; set; }

    public SourceAttribution? Notes { get; set; }

    public Claim? Claim { get; set; }

    public void Clear()
    {
        Actors.Clear();
        Locations.Clear();
        Record = null;
        Notes = null;
        Claim = null;
    }

    public bool TryGet(ActorId id, [NotNullWhen(true)] out Actor? actor)
    {
        foreach (var candidate in Actors)
        {
            if (candidate.Id == id)
            {
                actor = candidate;
                return true;
            }
        }

        actor = null;
        return false;
    }

    public bool TryGet(LocationId id, [NotNullWhen(true)] out Location? location)
    {
        foreach (var candidate in Locations)
        {
            if (candidate.Id == id)
            {
                location = candidate;
                return true;
            }
        }

        location = null;
        return false;
    }

    public bool TryGet(SourceId id, [NotNullWhen(true)] out Source? source)
    {
        source = Record is { } record && record.Id == id ? record : null;
        return source is not null;
    }

    public bool TryGet(EngagementId id, [NotNullWhen(true)] out Engagement? engagement)
    {
        engagement = null;
        return false;
    }

    public bool TryGet(AttributionId id, [NotNullWhen(true)] out SourceAttribution? attribution)
    {
        attribution = Notes is { } notes && notes.Id == id ? notes : null;
        return attribution is not null;
    }

    public IReadOnlyList<(SourceAttribution Attribution, Source? Source)> AttributionsOf(Engagement engagement)
    {
        if (Notes is not { } notes || engagement.Attributions.IsDefaultOrEmpty)
        {
            return [];
        }

        var found = new List<(SourceAttribution, Source?)>(1);
        foreach (var id in engagement.Attributions)
        {
            if (id == notes.Id)
            {
                found.Add((notes, TryGet(notes.Source, out var source) ? source : null));
            }
        }

        return found;
    }

    public IReadOnlyList<Claim> ClaimsAbout(EngagementId engagement)
    {
        if (Claim is not { } claim)
        {
            return [];
        }

        foreach (var subject in claim.Subjects)
        {
            if (subject == EntityReference.To(engagement))
            {
                return [claim];
            }
        }

        return [];
    }

    public ImmutableArray<Mention> MentionsOf(EntityReference entity) => [];
}
