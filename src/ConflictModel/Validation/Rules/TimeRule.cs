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
/// in UTC; a local date (every other kind) may differ from it by a day either way, so when one of
/// two times compared is an instant and the other is not, the comparison allows a day's slack, in
/// whichever direction makes it more lenient: "2025-07-01T12:00:00Z" lies within "July 2025".
/// Two instants, or two local times, are compared as they are.</para>
/// <para>Dates near the ends of the calendar are never moved past them (NodaTime's range ends in
/// 9999), so validation does not throw for any time a report can hold.</para>
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
                if (EndsBefore(published, engagement.Time!))
                {
                    Report(
                        context,
                        ValidationCodes.PublishedBeforeEvent,
                        PathOf(EntityKind.Source, i, JsonName.Of(SourceMember.Published)),
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

        var path = new MemberPath(EntityKind.Attribution, index, JsonName.Of(SourceAttributionMember.StatedAt));
        if (latestEvent >= 0)
        {
            var engagement = context.Report.Engagements[latestEvent];
            if (EndsBefore(stated, engagement.Time!))
            {
                Report(
                    context,
                    ValidationCodes.StatementBeforeEvent,
                    path.ToString(),
                    attribution.Id.Value,
                    $"The statement is dated {stated} but reports engagement '{engagement.Id}', which began {Describe(engagement.Time!)}; nobody can report an event before it happens. Correct the statement's date or the engagement's time, or attach the statement to the right engagement.");
            }
        }

        if (sourceIndex >= 0 && context.Report.Sources[sourceIndex] is { Published: { } published } source && EndsBefore(published, stated))
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
        var parent = context.EngagementCampaigns[index];
        if (engagement is not { Time: { } time, Campaign: { } campaignId } || parent < 0 || context.Report.Engagements[parent].Time is not { } outer)
        {
            return;
        }

        if (!MayLieWithin(time, outer))
        {
            Report(
                context,
                ValidationCodes.OutsideCampaignTime,
                PathOf(EntityKind.Engagement, index, JsonName.Of(EngagementMember.Time)),
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

        return current < 0 || Begin(time) > Begin(context.Report.Engagements[current].Time!) ? candidate : current;
    }

    /// <summary>Tells whether <paramref name="earlier"/> certainly ends before <paramref name="later"/> begins.</summary>
    internal static bool EndsBefore(ReportedTime earlier, ReportedTime later)
        => Shift(earlier.LastDate, Slack(earlier, later)) < later.FirstDate;

    /// <summary>
    /// Tells whether <paramref name="inner"/> may lie within <paramref name="outer"/>: false only
    /// when it certainly begins before it or ends after it. The slack between an instant and a
    /// local time widens the outer time, never the inner one, so that it only makes the check more lenient.
    /// </summary>
    internal static bool MayLieWithin(ReportedTime inner, ReportedTime outer)
    {
        var slack = Slack(inner, outer);
        return Shift(inner.FirstDate, slack) >= outer.FirstDate && Shift(inner.LastDate, -slack) <= outer.LastDate;
    }

    /// <summary>The order in which two engagements began, for finding the one that began last: the instant's own date, as the other rules never widen there.</summary>
    private static LocalDate Begin(ReportedTime time) => time.FirstDate;

    /// <summary>One day between an instant (a UTC date) and a local time, whose dates may differ by a day; none between two of a kind.</summary>
    private static int Slack(ReportedTime a, ReportedTime b)
        => (a.Kind == ReportedTimeKind.Instant) == (b.Kind == ReportedTimeKind.Instant) ? 0 : 1;

    /// <summary>Moves a date by some days, stopping at the ends of NodaTime's calendar instead of overflowing.</summary>
    private static LocalDate Shift(LocalDate date, int days) => days switch
    {
        > 0 when date > LocalDate.MaxIsoValue.PlusDays(-days) => LocalDate.MaxIsoValue,
        < 0 when date < LocalDate.MinIsoValue.PlusDays(-days) => LocalDate.MinIsoValue,
        _ => date.PlusDays(days),
    };

    private static string Describe(ReportedTime time) => time.DayCount == 1 ? $"on {time}" : $"{LocalDatePattern.Iso.Format(time.FirstDate)} at the earliest ({time})";
}
