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
        var mentions = new Dictionary<MentionId, int>(report.Mentions.Length);
        for (var i = 0; i < report.Mentions.Length; i++)
        {
            mentions.TryAdd(report.Mentions[i].Id, i);
        }

        // The context found the duplicates of the kinds it indexes while it built its indexes.
        foreach (var duplicate in context.Duplicates)
        {
            Check(context, duplicate.Kind, duplicate.Index, IdOf(report, duplicate.Kind, duplicate.Index), duplicate.First);
        }

        for (var i = 0; i < report.Mentions.Length; i++)
        {
            Check(context, EntityKind.Mention, i, report.Mentions[i].Id.Value, mentions[report.Mentions[i].Id]);
        }
    }

    private static string IdOf(ConflictReport report, EntityKind kind, int index) => kind switch
    {
        EntityKind.Source => report.Sources[index].Id.Value,
        EntityKind.Actor => report.Actors[index].Id.Value,
        EntityKind.Location => report.Locations[index].Id.Value,
        EntityKind.Engagement => report.Engagements[index].Id.Value,
        EntityKind.Claim => report.Claims[index].Id.Value,
        _ => report.Attributions[index].Id.Value,
    };

    private static void Check(ReportValidationContext context, EntityKind kind, int index, string id, int first)
    {
        if (first != index)
        {
            var noun = MessageText.Noun(kind);
            Report(
                context,
                ValidationCodes.DuplicateId,
                PathOf(kind, index, JsonName.IdOf(kind)),
                id,
                $"The {noun} id '{id}' is already used by the {noun} at {ReportValidationContext.ElementPath(kind, first)}; give each {noun} its own id, or merge the two if they are the same {noun}.");
        }
    }
}
