using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Ucdp;

/// <summary>Lookups over one report, built once, so that writing rows stays linear in the report's size.</summary>
internal sealed class ExportContext
{
    private readonly Lookup<ActorId, Actor> _actors;
    private readonly Lookup<LocationId, Location> _locations;
    private readonly Lookup<SourceId, Source> _sources;
    private readonly Lookup<AttributionId, SourceAttribution> _attributions;
    private readonly HashSet<EngagementId>? _campaignsWithEvents;
    private readonly bool _hasCampaigns;
    private readonly Lookup<EngagementId, Engagement> _engagements;
    private readonly Dictionary<EngagementId, List<CasualtyClaim>> _casualties = [];
    private readonly Dictionary<EngagementId, List<Claim>> _otherClaims = [];

    public ExportContext(ConflictReport report)
        : this(report.Actors.AsSpan(), report.Locations.AsSpan(), report.Sources.AsSpan(), report.Attributions.AsSpan(), report.Engagements.AsSpan(), report.Claims.AsSpan())
    {
        Report = report;
    }

    /// <summary>Lookups over the parts of a report not yet assembled (an importer's one row): <see cref="Report"/> is then empty.</summary>
    public ExportContext(ReadOnlySpan<Actor> actors, ReadOnlySpan<Location> locations, ReadOnlySpan<Source> sources, ReadOnlySpan<SourceAttribution> attributions, ReadOnlySpan<Engagement> engagements, ReadOnlySpan<Claim> claims)
    {
        Report = ConflictReport.Empty;
        _actors = new(actors, static a => a.Id);
        _locations = new(locations, static l => l.Id);
        _sources = new(sources, static s => s.Id);
        _attributions = new(attributions, static a => a.Id);
        _engagements = new(engagements, static e => e.Id);
        foreach (var engagement in engagements)
        {
            _hasCampaigns |= engagement.Scope == EngagementScope.Campaign;
            if (engagement.Scope == EngagementScope.Event && engagement.Campaign is { } campaign)
            {
                (_campaignsWithEvents ??= []).Add(campaign);
            }
        }

        foreach (var claim in claims)
        {
            if (claim is not CasualtyClaim casualty)
            {
                foreach (var subject in claim.Subjects)
                {
                    if (subject.Kind == EntityKind.Engagement)
                    {
                        var about = new EngagementId(subject.Id);
                        if (!_otherClaims.TryGetValue(about, out var others))
                        {
                            _otherClaims[about] = others = [];
                        }

                        if (!others.Contains(claim))
                        {
                            others.Add(claim);
                        }
                    }
                }

                continue;
            }

            for (var i = 0; i < casualty.Subjects.Length; i++)
            {
                var subject = casualty.Subjects[i];
                if (subject.Kind != EntityKind.Engagement || IndexOf(casualty.Subjects, subject) < i)
                {
                    continue;
                }

                var id = new EngagementId(subject.Id);
                if (!_casualties.TryGetValue(id, out var list))
                {
                    _casualties[id] = list = [];
                }

                list.Add(casualty);
            }
        }
    }

    public ConflictReport Report { get; }

    public bool HasEvents(EngagementId campaign) => _campaignsWithEvents?.Contains(campaign) == true;

    public Actor? Actor(ActorId id) => _actors.GetValueOrDefault(id);

    public IReadOnlyList<CasualtyClaim> CasualtiesOf(EngagementId engagement)
        => _casualties.TryGetValue(engagement, out var list) ? list : [];

    /// <summary>The claims about the engagement other than casualty claims, in the report's order.</summary>
    public IReadOnlyList<Claim> OtherClaimsAbout(EngagementId engagement)
        => _otherClaims.TryGetValue(engagement, out var list) ? list : [];

    /// <summary>The mentions of an entity; none without looking when the report has none (an import's reports).</summary>
    public System.Collections.Immutable.ImmutableArray<Mention> MentionsOf(EntityReference entity)
        => Report.Mentions.IsDefaultOrEmpty ? [] : Report.Index.MentionsOf(entity);

    public static string? ExternalId(System.Collections.Immutable.ImmutableArray<ExternalId> ids, string scheme)
    {
        foreach (var id in ids)
        {
            if (string.Equals(id.Scheme, scheme, StringComparison.Ordinal))
            {
                return id.Value;
            }
        }

        return null;
    }

    /// <summary>The value of a dataset field of UCDP GED by its column's name; null when there is none.</summary>
    public static string? DatasetValue(System.Collections.Immutable.ImmutableArray<DatasetField> fields, string name)
    {
        foreach (var field in fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal) && string.Equals(field.Dataset, UcdpGedExport.Dataset, StringComparison.Ordinal))
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the list holds this very source (one id, one source object here).</summary>
    private static bool ContainsReference(List<Source> sources, Source source)
    {
        foreach (var s in sources)
        {
            if (ReferenceEquals(s, source))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<EntityReference> references, EntityReference reference)
    {
        for (var i = 0; i < references.Length; i++)
        {
            if (references[i].Equals(reference))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The event's first place, and the place with a point that the row's coordinates come from: that place or the nearest one containing it.</summary>
    public Location? PlaceOf(Engagement engagement, out Location? pointHolder)
    {
        pointHolder = null;
        Location? first = null;
        foreach (var id in engagement.Locations)
        {
            if (!_locations.TryGetValue(id, out var place))
            {
                continue;
            }

            first ??= place;
            for (var current = place; current is not null; current = Parent(current))
            {
                if (current.Point is not null)
                {
                    pointHolder = current;
                    return place;
                }
            }
        }

        return first;
    }

    public Location? Ancestor(Location place, LocationKind kind)
    {
        var seen = 0;
        for (var current = place; current is not null && seen++ < 64; current = Parent(current))
        {
            if (current.Kind == kind)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The distinct sources of the engagement's attributions, in their order.</summary>
    public List<Source> SourcesOf(Engagement engagement)
    {
        var sources = new List<Source>();
        foreach (var id in engagement.Attributions)
        {
            if (_attributions.TryGetValue(id, out var attribution)
                && _sources.TryGetValue(attribution.Source, out var source)
                && !ContainsReference(sources, source))
            {
                sources.Add(source);
            }
        }

        return sources;
    }

    /// <summary>
    /// How many of the engagement's attributions the row does not give back: all but those that
    /// paraphrase their source by a citation the row writes of it (its <c>source_article</c>,
    /// headline, office or date), in the source's own voice and with nothing more said: the
    /// attributions an importer makes of a row's sources.
    /// </summary>
    public int AttributionsNotWritten(Engagement engagement)
    {
        var count = 0;
        foreach (var id in engagement.Attributions)
        {
            if (!_attributions.TryGetValue(id, out var attribution)
                || !_sources.TryGetValue(attribution.Source, out var source)
                || !QuotesCitation(attribution, source, engagement))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>How many attributions the claims about the engagement have that the engagement does not cite, UCDP's own statement (the dataset's source) aside: the row holds none of them.</summary>
    public int ClaimAttributionsNotWritten(Engagement engagement)
    {
        HashSet<AttributionId>? ids = null;
        foreach (var claim in CasualtiesOf(engagement.Id))
        {
            Add(claim, ref ids);
        }

        foreach (var claim in OtherClaimsAbout(engagement.Id))
        {
            Add(claim, ref ids);
        }

        return ids?.Count ?? 0;

        void Add(Claim claim, ref HashSet<AttributionId>? ids)
        {
            foreach (var id in claim.Attributions)
            {
                if (!engagement.Attributions.Contains(id)
                    && !(_attributions.TryGetValue(id, out var attribution) && attribution.Source.Value == UcdpGedImport.DatasetSourceId))
                {
                    (ids ??= []).Add(id);
                }
            }
        }
    }

    private static bool QuotesCitation(SourceAttribution attribution, Source source, Engagement engagement)
    {
        if (attribution is not { Mode: QuoteMode.Paraphrase, Channel: StatementChannel.SourceItself, Speaker: null, StatedAt: null, Grade: null, ChannelWording: null }
            || attribution.Quote is not { Start: 0, Prefix: null, Suffix: null } quote)
        {
            return false;
        }

        // The importer's own text for a source slot that has none (the row gives it back as empty columns).
        var exact = quote.Exact;
        if (exact.StartsWith(UcdpGedImport.PlaceholderQuote, StringComparison.Ordinal)
            && exact.Length > UcdpGedImport.PlaceholderQuote.Length
            && exact.AsSpan(UcdpGedImport.PlaceholderQuote.Length).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return true;
        }

        return string.Equals(exact, UcdpGedExport.Article(source), StringComparison.Ordinal)
            || OwnListHolds(engagement, "source_date", exact)
            || OwnListHolds(engagement, "source_office", exact)
            || OwnListHolds(engagement, "source_headline", exact)
            || string.Equals(exact, source.Title, StringComparison.Ordinal)
            || string.Equals(exact, source.Publisher, StringComparison.Ordinal)
            || string.Equals(exact, UcdpGedExport.Date(source), StringComparison.Ordinal);
    }

    /// <summary>Whether the row's own text of a ';'-joined source column (a dataset field, written as it is) has the text as one of its items: a date the model writes otherwise, say.</summary>
    private static bool OwnListHolds(Engagement engagement, string column, string text)
    {
        if (DatasetValue(engagement.DatasetFields, column) is not { } own)
        {
            return false;
        }

        foreach (var item in own.Split(';'))
        {
            if (string.Equals(item, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The actor an export codes for a participant: who it is believed to be when the report says so, else its own actor.</summary>
    public static ActorId CodedActor(Participant participant) => participant.Identification?.Actor ?? participant.Actor;

    public UcdpSides Sides(Engagement engagement, List<LossEntry>? losses)
    {
        static bool IsState((Participant Participant, Actor? Actor) p) => p.Actor?.Category == ConflictCategory.StateForces;

        // Civilian by the actor's category; a victim only when its actor has none (soldiers ambushed
        // are victims, and still the state's side).
        static bool IsCivilian((Participant Participant, Actor? Actor) p)
            => p.Actor?.Category == ConflictCategory.Civilians || (p.Participant.Role == ParticipantRole.Victim && p.Actor?.Category is null);

        // The armed participants, states first, each group in the report's order; then the civilians.
        // Associates (an ally beside a side, ACLED's associated actors) are never a side.
        var states = new List<(Participant Participant, Actor? Actor)>(2);
        var others = new List<(Participant Participant, Actor? Actor)>(2);
        var civilians = new List<(Participant Participant, Actor? Actor)>(1);
        List<Participant>? associates = null;
        foreach (var participant in engagement.Participants)
        {
            if (participant.Role == ParticipantRole.Associate)
            {
                (associates ??= []).Add(participant);
                continue;
            }

            var p = (Participant: participant, Actor: Actor(CodedActor(participant)));
            (IsCivilian(p) ? civilians : IsState(p) ? states : others).Add(p);
        }

        var ordered = states;
        ordered.AddRange(others);
        var a = ordered.Count > 0 ? ordered[0] : default;
        (Participant Participant, Actor? Actor) b;
        int type;
        if (ordered.Count > 1)
        {
            b = ordered[1];
            type = IsState(a) ? 1 : 2;
        }
        else if (civilians.Count > 0)
        {
            b = civilians[0];
            type = 3;
        }
        else
        {
            b = default;
            type = a.Actor is not null && IsState(a) ? 1 : 2;
        }

        var subject = engagement.Id.Value;
        if (losses is not null)
        {
            for (var i = 2; i < ordered.Count; i++)
            {
                losses.Add(new LossEntry(subject, $"participant {ordered[i].Participant.Actor}", "UCDP GED has two sides per event; this participant is not written"));
            }

            for (var i = ordered.Count > 1 ? 0 : 1; i < civilians.Count; i++)
            {
                losses.Add(new LossEntry(subject, $"participant {civilians[i].Participant.Actor}", "UCDP GED has two sides per event; this participant is not written"));
            }

            foreach (var associate in associates ?? [])
            {
                losses.Add(new LossEntry(subject, $"participant {associate.Actor}", "an associate of a side: UCDP GED has two sides per event and no associated actors; it is not written"));
            }
        }

        if (losses is not null)
        {
            // A side's missing category decides nothing when the row's own type_of_violence is written.
            var typeWritten = UcdpGedExport.HasOwnText(engagement, UcdpGedColumns.TypeOfViolence);
            SideLosses(a, subject, typeWritten ? null : ReadBackCategory(type, sideA: true, a.Actor), losses);
            SideLosses(b, subject, typeWritten ? null : ReadBackCategory(type, sideA: false, b.Actor), losses);
        }

        if (a.Participant is null || b.Participant is null)
        {
            losses?.Add(new LossEntry(subject, "a side", "the event has fewer than two sides; the missing side is written as 'Unknown'"));
        }

        return new UcdpSides(type, a.Participant, a.Actor, Name(a), b.Participant, b.Actor, Name(b));
    }

    /// <summary>
    /// The category an import of the row gives the side (docs/interop/ucdp.md, import): a state for
    /// side A of types 1 and 3 with Gleditsch–Ward numbers, civilians for side B of type 3, a state or
    /// a rebel group for side B of type 1; none otherwise (UCDP names none for a non-state side).
    /// </summary>
    private static ConflictCategory? ReadBackCategory(int type, bool sideA, Actor? actor)
    {
        var hasGwno = actor is not null && ExternalId(actor.ExternalIds, "gwno") is not null;
        return (type, sideA) switch
        {
            (1 or 3, true) => hasGwno ? ConflictCategory.StateForces : null,
            (3, false) => ConflictCategory.Civilians,
            (1, false) => hasGwno ? ConflictCategory.StateForces : ConflictCategory.RebelGroup,
            _ => null,
        };
    }

    // readBack: the category a read of the row gives the side; null when it gives none or the row's
    // own type_of_violence is written (then the side's lack of a category is not lost).
    private static void SideLosses((Participant Participant, Actor? Actor) side, string subject, ConflictCategory? readBack, List<LossEntry> losses)
    {
        if (side.Participant is null)
        {
            return;
        }

        if (CodedActor(side.Participant) != side.Participant.Actor)
        {
            losses.Add(new LossEntry(subject, $"participant {side.Participant.Actor} as described", $"written as {CodedActor(side.Participant)}, the actor it is identified as"));
        }
        else if (side.Actor?.Category is null && readBack is { } category)
        {
            losses.Add(new LossEntry(
                subject,
                $"participant {side.Participant.Actor}",
                category == ConflictCategory.Civilians
                    ? "its actor has no category: as a victim, counted as civilians (type_of_violence 3), which a read of the row gives it"
                    : $"its actor has no category: counted as a non-state side for type_of_violence, and a read of the row gives it {category}"));
        }
    }

    private static string Name((Participant Participant, Actor? Actor) side)
        => side.Actor?.Name.Text ?? side.Participant?.Actor.Value ?? "Unknown";

    private Location? Parent(Location location)
        => location.Parent is { } parent ? _locations.GetValueOrDefault(parent) : null;

    public void ReportCampaignFigures(List<LossEntry>? losses)
    {
        if (losses is null || !_hasCampaigns)
        {
            return;
        }

        foreach (var claim in Report.Claims.OfType<CasualtyClaim>())
        {
            foreach (var subject in claim.Subjects.Where(s => s.Kind == EntityKind.Engagement))
            {
                var id = new EngagementId(subject.Id);
                if (_engagements.TryGetValue(id, out var engagement) && engagement.Scope == EngagementScope.Campaign && HasEvents(id))
                {
                    losses.Add(new LossEntry(claim.Id.Value, $"the figure {claim.Count} ({claim.Outcome}) of campaign {id}", "a campaign's figure is about all its events together: never copied onto one event nor divided among them"));
                }
            }
        }
    }
}

/// <summary>Side A and side B of a row, and the type of violence between them.</summary>
internal sealed record UcdpSides(int TypeOfViolence, Participant? ParticipantA, Actor? A, string NameA, Participant? ParticipantB, Actor? B, string NameB);

/// <summary>
/// Entities by id, the first of each id kept: a dictionary for a report, a plain search for the few
/// entities of one row (the importer builds a context for every row it reads, and a handful of
/// dictionaries a row cost more than searching three actors).
/// </summary>
internal readonly struct Lookup<TId, T>
    where TId : struct, IEquatable<TId>
    where T : class
{
    private const int MaxSearched = 8;

    private readonly T[]? _items;
    private readonly Dictionary<TId, T>? _byId;
    private readonly Func<T, TId> _idOf;

    public Lookup(ReadOnlySpan<T> items, Func<T, TId> idOf)
    {
        _idOf = idOf;
        if (items.Length <= MaxSearched)
        {
            _items = items.ToArray();
            return;
        }

        _byId = new(items.Length);
        foreach (var item in items)
        {
            _byId.TryAdd(idOf(item), item);
        }
    }

    public bool TryGetValue(TId id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (_byId is not null)
        {
            return _byId.TryGetValue(id, out value);
        }

        foreach (var item in _items ?? [])
        {
            if (_idOf(item).Equals(id))
            {
                value = item;
                return true;
            }
        }

        value = null;
        return false;
    }

    public T? GetValueOrDefault(TId id) => TryGetValue(id, out var value) ? value : null;
}
