using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// Cuts a report into self-contained slices and puts slices back together: the work behind
/// <see cref="ConflictReport.SplitByEngagement"/> and <see cref="ConflictReport.Merge"/>.
/// </summary>
/// <remarks>
/// <para>Splitting indexes the report once — every id to the positions that hold it, the claims
/// about each engagement, the mentions of each entity — and then builds each slice from a work
/// list: an entity is taken into a slice once, and what it refers to is looked up, never searched
/// for. A slice costs time in proportion to what it holds, so splitting costs time in proportion
/// to the report plus the slices (an entity several slices need is in each), not to the number of
/// engagements times the size of the report.</para>
/// <para>Which slice holds an entity is one number per entity (the slice last to take it), so no set
/// is cleared between slices; each slice keeps the positions it took and sorts them, to build its
/// collections in the report's own order.</para>
/// </remarks>
internal sealed class ReportSlicer
{
    private const int KindCount = 7;

    private readonly ConflictReport _report;
    private readonly IdIndex[] _ids = new IdIndex[KindCount];
    private readonly Dictionary<string, List<int>> _claimsByEngagement = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntityKind Kind, string Id), List<int>> _mentionsByEntity = [];
    private readonly int[][] _takenBy = new int[KindCount][];
    private readonly bool[][] _reached = new bool[KindCount][];
    private readonly List<int>[] _taken = new List<int>[KindCount];
    private readonly Stack<(Kind Kind, int Index)> _work = new();
    private readonly HashSet<(EntityKind Kind, string Id)> _absentTaken = [];
    private readonly bool _keepOrder;
    private readonly int[] _emitted = new int[KindCount];
    private int _slice;

    private ReportSlicer(ConflictReport report, bool keepOrder)
    {
        _report = report;
        _keepOrder = keepOrder;
        _ids[(int)Kind.Source] = IdIndex.Of(report.Sources, s => s.Id.Value);
        _ids[(int)Kind.Actor] = IdIndex.Of(report.Actors, a => a.Id.Value);
        _ids[(int)Kind.Location] = IdIndex.Of(report.Locations, l => l.Id.Value);
        _ids[(int)Kind.Engagement] = IdIndex.Of(report.Engagements, e => e.Id.Value);
        _ids[(int)Kind.Claim] = IdIndex.Of(report.Claims, c => c.Id.Value);
        _ids[(int)Kind.Attribution] = IdIndex.Of(report.Attributions, a => a.Id.Value);
        _ids[(int)Kind.Mention] = IdIndex.Of(report.Mentions, m => m.Id.Value);
        for (var k = 0; k < KindCount; k++)
        {
            _takenBy[k] = new int[_ids[k].Count];
            _reached[k] = new bool[_ids[k].Count];
            _taken[k] = [];
        }

        for (var c = 0; c < report.Claims.Length; c++)
        {
            foreach (var subject in report.Claims[c].Subjects)
            {
                if (subject.Kind == EntityKind.Engagement)
                {
                    Add(_claimsByEngagement, subject.Id, c);
                }
            }
        }

        for (var m = 0; m < report.Mentions.Length; m++)
        {
            Add(_mentionsByEntity, (report.Mentions[m].Entity.Kind, report.Mentions[m].Entity.Id), m);
        }
    }

    private enum Kind
    {
        Source,
        Actor,
        Location,
        Engagement,
        Claim,
        Attribution,
        Mention,
    }

    /// <summary>Splits a report lazily, slice by slice; see <see cref="ConflictReport.SplitByEngagement"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="keepOrder">
    /// Whether each slice also takes, of every kind, what the report holds before what the slice takes
    /// and no earlier slice took (with all that refers to), so that what the slices hold for the first
    /// time is, kind by kind, the next run of the report's own order, and <see cref="Merge"/> of the
    /// slices gives back each collection in the report's order; see <see cref="ConflictReport.SplitByEngagementInOrder"/>.
    /// </param>
    public static IEnumerable<ConflictReport> Split(ConflictReport report, bool keepOrder = false)
    {
        var slicer = new ReportSlicer(report, keepOrder);

        // The report's own dataset fields belong to no entity: the first slice carries them, and Merge gathers them in order.
        var fields = report.DatasetFields;
        foreach (var engagement in report.Engagements)
        {
            slicer.Begin();
            slicer.Take(Kind.Engagement, engagement.Id.Value);
            if (slicer._claimsByEngagement.TryGetValue(engagement.Id.Value, out var claims))
            {
                foreach (var claim in claims)
                {
                    slicer.TakeAt(Kind.Claim, claim);
                }
            }

            yield return slicer.Finish(fields);
            fields = [];
        }

        // What no engagement reached goes into one last slice, so that nothing is lost.
        slicer.Begin();
        var any = false;
        for (var k = 0; k < KindCount; k++)
        {
            if ((Kind)k == Kind.Engagement)
            {
                continue;
            }

            for (var i = 0; i < slicer._reached[k].Length; i++)
            {
                if (!slicer._reached[k][i])
                {
                    slicer.TakeAt((Kind)k, i);
                    any = true;
                }
            }
        }

        if (any || !fields.IsEmpty)
        {
            yield return slicer.Finish(fields);
        }
    }

    public static ConflictReport Merge(IEnumerable<ConflictReport> reports)
    {
        var sources = new Collector<SourceId, Source>("source", s => s.Id);
        var actors = new Collector<ActorId, Actor>("actor", a => a.Id);
        var locations = new Collector<LocationId, Location>("location", l => l.Id);
        var engagements = new Collector<EngagementId, Engagement>("engagement", e => e.Id);
        var claims = new Collector<ClaimId, Claim>("claim", c => c.Id);
        var attributions = new Collector<AttributionId, SourceAttribution>("attribution", a => a.Id);
        var mentions = new Collector<MentionId, Mention>("mention", m => m.Id);
        var fields = ImmutableArray.CreateBuilder<DatasetField>();
        foreach (var report in reports)
        {
            if (report is null)
            {
                throw new ArgumentException("The sequence of reports holds null.", nameof(reports));
            }

            sources.AddRange(report.Sources, nameof(reports));
            actors.AddRange(report.Actors, nameof(reports));
            locations.AddRange(report.Locations, nameof(reports));
            engagements.AddRange(report.Engagements, nameof(reports));
            claims.AddRange(report.Claims, nameof(reports));
            attributions.AddRange(report.Attributions, nameof(reports));
            mentions.AddRange(report.Mentions, nameof(reports));
            fields.AddRange(report.DatasetFields);
        }

        return new ConflictReport(sources.ToArray(), actors.ToArray(), locations.ToArray(), engagements.ToArray(), claims.ToArray(), attributions.ToArray(), mentions.ToArray(), fields.ToImmutable());
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> lists, TKey key, int index)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists.Add(key, list);
        }

        // A claim naming one engagement twice is still one claim about it.
        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }

    private static Kind KindOf(EntityKind kind) => kind switch
    {
        EntityKind.Source => Kind.Source,
        EntityKind.Actor => Kind.Actor,
        EntityKind.Location => Kind.Location,
        EntityKind.Engagement => Kind.Engagement,
        EntityKind.Attribution => Kind.Attribution,
        EntityKind.Mention => Kind.Mention,
        _ => Kind.Claim,
    };

    private static EntityKind EntityKindOf(Kind kind) => kind switch
    {
        Kind.Source => EntityKind.Source,
        Kind.Actor => EntityKind.Actor,
        Kind.Location => EntityKind.Location,
        Kind.Engagement => EntityKind.Engagement,
        Kind.Attribution => EntityKind.Attribution,
        Kind.Mention => EntityKind.Mention,
        _ => EntityKind.Claim,
    };

    private static ImmutableArray<T> Pick<T>(ImmutableArray<T> items, List<int> indexes)
    {
        indexes.Sort();
        var builder = ImmutableArray.CreateBuilder<T>(indexes.Count);
        foreach (var i in indexes)
        {
            builder.Add(items[i]);
        }

        return builder.MoveToImmutable();
    }

    private void Begin()
    {
        _slice++;
        _absentTaken.Clear();
        foreach (var list in _taken)
        {
            list.Clear();
        }
    }

    /// <summary>Takes every entity of a kind with an id (one, unless the report repeats the id); an id the report does not hold is left as it is.</summary>
    private void Take(Kind kind, string id)
    {
        var first = _ids[(int)kind].First(id);
        for (var i = first; i >= 0; i = _ids[(int)kind].Next(i))
        {
            TakeAt(kind, i);
        }

        // A reference to an entity the report does not hold stays as it is, and the mentions of
        // that id still come with the slice that refers to it.
        if (first < 0 && kind is not (Kind.Attribution or Kind.Mention) && _absentTaken.Add((EntityKindOf(kind), id)))
        {
            TakeMentionsOf(EntityKindOf(kind), id);
        }
    }

    private void TakeMentionsOf(EntityKind kind, string id)
    {
        if (_mentionsByEntity.TryGetValue((kind, id), out var mentions))
        {
            foreach (var m in mentions)
            {
                TakeAt(Kind.Mention, m);
            }
        }
    }

    private void Take(EntityReference reference) => Take(KindOf(reference.Kind), reference.Id);

    private void TakeAt(Kind kind, int index)
    {
        if (_takenBy[(int)kind][index] == _slice)
        {
            return;
        }

        _takenBy[(int)kind][index] = _slice;
        _reached[(int)kind][index] = true;
        _taken[(int)kind].Add(index);
        _work.Push((kind, index));
    }

    /// <summary>Takes everything the slice's entities refer to, until nothing is left to take, and builds the slice.</summary>
    private ConflictReport Finish(ImmutableArray<DatasetField> datasetFields)
    {
        FollowAll();
        if (_keepOrder)
        {
            TakeWhatComesFirst();
        }

        return new ConflictReport(
            Pick(_report.Sources, _taken[(int)Kind.Source]),
            Pick(_report.Actors, _taken[(int)Kind.Actor]),
            Pick(_report.Locations, _taken[(int)Kind.Location]),
            Pick(_report.Engagements, _taken[(int)Kind.Engagement]),
            Pick(_report.Claims, _taken[(int)Kind.Claim]),
            Pick(_report.Attributions, _taken[(int)Kind.Attribution]),
            Pick(_report.Mentions, _taken[(int)Kind.Mention]),
            datasetFields);
    }

    private void FollowAll()
    {
        while (_work.TryPop(out var item))
        {
            Follow(item.Kind, item.Index);
        }
    }

    /// <summary>
    /// Fills, kind by kind, the gap between what earlier slices took (always a run from the first
    /// entity, <see cref="_emitted"/>) and the last entity this slice takes, with what that refers
    /// to, until no gap is left; then the slice's new entities of each kind are the next run.
    /// </summary>
    private void TakeWhatComesFirst()
    {
        var last = new int[KindCount];
        bool filled;
        do
        {
            filled = false;
            for (var k = 0; k < KindCount; k++)
            {
                last[k] = -1;
                foreach (var index in _taken[k])
                {
                    last[k] = Math.Max(last[k], index);
                }

                for (var i = _emitted[k]; i < last[k]; i++)
                {
                    if (_takenBy[k][i] != _slice)
                    {
                        TakeAt((Kind)k, i);
                        filled = true;
                    }
                }
            }

            FollowAll();
        }
        while (filled);

        for (var k = 0; k < KindCount; k++)
        {
            _emitted[k] = Math.Max(_emitted[k], last[k] + 1);
        }
    }

    private void Follow(Kind kind, int index)
    {
        switch (kind)
        {
            case Kind.Engagement:
                var engagement = _report.Engagements[index];
                foreach (var location in engagement.Locations)
                {
                    Take(Kind.Location, location.Value);
                }

                foreach (var participant in engagement.Participants)
                {
                    Take(Kind.Actor, participant.Actor.Value);
                    if (participant.Identification is { } identification)
                    {
                        // A slice must validate alone: the identified actor and the claims the identification rests on go with it.
                        Take(Kind.Actor, identification.Actor.Value);
                        foreach (var claim in identification.Claims)
                        {
                            Take(Kind.Claim, claim.Value);
                        }
                    }
                }

                TakeAttributions(engagement.Attributions);
                if (engagement.Campaign is { } campaign)
                {
                    Take(Kind.Engagement, campaign.Value);
                }

                break;
            case Kind.Claim:
                FollowClaim(_report.Claims[index]);
                break;
            case Kind.Attribution:
                var attribution = _report.Attributions[index];
                Take(Kind.Source, attribution.Source.Value);
                if (attribution.Speaker is { } speaker)
                {
                    Take(Kind.Actor, speaker.Value);
                }

                break;
            case Kind.Actor:
                foreach (var affiliation in _report.Actors[index].Affiliations)
                {
                    Take(Kind.Actor, affiliation.Target.Value);
                    TakeAttributions(affiliation.Attributions);
                }

                break;
            case Kind.Location:
                if (_report.Locations[index].Parent is { } parent)
                {
                    Take(Kind.Location, parent.Value);
                }

                break;
            case Kind.Mention:
                var mention = _report.Mentions[index];
                Take(mention.Entity);
                Take(Kind.Source, mention.Source.Value);
                break;
        }

        // The mentions of what the slice holds come with it (a mention of a mention cannot be written).
        if (kind is not (Kind.Attribution or Kind.Mention))
        {
            TakeMentionsOf(EntityKindOf(kind), _ids[(int)kind].IdAt(index));
        }
    }

    private void TakeAttributions(ImmutableArray<AttributionId> attributions)
    {
        foreach (var attribution in attributions)
        {
            Take(Kind.Attribution, attribution.Value);
        }
    }

    private void FollowClaim(Claim claim)
    {
        if (claim.Claimant.Actor is { } actor)
        {
            Take(Kind.Actor, actor.Value);
        }

        if (claim.Claimant.Source is { } source)
        {
            Take(Kind.Source, source.Value);
        }

        foreach (var subject in claim.Subjects)
        {
            Take(subject);
        }

        TakeAttributions(claim.Attributions);
        switch (claim)
        {
            case CasualtyClaim { Victims: { } victims }:
                Take(Kind.Actor, victims.Value);
                break;
            case TerritorialControlClaim territorial:
                Take(Kind.Actor, territorial.Controller.Value);

                foreach (var place in territorial.Places)
                {
                    Take(Kind.Location, place.Value);
                }

                break;
            case ResponsibilityClaim responsibility:
                Take(Kind.Actor, responsibility.Responsible.Value);
                break;
            case OutcomeClaim { Prevailing: { } prevailing }:
                Take(Kind.Actor, prevailing.Value);
                break;
            case MaterielClaim materiel:
                if (materiel.Taker is { } taker)
                {
                    Take(Kind.Actor, taker.Value);
                }

                if (materiel.From is { } from)
                {
                    Take(Kind.Actor, from.Value);
                }

                break;
        }
    }

    /// <summary>The positions of one collection's entities by id: the first position of each id, and from each position the next with the same id.</summary>
    private sealed class IdIndex
    {
        private readonly Dictionary<string, int> _first;
        private readonly int[] _next;
        private readonly string[] _ids;

        private IdIndex(Dictionary<string, int> first, int[] next, string[] ids)
        {
            _first = first;
            _next = next;
            _ids = ids;
        }

        public int Count => _ids.Length;

        public static IdIndex Of<T>(ImmutableArray<T> items, Func<T, string> id)
        {
            var first = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
            var last = new Dictionary<string, int>(StringComparer.Ordinal);
            var next = new int[items.Length];
            var ids = new string[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var value = id(items[i]);
                ids[i] = value;
                next[i] = -1;
                if (first.TryAdd(value, i))
                {
                    last[value] = i;
                }
                else
                {
                    next[last[value]] = i;
                    last[value] = i;
                }
            }

            return new IdIndex(first, next, ids);
        }

        public int First(string id) => _first.TryGetValue(id, out var index) ? index : -1;

        public int Next(int index) => _next[index];

        public string IdAt(int index) => _ids[index];
    }

    /// <summary>Collects entities by id in the order first met, refusing two different entities under one id.</summary>
    private sealed class Collector<TId, T>(string kind, Func<T, TId> id)
        where TId : notnull
        where T : IEquatable<T>
    {
        private readonly Dictionary<TId, T> _seen = [];
        private readonly ImmutableArray<T>.Builder _items = ImmutableArray.CreateBuilder<T>();

        public void AddRange(ImmutableArray<T> items, string paramName)
        {
            foreach (var item in items)
            {
                if (_seen.TryGetValue(id(item), out var existing))
                {
                    if (!existing.Equals(item))
                    {
                        throw new ArgumentException($"The reports hold two different {kind}s with the id '{id(item)}'.", paramName);
                    }

                    continue;
                }

                _seen.Add(id(item), item);
                _items.Add(item);
            }
        }

        public ImmutableArray<T> ToArray() => _items.ToImmutable();
    }
}
