using System.Collections.Generic;

namespace ConflictModel.Benchmarks.Peer;

/// <summary>
/// What a user of the peer's classes would write to check a document's references by hand: a
/// dictionary of ids for each kind of entity (finding the ids used twice as it is filled), then a
/// look-up for every reference of every entity. It checks what the model's reference and
/// duplicate-id rules check, and nothing else of what <c>ConflictReport.Validate</c> does (no quotes
/// against texts, times, cycles, codes; no messages or paths: a count of problems).
/// </summary>
public static class PeerReferences
{
    /// <summary>Counts the duplicate ids and the references that resolve to nothing.</summary>
    /// <param name="report">The document as read.</param>
    /// <returns>The number of problems; 0 for a document whose ids are unique and whose references all resolve.</returns>
    public static int CountProblems(PeerReport report)
    {
        var problems = 0;
        var sources = Index(report.Sources, s => s.Id, ref problems);
        var actors = Index(report.Actors, a => a.Id, ref problems);
        var locations = Index(report.Locations, l => l.Id, ref problems);
        var engagements = Index(report.Engagements, e => e.Id, ref problems);
        var claims = Index(report.Claims, c => c.Id, ref problems);
        var attributions = Index(report.Attributions, a => a.Id, ref problems);

        foreach (var actor in report.Actors ?? [])
        {
            foreach (var affiliation in actor.Affiliations ?? [])
            {
                problems += Missing(actors, affiliation.Target) + MissingAll(attributions, affiliation.Attributions);
            }
        }

        foreach (var location in report.Locations ?? [])
        {
            problems += MissingOptional(locations, location.Parent);
        }

        foreach (var engagement in report.Engagements ?? [])
        {
            problems += MissingAll(locations, engagement.Locations) + MissingOptional(engagements, engagement.Campaign) + MissingAll(attributions, engagement.Attributions);
            foreach (var participant in engagement.Participants ?? [])
            {
                problems += Missing(actors, participant.Actor);
                if (participant.Identification is { } identification)
                {
                    problems += Missing(actors, identification.Actor) + MissingAll(claims, identification.Claims);
                }
            }
        }

        foreach (var claim in report.Claims ?? [])
        {
            problems += claim.Claimant is { Actor: { } actor } ? Missing(actors, actor) : Missing(sources, claim.Claimant?.Source);
            foreach (var subject in claim.Subjects ?? [])
            {
                problems += Missing(subject, sources, actors, locations, engagements, claims);
            }

            problems += MissingAll(attributions, claim.Attributions)
                + MissingOptional(actors, claim.Victims)
                + MissingOptional(actors, claim.Controller)
                + MissingAll(locations, claim.Places)
                + MissingOptional(actors, claim.Responsible)
                + MissingOptional(actors, claim.Prevailing)
                + MissingOptional(actors, claim.Taker)
                + MissingOptional(actors, claim.From);
        }

        foreach (var attribution in report.Attributions ?? [])
        {
            problems += Missing(sources, attribution.Source) + MissingOptional(actors, attribution.Speaker);
        }

        foreach (var mention in report.Mentions ?? [])
        {
            problems += Missing(sources, mention.Source) + Missing(mention.Entity, sources, actors, locations, engagements, claims);
        }

        return problems;
    }

    private delegate string? IdOf<in T>(T item);

    private static Dictionary<string, int> Index<T>(List<T>? items, IdOf<T> id, ref int problems)
    {
        var index = new Dictionary<string, int>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (id(items![i]) is not { } key || !index.TryAdd(key, i))
            {
                problems++;
            }
        }

        return index;
    }

    private static int Missing(Dictionary<string, int> index, string? id) => id is not null && index.ContainsKey(id) ? 0 : 1;

    private static int MissingOptional(Dictionary<string, int> index, string? id) => id is null || index.ContainsKey(id) ? 0 : 1;

    private static int MissingAll(Dictionary<string, int> index, List<string>? ids)
    {
        var missing = 0;
        foreach (var id in ids ?? [])
        {
            missing += Missing(index, id);
        }

        return missing;
    }

    private static int Missing(PeerReference? reference, Dictionary<string, int> sources, Dictionary<string, int> actors, Dictionary<string, int> locations, Dictionary<string, int> engagements, Dictionary<string, int> claims)
        => reference?.Kind switch
        {
            "source" => Missing(sources, reference.Id),
            "actor" => Missing(actors, reference.Id),
            "location" => Missing(locations, reference.Id),
            "engagement" => Missing(engagements, reference.Id),
            "claim" => Missing(claims, reference.Id),
            _ => 1,
        };
}
