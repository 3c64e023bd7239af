using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Tests.Reports;

/// <summary>
/// The oracle for splitting: the first implementation of SplitByEngagement, kept as it was. It
/// reaches a fixed point by sweeping every collection again for each engagement, so it is
/// quadratic, but its rule is plain to read; the linear slicer must give exactly its slices.
/// </summary>
internal static class ReferenceSlicer
{
    public static IEnumerable<ConflictReport> Split(ConflictReport report)
    {
        var index = new Index(report);
        var reached = new Slice();

        // The report's own dataset fields belong to no entity: the first slice carries them, and Merge gathers them in order.
        var fields = report.DatasetFields;
        foreach (var engagement in report.Engagements)
        {
            var slice = new Slice();
            slice.Engagements.Add(engagement.Id);
            foreach (var claim in report.Claims)
            {
                if (claim.Subjects.Contains(EntityReference.To(engagement.Id)))
                {
                    slice.Claims.Add(claim.Id);
                }
            }

            index.Close(slice);
            reached.Add(slice);
            yield return index.Build(slice, fields);
            fields = [];
        }

        var rest = new Slice();
        rest.Sources.UnionWith(report.Sources.Select(s => s.Id).Where(id => !reached.Sources.Contains(id)));
        rest.Actors.UnionWith(report.Actors.Select(a => a.Id).Where(id => !reached.Actors.Contains(id)));
        rest.Locations.UnionWith(report.Locations.Select(l => l.Id).Where(id => !reached.Locations.Contains(id)));
        rest.Claims.UnionWith(report.Claims.Select(c => c.Id).Where(id => !reached.Claims.Contains(id)));
        rest.Attributions.UnionWith(report.Attributions.Select(a => a.Id).Where(id => !reached.Attributions.Contains(id)));
        rest.Mentions.UnionWith(report.Mentions.Select(m => m.Id).Where(id => !reached.Mentions.Contains(id)));
        if (!rest.IsEmpty || !fields.IsEmpty)
        {
            index.Close(rest);
            yield return index.Build(rest, fields);
        }
    }

    /// <summary>The ids a slice holds, by kind.</summary>
    private sealed class Slice
    {
        public HashSet<SourceId> Sources { get; } = [];

        public HashSet<ActorId> Actors { get; } = [];

        public HashSet<LocationId> Locations { get; } = [];

        public HashSet<EngagementId> Engagements { get; } = [];

        public HashSet<ClaimId> Claims { get; } = [];

        public HashSet<AttributionId> Attributions { get; } = [];

        public HashSet<MentionId> Mentions { get; } = [];

        public bool IsEmpty => Sources.Count + Actors.Count + Locations.Count + Engagements.Count + Claims.Count + Attributions.Count + Mentions.Count == 0;

        public int Count => Sources.Count + Actors.Count + Locations.Count + Engagements.Count + Claims.Count + Attributions.Count + Mentions.Count;

        public void Add(Slice other)
        {
            Sources.UnionWith(other.Sources);
            Actors.UnionWith(other.Actors);
            Locations.UnionWith(other.Locations);
            Engagements.UnionWith(other.Engagements);
            Claims.UnionWith(other.Claims);
            Attributions.UnionWith(other.Attributions);
            Mentions.UnionWith(other.Mentions);
        }

        public void Add(EntityReference reference)
        {
            switch (reference.Kind)
            {
                case EntityKind.Actor:
                    Actors.Add(new ActorId(reference.Id));
                    break;
                case EntityKind.Location:
                    Locations.Add(new LocationId(reference.Id));
                    break;
                case EntityKind.Engagement:
                    Engagements.Add(new EngagementId(reference.Id));
                    break;
                case EntityKind.Source:
                    Sources.Add(new SourceId(reference.Id));
                    break;
                default:
                    Claims.Add(new ClaimId(reference.Id));
                    break;
            }
        }

        public bool Contains(EntityReference reference) => reference.Kind switch
        {
            EntityKind.Actor => Actors.Contains(new ActorId(reference.Id)),
            EntityKind.Location => Locations.Contains(new LocationId(reference.Id)),
            EntityKind.Engagement => Engagements.Contains(new EngagementId(reference.Id)),
            EntityKind.Source => Sources.Contains(new SourceId(reference.Id)),
            _ => Claims.Contains(new ClaimId(reference.Id)),
        };
    }

    /// <summary>The report's entities by id (the first of each id), and what each refers to.</summary>
    private sealed class Index(ConflictReport report)
    {
        private readonly ConflictReport _report = report;
        private readonly Dictionary<ActorId, Actor> _actors = First(report.Actors, a => a.Id);
        private readonly Dictionary<LocationId, Location> _locations = First(report.Locations, l => l.Id);
        private readonly Dictionary<EngagementId, Engagement> _engagements = First(report.Engagements, e => e.Id);
        private readonly Dictionary<ClaimId, Claim> _claims = First(report.Claims, c => c.Id);
        private readonly Dictionary<AttributionId, SourceAttribution> _attributions = First(report.Attributions, a => a.Id);

        /// <summary>Adds to the slice everything its entities refer to, and the mentions of what it then holds, until nothing more is added.</summary>
        public void Close(Slice slice)
        {
            int before;
            do
            {
                before = slice.Count;
                foreach (var id in slice.Engagements.ToArray())
                {
                    if (_engagements.TryGetValue(id, out var engagement))
                    {
                        slice.Locations.UnionWith(engagement.Locations);
                        foreach (var participant in engagement.Participants)
                        {
                            slice.Actors.Add(participant.Actor);
                            if (participant.Identification is { } identification)
                            {
                                // A slice must validate alone: the identified actor and the claims the identification rests on go with it.
                                slice.Actors.Add(identification.Actor);
                                slice.Claims.UnionWith(identification.Claims);
                            }
                        }

                        slice.Attributions.UnionWith(engagement.Attributions);
                        if (engagement.Campaign is { } campaign)
                        {
                            slice.Engagements.Add(campaign);
                        }
                    }
                }

                foreach (var id in slice.Claims.ToArray())
                {
                    if (_claims.TryGetValue(id, out var claim))
                    {
                        AddClaimReferences(slice, claim);
                    }
                }

                foreach (var id in slice.Attributions.ToArray())
                {
                    if (_attributions.TryGetValue(id, out var attribution))
                    {
                        slice.Sources.Add(attribution.Source);
                        if (attribution.Speaker is { } speaker)
                        {
                            slice.Actors.Add(speaker);
                        }
                    }
                }

                foreach (var id in slice.Actors.ToArray())
                {
                    if (_actors.TryGetValue(id, out var actor))
                    {
                        foreach (var affiliation in actor.Affiliations)
                        {
                            slice.Actors.Add(affiliation.Target);
                            slice.Attributions.UnionWith(affiliation.Attributions);
                        }
                    }
                }

                foreach (var id in slice.Locations.ToArray())
                {
                    if (_locations.TryGetValue(id, out var location) && location.Parent is { } parent)
                    {
                        slice.Locations.Add(parent);
                    }
                }

                foreach (var mention in _report.Mentions)
                {
                    if (slice.Mentions.Contains(mention.Id) || slice.Contains(mention.Entity))
                    {
                        slice.Mentions.Add(mention.Id);
                        slice.Add(mention.Entity);
                        slice.Sources.Add(mention.Source);
                    }
                }
            }
            while (slice.Count != before);
        }

        /// <summary>Builds the slice's report, each collection in the report's own order.</summary>
        public ConflictReport Build(Slice slice, ImmutableArray<DatasetField> datasetFields) => new(
            [.. _report.Sources.Where(s => slice.Sources.Contains(s.Id))],
            [.. _report.Actors.Where(a => slice.Actors.Contains(a.Id))],
            [.. _report.Locations.Where(l => slice.Locations.Contains(l.Id))],
            [.. _report.Engagements.Where(e => slice.Engagements.Contains(e.Id))],
            [.. _report.Claims.Where(c => slice.Claims.Contains(c.Id))],
            [.. _report.Attributions.Where(a => slice.Attributions.Contains(a.Id))],
            [.. _report.Mentions.Where(m => slice.Mentions.Contains(m.Id))],
            datasetFields);

        private static void AddClaimReferences(Slice slice, Claim claim)
        {
            if (claim.Claimant.Actor is { } actor)
            {
                slice.Actors.Add(actor);
            }

            if (claim.Claimant.Source is { } source)
            {
                slice.Sources.Add(source);
            }

            foreach (var subject in claim.Subjects)
            {
                slice.Add(subject);
            }

            slice.Attributions.UnionWith(claim.Attributions);
            ActorId?[] actors = claim switch
            {
                CasualtyClaim c => [c.Victims],
                TerritorialControlClaim c => [c.Controller],
                ResponsibilityClaim c => [c.Responsible],
                OutcomeClaim c => [c.Prevailing],
                MaterielClaim c => [c.Taker, c.From],
                _ => [],
            };
            foreach (var id in actors)
            {
                if (id is { } value)
                {
                    slice.Actors.Add(value);
                }
            }

            if (claim is TerritorialControlClaim territorial)
            {
                slice.Locations.UnionWith(territorial.Places);
            }
        }

        private static Dictionary<TId, T> First<TId, T>(ImmutableArray<T> items, Func<T, TId> id)
            where TId : notnull
        {
            var byId = new Dictionary<TId, T>();
            foreach (var item in items)
            {
                byId.TryAdd(id(item), item);
            }

            return byId;
        }
    }
}
