using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Fixtures.Tests;

/// <summary>
/// A local stand-in for report validation's reference rules, until validation is part of the build:
/// lists every id a report's entities use that names no entity of the report.
/// </summary>
internal static class ReportReferences
{
    public static IReadOnlyList<string> FindDangling(ConflictReport report)
    {
        var ids = new Dictionary<EntityKind, HashSet<string>>
        {
            [EntityKind.Source] = report.Sources.Select(s => s.Id.Value).ToHashSet(StringComparer.Ordinal),
            [EntityKind.Actor] = report.Actors.Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal),
            [EntityKind.Location] = report.Locations.Select(l => l.Id.Value).ToHashSet(StringComparer.Ordinal),
            [EntityKind.Engagement] = report.Engagements.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal),
            [EntityKind.Claim] = report.Claims.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal),
            [EntityKind.Attribution] = report.Attributions.Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal),
        };
        var problems = new List<string>();

        void Check(string where, IEntityId? id)
        {
            if (id is not null && !ids[id.Kind].Contains(id.Value))
            {
                problems.Add($"{where} -> {id.Kind} '{id.Value}'");
            }
        }

        void CheckReference(string where, EntityReference reference)
        {
            if (!ids[reference.Kind].Contains(reference.Id))
            {
                problems.Add($"{where} -> {reference}");
            }
        }

        foreach (var actor in report.Actors)
        {
            foreach (var affiliation in actor.Affiliations)
            {
                Check($"actor {actor.Id} affiliation", affiliation.Target);
            }
        }

        foreach (var location in report.Locations)
        {
            Check($"location {location.Id} parent", location.Parent);
        }

        foreach (var engagement in report.Engagements)
        {
            var where = $"engagement {engagement.Id}";
            engagement.Locations.ToList().ForEach(id => Check($"{where} location", id));
            engagement.Participants.ToList().ForEach(p => Check($"{where} participant", p.Actor));
            engagement.Attributions.ToList().ForEach(id => Check($"{where} attribution", id));
            Check($"{where} campaign", engagement.Campaign);
        }

        foreach (var claim in report.Claims)
        {
            var where = $"claim {claim.Id}";
            Check($"{where} claimant", claim.Claimant.Actor);
            Check($"{where} claimant", claim.Claimant.Source);
            claim.Subjects.ToList().ForEach(subject => CheckReference($"{where} subject", subject));
            claim.Attributions.ToList().ForEach(id => Check($"{where} attribution", id));
            foreach (var actor in ActorsOf(claim))
            {
                Check($"{where} value", actor);
            }

            if (claim is TerritorialControlClaim control)
            {
                control.Places.ToList().ForEach(id => Check($"{where} place", id));
            }
        }

        foreach (var attribution in report.Attributions)
        {
            Check($"attribution {attribution.Id} source", attribution.Source);
            Check($"attribution {attribution.Id} speaker", attribution.Speaker);
        }

        foreach (var mention in report.Mentions)
        {
            CheckReference($"mention {mention.Id} entity", mention.Entity);
            Check($"mention {mention.Id} source", mention.Source);
        }

        return problems;
    }

    private static IEnumerable<ActorId?> ActorsOf(Claim claim) => claim switch
    {
        CasualtyClaim c => [c.Victims],
        TerritorialControlClaim c => [c.Controller],
        ResponsibilityClaim c => [c.Responsible],
        OutcomeClaim c => [c.Prevailing],
        MaterielClaim c => [c.Taker, c.From],
        _ => [],
    };
}
