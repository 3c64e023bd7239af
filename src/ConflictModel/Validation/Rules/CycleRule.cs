using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// CM0301–CM0303: location parents, actor affiliations and engagement campaigns form no cycle.
/// Depth-first search with three colours: each element and each link is visited once.
/// </summary>
/// <remarks>
/// The issue is reported at the link that closes the cycle, found by following the links from the
/// element of lowest index. Alliances are symmetric by nature (A ally of B, B ally of A) and are left
/// out of the affiliation graph; links to ids that do not resolve are left out too (CM0201 reports them).
/// </remarks>
internal sealed class CycleRule : BuiltInRule
{
    private const byte White = 0;
    private const byte Grey = 1;
    private const byte Black = 2;

    public CycleRule()
        : base(ValidationCodes.LocationParentCycle, ValidationCodes.AffiliationCycle, ValidationCodes.CampaignCycle)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var report = context.Report;
        var parents = new int[report.Locations.Length];
        for (var i = 0; i < parents.Length; i++)
        {
            parents[i] = report.Locations[i].Parent is { } p ? context.IndexOf(p) : -1;
        }

        FindChainCycles(parents, i => report.Locations[i].Id.Value, (closing, cycle) => Report(
            context,
            ValidationCodes.LocationParentCycle,
            PathOf(EntityKind.Location, closing, "parent"),
            report.Locations[closing].Id.Value,
            $"Location parents form a cycle: {cycle}. A place cannot lie within itself; correct or remove one of these parents."));

        var campaigns = new int[report.Engagements.Length];
        for (var i = 0; i < campaigns.Length; i++)
        {
            campaigns[i] = report.Engagements[i].Campaign is { } c ? context.IndexOf(c) : -1;
        }

        FindChainCycles(campaigns, i => report.Engagements[i].Id.Value, (closing, cycle) => Report(
            context,
            ValidationCodes.CampaignCycle,
            PathOf(EntityKind.Engagement, closing, "campaign"),
            report.Engagements[closing].Id.Value,
            $"Engagement campaigns form a cycle: {cycle}. An engagement cannot be part of itself; correct or remove one of these campaigns."));

        FindAffiliationCycles(context);
    }

    /// <summary>Finds the cycles of a graph in which each node has at most one successor (-1 for none).</summary>
    private static void FindChainCycles(int[] next, Func<int, string> idOf, Action<int, string> report)
    {
        var colour = new byte[next.Length];
        var path = new List<int>();
        for (var start = 0; start < next.Length; start++)
        {
            if (colour[start] != White)
            {
                continue;
            }

            path.Clear();
            var node = start;
            while (node >= 0 && colour[node] == White)
            {
                colour[node] = Grey;
                path.Add(node);
                node = next[node];
            }

            if (node >= 0 && colour[node] == Grey)
            {
                var from = path.IndexOf(node);
                var closing = path[^1];
                report(closing, MessageText.Cycle(path.Count - from, k => idOf(path[from + k])));
            }

            foreach (var visited in path)
            {
                colour[visited] = Black;
            }
        }
    }

    private static void FindAffiliationCycles(ReportValidationContext context)
    {
        var actors = context.Report.Actors;
        var colour = new byte[actors.Length];
        var depth = new int[actors.Length];
        var stack = new List<(int Node, int Edge)>();
        for (var start = 0; start < actors.Length; start++)
        {
            if (colour[start] != White)
            {
                continue;
            }

            colour[start] = Grey;
            stack.Add((start, 0));
            while (stack.Count > 0)
            {
                var (node, edge) = stack[^1];
                var affiliations = actors[node].Affiliations;
                if (edge >= affiliations.Length)
                {
                    colour[node] = Black;
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                stack[^1] = (node, edge + 1);
                var affiliation = affiliations[edge];
                var target = affiliation.Kind == AffiliationKind.AllyOf ? -1 : context.IndexOf(affiliation.Target);
                if (target < 0)
                {
                    continue;
                }

                if (colour[target] == White)
                {
                    colour[target] = Grey;
                    depth[target] = stack.Count;
                    stack.Add((target, 0));
                }
                else if (colour[target] == Grey)
                {
                    var from = depth[target];
                    var cycle = MessageText.Cycle(stack.Count - from, k => actors[stack[from + k].Node].Id.Value);
                    Report(
                        context,
                        ValidationCodes.AffiliationCycle,
                        JsonPointer.Combine(JsonPointer.Combine(PathOf(EntityKind.Actor, node, "affiliations"), edge), "target"),
                        actors[node].Id.Value,
                        $"Actor affiliations form a cycle: {cycle}. An actor cannot be a member, part, affiliate, spokesperson or commander of itself, even through others; correct or remove one of these affiliations.");
                }
            }
        }
    }
}
