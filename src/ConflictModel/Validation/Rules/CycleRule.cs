using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

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
        FindChainCycles(
            context,
            report.Locations,
            context.LocationParents,
            l => l.Id.Value,
            EntityKind.Location,
            JsonName.Of(LocationMember.Parent),
            ValidationCodes.LocationParentCycle,
            "Location parents form a cycle: {0}. A place cannot lie within itself; correct or remove one of these parents.");
        FindChainCycles(
            context,
            report.Engagements,
            context.EngagementCampaigns,
            e => e.Id.Value,
            EntityKind.Engagement,
            JsonName.Of(EngagementMember.Campaign),
            ValidationCodes.CampaignCycle,
            "Engagement campaigns form a cycle: {0}. An engagement cannot be part of itself; correct or remove one of these campaigns.");
        FindAffiliationCycles(context);
    }

    /// <summary>Finds the cycles of a graph in which each element links to at most one other (-1 for none).</summary>
    private static void FindChainCycles<T>(
        ReportValidationContext context,
        ImmutableArray<T> items,
        ReadOnlySpan<int> next,
        Func<T, string> idOf,
        EntityKind kind,
        string property,
        string code,
        string message)
    {
        var colour = new byte[items.Length];
        var path = new List<int>();
        for (var start = 0; start < items.Length; start++)
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
                var cycle = MessageText.Cycle(path.Count - from, k => idOf(items[path[from + k]]));
                Report(context, code, PathOf(kind, closing, property), idOf(items[closing]), string.Format(CultureInfo.InvariantCulture, message, cycle));
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
                        JsonPointer.Combine(JsonPointer.Combine(PathOf(EntityKind.Actor, node, JsonName.Of(ActorMember.Affiliations)), edge), JsonName.Of(AffiliationMember.Target)),
                        actors[node].Id.Value,
                        $"Actor affiliations form a cycle: {cycle}. An actor cannot be a member, part, affiliate, spokesperson or commander of itself, even through others; correct or remove one of these affiliations.");
                }
            }
        }
    }
}
