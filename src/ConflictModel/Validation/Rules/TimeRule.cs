using System;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel;

/// <summary>
/// CM0501–CM0504: statements and sources are not dated before the events they report, statements
/// are not dated after the source that prints them, and an engagement's time lies within its
/// campaign's.
/// </summary>
/// <remarks>
/// <para>Times are compared by the inclusive range of calendar dates they may fall on
/// (<see cref="ReportedTime.FirstDate"/> to <see cref="ReportedTime.LastDate"/>), so only a certain
/// contradiction is reported: "in July" does not contradict "1 July". An instant's date is its date
/// in UTC; since local dates differ from it by at most a day, an instant is taken to cover the day
/// before and the day after as well.</para>
/// <para>An attribution reports an engagement when the engagement lists it, or when a claim about the
/// engagement (one of its subjects) lists it. For each attribution and each source only the
/// engagement that begins last matters; it is found in one pass over engagements and claims.</para>
/// </remarks>
internal sealed class TimeRule : BuiltInRule
{
    public TimeRule()
        : base(
            ValidationCodes.StatementBeforeEvent,
            ValidationCodes.PublishedBeforeEvent,
            ValidationCodes.StatementAfterPublication,
            ValidationCodes.OutsideCampaignTime)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var report = context.Report;
        var latestEvent = new int[report.Attributions.Length];
        latestEvent.AsSpan().Fill(-1);
        for (var i = 0; i < report.Engagements.Length; i++)
        {
            if (report.Engagements[i].Time is not null)
            {
                foreach (var attribution in context.EngagementAttributions.Of(i))
                {
                    Later(context, latestEvent, attribution, i);
                }
            }
        }

        for (var c = 0; c < report.Claims.Length; c++)
        {
            var claim = report.Claims[c];
            var subjects = context.ClaimSubjects.Of(c);
            var latest = -1;
            for (var j = 0; j < subjects.Length; j++)
            {
                if (claim.Subjects[j].Kind == EntityKind.Engagement)
                {
                    latest = LaterOf(context, latest, subjects[j]);
                }
            }

            if (latest >= 0)
            {
                foreach (var attribution in context.ClaimAttributions.Of(c))
                {
                    Later(context, latestEvent, attribution, latest);
                }
            }
        }

        var latestForSource = new int[report.Sources.Length];
        latestForSource.AsSpan().Fill(-1);
        for (var i = 0; i < report.Attributions.Length; i++)
        {
            var attribution = report.Attributions[i];
            var source = context.AttributionSources[i];
            CheckStatement(context, i, latestEvent[i], source);
            if (source >= 0 && latestEvent[i] >= 0)
            {
                latestForSource[source] = LaterOf(context, latestForSource[source], latestEvent[i]);
            }
        }

        for (var i = 0; i < report.Sources.Length; i++)
        {
            var source = report.Sources[i];
            if (source.Published is { } published && latestForSource[i] >= 0)
            {
                var engagement = report.Engagements[latestForSource[i]];
                if (Last(published) < First(engagement.Time!))
                {
                    Report(
                        context,
                        ValidationCodes.PublishedBeforeEvent,
                        PathOf(EntityKind.Source, i, "published"),
                        source.Id.Value,
                        $"The source is dated {published} but reports engagement '{engagement.Id}', which began {Describe(engagement.Time!)}; a source cannot report an event before it happens. Correct the publication time or the engagement's time.");
                }
            }
        }

        for (var i = 0; i < report.Engagements.Length; i++)
        {
            CheckCampaign(context, i);
        }
    }

    private static void CheckStatement(ReportValidationContext context, int index, int latestEvent, int sourceIndex)
    {
        var attribution = context.Report.Attributions[index];
        if (attribution.StatedAt is not { } stated)
        {
            return;
        }

        var path = new MemberPath(EntityKind.Attribution, index, "statedAt");
        if (latestEvent >= 0)
        {
            var engagement = context.Report.Engagements[latestEvent];
            if (Last(stated) < First(engagement.Time!))
            {
                Report(
                    context,
                    ValidationCodes.StatementBeforeEvent,
                    path.ToString(),
                    attribution.Id.Value,
                    $"The statement is dated {stated} but reports engagement '{engagement.Id}', which began {Describe(engagement.Time!)}; nobody can report an event before it happens. Correct the statement's date or the engagement's time, or attach the statement to the right engagement.");
            }
        }

        if (sourceIndex >= 0 && context.Report.Sources[sourceIndex] is { Published: { } published } source && First(stated) > Last(published))
        {
            Report(
                context,
                ValidationCodes.StatementAfterPublication,
                path.ToString(),
                attribution.Id.Value,
                $"The statement is dated {stated}, after source '{source.Id}' that prints it was published ({published}). Correct the statement's date or the publication time (an updated article is published when it was last updated).");
        }
    }

    private static void CheckCampaign(ReportValidationContext context, int index)
    {
        var engagement = context.Report.Engagements[index];
        if (engagement is not { Time: { } time, Campaign: { } campaignId } || !context.TryGetEngagement(campaignId, out var campaign) || campaign.Time is not { } outer)
        {
            return;
        }

        if (First(time) < First(outer) || Last(time) > Last(outer))
        {
            Report(
                context,
                ValidationCodes.OutsideCampaignTime,
                PathOf(EntityKind.Engagement, index, "time"),
                engagement.Id.Value,
                $"The engagement's time ({time}) does not lie within the time of its campaign '{campaignId}' ({outer}). Correct one of the two times, widen the campaign's, or attach the engagement to the right campaign.");
        }
    }

    private static void Later(ReportValidationContext context, int[] latest, int attribution, int engagement)
    {
        if (attribution >= 0)
        {
            latest[attribution] = LaterOf(context, latest[attribution], engagement);
        }
    }

    /// <summary>Of two engagement indexes (-1 for none), the one whose time begins later; the first on a tie.</summary>
    private static int LaterOf(ReportValidationContext context, int current, int candidate)
    {
        if (candidate < 0 || context.Report.Engagements[candidate].Time is not { } time)
        {
            return current;
        }

        return current < 0 || First(time) > First(context.Report.Engagements[current].Time!) ? candidate : current;
    }

    private static LocalDate First(ReportedTime time) => time.Kind == ReportedTimeKind.Instant ? time.FirstDate.PlusDays(-1) : time.FirstDate;

    private static LocalDate Last(ReportedTime time) => time.Kind == ReportedTimeKind.Instant ? time.LastDate.PlusDays(1) : time.LastDate;

    private static string Describe(ReportedTime time) => time.DayCount == 1 ? $"on {time}" : $"{LocalDatePattern.Iso.Format(time.FirstDate)} at the earliest ({time})";
}
