using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>CM0101: ids are unique within each kind of entity.</summary>
internal sealed class DuplicateIdRule : BuiltInRule
{
    public DuplicateIdRule()
        : base(ValidationCodes.DuplicateId)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var report = context.Report;
        var mentions = new Dictionary<MentionId, int>(report.Mentions.Length);
        for (var i = 0; i < report.Mentions.Length; i++)
        {
            mentions.TryAdd(report.Mentions[i].Id, i);
        }

        CheckAll(context, EntityKind.Source, report.Sources, s => s.Id.Value, s => context.IndexOf(s.Id));
        CheckAll(context, EntityKind.Actor, report.Actors, a => a.Id.Value, a => context.IndexOf(a.Id));
        CheckAll(context, EntityKind.Location, report.Locations, l => l.Id.Value, l => context.IndexOf(l.Id));
        CheckAll(context, EntityKind.Engagement, report.Engagements, e => e.Id.Value, e => context.IndexOf(e.Id));
        CheckAll(context, EntityKind.Claim, report.Claims, c => c.Id.Value, c => context.IndexOf(c.Id));
        CheckAll(context, EntityKind.Attribution, report.Attributions, a => a.Id.Value, a => context.IndexOf(a.Id));
        CheckAll(context, EntityKind.Mention, report.Mentions, m => m.Id.Value, m => mentions[m.Id]);
    }

    /// <summary>Reports every entity of a section whose id the index resolves to an earlier entity.</summary>
    private static void CheckAll<T>(ReportValidationContext context, EntityKind kind, ImmutableArray<T> items, Func<T, string> idOf, Func<T, int> firstWithId)
    {
        for (var i = 0; i < items.Length; i++)
        {
            Check(context, kind, i, idOf(items[i]), firstWithId(items[i]));
        }
    }

    private static void Check(ReportValidationContext context, EntityKind kind, int index, string id, int first)
    {
        if (first != index)
        {
            var noun = MessageText.Noun(kind);
            Report(
                context,
                ValidationCodes.DuplicateId,
                PathOf(kind, index, "id"),
                id,
                $"The {noun} id '{id}' is already used by the {noun} at {ReportValidationContext.ElementPath(kind, first)}; give each {noun} its own id, or merge the two if they are the same {noun}.");
        }
    }
}
