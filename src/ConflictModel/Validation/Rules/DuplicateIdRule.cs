using System.Collections.Generic;

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
        for (var i = 0; i < report.Sources.Length; i++)
        {
            Check(context, EntityKind.Source, i, report.Sources[i].Id.Value, context.IndexOf(report.Sources[i].Id));
        }

        for (var i = 0; i < report.Actors.Length; i++)
        {
            Check(context, EntityKind.Actor, i, report.Actors[i].Id.Value, context.IndexOf(report.Actors[i].Id));
        }

        for (var i = 0; i < report.Locations.Length; i++)
        {
            Check(context, EntityKind.Location, i, report.Locations[i].Id.Value, context.IndexOf(report.Locations[i].Id));
        }

        for (var i = 0; i < report.Engagements.Length; i++)
        {
            Check(context, EntityKind.Engagement, i, report.Engagements[i].Id.Value, context.IndexOf(report.Engagements[i].Id));
        }

        for (var i = 0; i < report.Claims.Length; i++)
        {
            Check(context, EntityKind.Claim, i, report.Claims[i].Id.Value, context.IndexOf(report.Claims[i].Id));
        }

        for (var i = 0; i < report.Attributions.Length; i++)
        {
            Check(context, EntityKind.Attribution, i, report.Attributions[i].Id.Value, context.IndexOf(report.Attributions[i].Id));
        }

        var mentions = new Dictionary<MentionId, int>(report.Mentions.Length);
        for (var i = 0; i < report.Mentions.Length; i++)
        {
            var id = report.Mentions[i].Id;
            mentions.TryAdd(id, i);
            Check(context, EntityKind.Mention, i, id.Value, mentions[id]);
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
