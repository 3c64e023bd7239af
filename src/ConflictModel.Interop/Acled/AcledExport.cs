using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// Writes a <see cref="ConflictReport"/> as ACLED event rows, one per event, each column by the rule
/// documented in <c>docs/interop/acled.md</c>, with a <see cref="LossReport"/> of everything the
/// flat rows could not hold or had to choose.
/// </summary>
/// <remarks>
/// A campaign with events in the report is no row: its events are (so each is counted once). Its
/// claims are never copied onto its events; they are named in the loss report. A dataset field
/// of dataset <c>acled</c> on an engagement is the row's own text of that column (as an import keeps
/// it) and is written as it is.
/// </remarks>
public static class AcledExport
{
    /// <summary>The dataset name of ACLED's own fields in <see cref="DatasetField.Dataset"/>.</summary>
    public const string Dataset = "acled";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Exports a report's events as ACLED rows, with a loss report of what the rows could not hold.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The rows (one per event; a campaign with events in the report is no row) and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static AcledExportResult Export(ConflictReport report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        var losses = new List<LossEntry>();
        var rows = Rows(report, losses).ToImmutableArray();
        return new AcledExportResult(rows, new LossReport([.. losses]));
    }

    /// <summary>Gets the rows of a report, computed one event at a time as they are enumerated (no loss report is made).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The rows, in the order of the report's engagements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IEnumerable<AcledRow> ToRows(ConflictReport report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        return Rows(report, null);
    }

    /// <summary>Says what writing a report as ACLED rows loses, without writing it: the rows' losses, as <see cref="Write"/> reports them machine-to-machine (spreadsheet-safe, <see cref="Write"/> also lists each escaped text).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static LossReport Losses(ConflictReport report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        var losses = new List<LossEntry>();
        foreach (var _ in Rows(report, losses))
        {
        }

        return new LossReport([.. losses]);
    }

    /// <summary>
    /// Writes a report as ACLED CSV (the 31 columns in ACLED's order, a row an event), each row
    /// written as it is derived: the rows are never all in memory.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="options">How to write; spreadsheet-safe when null.</param>
    /// <returns>What the rows could not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    public static LossReport Write(ConflictReport report, Stream stream, DatasetWriteOptions? options = null)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        Preconditions.CheckNotNull(stream, nameof(stream));
        var losses = new List<LossEntry>();
        options ??= DatasetWriteOptions.SpreadsheetSafe;
        AcledCsv.Write(stream, EscapedFields.Reported(Rows(report, losses), static r => r.RowFields, options, losses), options);
        return new LossReport([.. losses]);
    }

    /// <summary>Writes a report as ACLED CSV asynchronously, each row as it is derived (<see cref="Write"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="options">How to write; spreadsheet-safe when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>What the rows could not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    public static async Task<LossReport> WriteAsync(ConflictReport report, Stream stream, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        Preconditions.CheckNotNull(stream, nameof(stream));
        var losses = new List<LossEntry>();
        options ??= DatasetWriteOptions.SpreadsheetSafe;
        await AcledCsv.WriteAsync(stream, RowsAsync(report, options, losses), options, cancellationToken).ConfigureAwait(false);
        return new LossReport([.. losses]);
    }

    private static async IAsyncEnumerable<AcledRow> RowsAsync(ConflictReport report, DatasetWriteOptions options, List<LossEntry> losses)
    {
        foreach (var row in EscapedFields.Reported(Rows(report, losses), static r => r.RowFields, options, losses))
        {
            yield return row;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static IEnumerable<AcledRow> Rows(ConflictReport report, List<LossEntry>? losses)
    {
        var index = new IndexLookup(report.Index);
        var campaignsWithEvents = new HashSet<EngagementId>();
        foreach (var engagement in report.Engagements)
        {
            if (engagement.Campaign is { } campaign)
            {
                campaignsWithEvents.Add(campaign);
            }
        }

        foreach (var engagement in report.Engagements)
        {
            var subject = "engagement:" + engagement.Id.Value;
            if (engagement.Scope == EngagementScope.Campaign && campaignsWithEvents.Contains(engagement.Id))
            {
                if (losses is not null)
                {
                    losses.Add(new LossEntry(subject, "a campaign, not a row", "ACLED counts events; each of its events in the report is a row of its own"));
                    ReportCampaignClaims(index, engagement, subject, losses);
                }

                continue;
            }

            if (ExportEngagement(index, engagement, subject, losses) is { } row)
            {
                yield return row;
            }
        }
    }

    private static void ReportCampaignClaims(IndexLookup index, Engagement campaign, string subject, List<LossEntry> losses)
    {
        foreach (var claim in index.ClaimsAbout(campaign.Id))
        {
            if (claim is CasualtyClaim casualty)
            {
                losses.Add(new LossEntry(
                    subject,
                    $"figure of the campaign: {Describe(index, claim)} (claim {claim.Id.Value})",
                    "a figure about the campaign as a whole belongs to no one event; it is neither copied onto its events nor divided among them"
                    + (casualty.Count.Qualifier is EstimateQualifier.Undisclosed or EstimateQualifier.Unknown ? "; an undisclosed or unknown figure would be written as 0" : string.Empty)));
            }
            else
            {
                losses.Add(new LossEntry(
                    subject,
                    $"claim of the campaign: {Describe(index, claim)} (claim {claim.Id.Value})",
                    InNotes(claim) ? "kept only in the notes of its events" : "not written: it describes several things at once, and a row's notes are about its event"));
            }
        }
    }

    private static AcledRow? ExportEngagement(IAcledLookup index, Engagement engagement, string subject, List<LossEntry>? losses)
    {
        var mark = losses?.Count ?? 0;
        var row = ExportEngagementCore(index, engagement, subject, losses);
        if (row is null && losses is not null)
        {
            // No row: what a row would have lost is not lost, only the event; the lines that say why stay.
            for (var i = losses.Count - 1; i >= mark; i--)
            {
                if (losses[i].Lost != NoRow)
                {
                    losses.RemoveAt(i);
                }
            }
        }

        return row;
    }

    /// <summary>What a loss line names when an engagement is no row; the lines of a no-row engagement are pruned to these.</summary>
    internal const string NoRow = "the whole engagement: no row";

    private static AcledRow? ExportEngagementCore(IAcledLookup index, Engagement engagement, string subject, List<LossEntry>? losses)
    {
        if (Derive(index, engagement, subject, losses) is not { } known)
        {
            return null;
        }

        // The row's own text, as an import kept it, is written as it is: ACLED's coding of that row.
        // The first field of each name counts (names compared ignoring case), in the fields' order.
        var schema = AcledSchema.Schema;
        var overridden = 0UL;
        var absent = 0UL;
        List<KeyValuePair<string, string>>? extra = null;
        foreach (var field in engagement.DatasetFields)
        {
            if (!string.Equals(field.Dataset, Dataset, StringComparison.Ordinal))
            {
                continue;
            }

            if (field.Name.StartsWith(AbsentPrefix, StringComparison.OrdinalIgnoreCase))
            {
                // The row's file had no such column (only the three added in 2023 may be absent).
                var column = field.Name[AbsentPrefix.Length..];
                if (AcledColumns.AddedIn2023.Contains(column, StringComparer.OrdinalIgnoreCase))
                {
                    absent |= 1UL << schema.IndexOf(column);
                }
            }
            else if (schema.IndexByName.TryGetValue(field.Name, out var at))
            {
                if ((overridden & (1UL << at)) == 0)
                {
                    overridden |= 1UL << at;
                    known[at] = field.Value;
                }
            }
            else if (extra is null || !extra.Exists(e => string.Equals(e.Key, field.Name, StringComparison.OrdinalIgnoreCase)))
            {
                (extra ??= []).Add(new(field.Name, field.Value));
            }
        }

        for (var i = 0; absent != 0 && i < known.Length; i++)
        {
            if ((absent & (1UL << i)) != 0)
            {
                known[i] = null;
            }
        }

        var fields = new RowFields(schema, known, extra is null ? [] : [.. extra]);
        if (schema.Check(fields) is { } problem)
        {
            losses?.Add(new LossEntry(subject, NoRow, $"its columns break ACLED's rules: the {schema.Dataset} column '{problem.Column}' cannot hold '{problem.Value}': {problem.Rule}"));
            return null;
        }

        return AcledRow.FromChecked(fields);
    }

    /// <summary>Derives the 31 columns of an engagement by the documented rules, ignoring any kept text; with null <paramref name="losses"/> nothing is reported (and no loss text is formatted).</summary>
    internal static string?[]? Derive(IAcledLookup index, Engagement engagement, string subject, List<LossEntry>? losses)
    {
        if (engagement.Scope == EngagementScope.Campaign)
        {
            losses?.Add(new LossEntry(subject, "a campaign written as one row", "the report holds none of its events, so the campaign is the only record of them"));
        }

        if (engagement.Time is null)
        {
            losses?.Add(new LossEntry(subject, NoRow, "it has no time, and every ACLED row needs an event_date"));
            return null;
        }

        var place = Place.Of(index, engagement, subject, losses);
        if (place is null)
        {
            return null;
        }

        // The notes: an imported record's own text when the row cites one, else written from the claims.
        var recordText = RecordText(index, engagement);
        var sides = Sides.Of(index, engagement, subject, recordText is not null, losses);
        if (sides is null)
        {
            return null;
        }

        var time = engagement.Time;
        var date = time.DayCount == 1 ? time.FirstDate : time.FirstDate.PlusDays((time.DayCount - 1) / 2);
        var timePrecision = time.ToAcledTimePrecision();
        if (timePrecision is null)
        {
            losses?.Add(new LossEntry(subject, NoRow, $"its time {time} covers {time.DayCount} days; ACLED codes no more than a month"));
            return null;
        }

        if (time.DayCount > 1 && losses is not null && !ReadsBackAs(time, date, timePrecision.Value))
        {
            losses?.Add(new LossEntry(subject, $"the dates {FormatDate(time.FirstDate)} to {FormatDate(time.LastDate)}", $"ACLED has one event_date: the middle day {FormatDate(date)} is written, with time_precision {timePrecision}"));
        }

        if (time.Basis == TimeBasis.Inferred)
        {
            losses?.Add(new LossEntry(subject, $"the date is inferred{(time.Wording is null ? string.Empty : $" (the source says \"{time.Wording}\")")}{(time.PartOfDay is { } part ? $", and its part of day ({part})" : string.Empty)}", "ACLED's event_date cannot say that a date was worked out rather than stated, nor a part of the day"));
        }
        else if (time.Wording is not null || time.PartOfDay is not null)
        {
            losses?.Add(new LossEntry(subject, $"the wording and part of day of the time ({time})", "ACLED has only a date"));
        }

        var eventType = engagement.Type.ToAcledLabel();
        if (engagement.SubType is not { } subType)
        {
            losses?.Add(new LossEntry(subject, NoRow, "it has no sub-event type, which every ACLED row needs"));
            return null;
        }

        var fields = new string?[AcledSchema.Schema.Columns.Length];
        fields[AcledColumnIndex.EventIdCnty] = EventId(engagement, place.Country);
        fields[AcledColumnIndex.EventDate] = FormatDate(date);
        fields[AcledColumnIndex.Year] = date.Year.ToString(CultureInfo.InvariantCulture);
        fields[AcledColumnIndex.TimePrecision] = timePrecision.Value.ToString(CultureInfo.InvariantCulture);
        fields[AcledColumnIndex.DisorderType] = DisorderType(engagement.Type);
        fields[AcledColumnIndex.EventType] = eventType;
        fields[AcledColumnIndex.SubEventType] = subType.ToAcledLabel();
        fields[AcledColumnIndex.Actor1] = sides.Actor1;
        fields[AcledColumnIndex.AssocActor1] = string.Join("; ", sides.Associates1);
        fields[AcledColumnIndex.Inter1] = Code(sides.Inter1);
        fields[AcledColumnIndex.Actor2] = sides.Actor2 ?? string.Empty;
        fields[AcledColumnIndex.AssocActor2] = string.Join("; ", sides.Associates2);
        fields[AcledColumnIndex.Inter2] = sides.Actor2 is null ? string.Empty : Code(sides.Inter2);
        fields[AcledColumnIndex.Interaction] = Interaction(sides.Inter1, sides.Actor2 is null ? null : sides.Inter2);
        fields[AcledColumnIndex.CivilianTargeting] = sides.CiviliansTargeted || engagement.Type == EventType.ViolenceAgainstCivilians ? "Civilian targeting" : string.Empty;
        fields[AcledColumnIndex.Iso] = place.IsoNumeric;
        fields[AcledColumnIndex.Region] = place.Region;
        fields[AcledColumnIndex.Country] = place.Country;
        fields[AcledColumnIndex.Admin1] = place.Admin1;
        fields[AcledColumnIndex.Admin2] = place.Admin2;
        fields[AcledColumnIndex.Admin3] = place.Admin3;
        fields[AcledColumnIndex.Location] = place.Location;
        fields[AcledColumnIndex.Latitude] = place.Point.Latitude.ToString("R", CultureInfo.InvariantCulture);
        fields[AcledColumnIndex.Longitude] = place.Point.Longitude.ToString("R", CultureInfo.InvariantCulture);
        fields[AcledColumnIndex.GeoPrecision] = place.GeoPrecision.ToString(CultureInfo.InvariantCulture);
        fields[AcledColumnIndex.Source] = SourceNames(index, engagement, subject, losses);
        fields[AcledColumnIndex.SourceScale] = string.Empty;
        fields[AcledColumnIndex.Notes] = recordText ?? Notes(index, engagement, date, place, sides);
        fields[AcledColumnIndex.Fatalities] = Fatalities(index, engagement, subject, recordText is not null, losses).ToString(CultureInfo.InvariantCulture);
        if (losses is not null)
        {
            ReportClaimsNotInNotes(index, engagement, subject, recordText is not null, losses);
        }

        fields[AcledColumnIndex.Tags] = string.Empty;
        fields[AcledColumnIndex.Timestamp] = "0";
        if (losses is not null)
        {
            ReportMentions(index, engagement, subject, losses);
            ReportSummaryAndAffiliations(index, engagement, subject, losses);
        }

        return fields;
    }

    /// <summary>The name of the dataset field that records that the row's file had no such column.</summary>
    internal const string AbsentPrefix = "absent:";

    internal static string Absent(string column) => AbsentPrefix + column;

    private static string EventId(Engagement engagement, string country)
    {
        foreach (var id in engagement.ExternalIds)
        {
            if (string.Equals(id.Scheme, ExternalId.Acled, StringComparison.Ordinal))
            {
                return id.Value;
            }
        }

        // Stable: the same engagement id always gives the same row id.
        return "CM-" + engagement.Id.Value;
    }

    // A row imported from ACLED cites its record, whose text is the coder's notes.
    /// <summary>Whether the row's one date and time_precision give the time's range back when imported: then nothing of it is lost.</summary>
    private static bool ReadsBackAs(ReportedTime time, LocalDate date, int timePrecision)
    {
        if (date.Year is <= 1 or >= 9999)
        {
            return false;
        }

        return timePrecision switch
        {
            1 => time.DayCount == 1,
            2 => time.FirstDate == date.PlusDays(-3) && time.LastDate == date.PlusDays(3),
            _ => time.FirstDate == new LocalDate(date.Year, date.Month, 1) && time.LastDate == time.FirstDate.PlusMonths(1).PlusDays(-1),
        };
    }

    /// <summary>Whether the engagement holds the row's own text of the column (a dataset field of ACLED's), which is written instead of the derived value.</summary>
    /// <remarks>A loss about the derived value of such a column is no loss: the row's own text is what is written.</remarks>
    internal static bool HasOwnText(Engagement engagement, int column)
    {
        var name = AcledSchema.Schema.Columns[column].Name;
        foreach (var field in engagement.DatasetFields)
        {
            if (string.Equals(field.Dataset, Dataset, StringComparison.Ordinal) && string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RecordText(IAcledLookup index, Engagement engagement)
    {
        foreach (var (_, source) in index.AttributionsOf(engagement))
        {
            if (source is { Kind: SourceKind.DatasetRecord, Text: { } text })
            {
                return text;
            }
        }

        return null;
    }

    // yyyy-mm-dd, as LocalDatePattern.Iso writes it, without the pattern for the years 1 to 9999.
    private static string FormatDate(LocalDate date)
        => date.Year is >= 1 and <= 9999
            ? string.Create(10, date, static (span, d) =>
            {
                d.Year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
                span[4] = '-';
                d.Month.TryFormat(span.Slice(5, 2), out _, "D2", CultureInfo.InvariantCulture);
                span[7] = '-';
                d.Day.TryFormat(span.Slice(8, 2), out _, "D2", CultureInfo.InvariantCulture);
            })
            : IsoDate.Format(date);

    private static string DisorderType(EventType type) => type switch
    {
        EventType.Protests or EventType.Riots => "Demonstrations",
        EventType.StrategicDevelopments => "Strategic developments",
        _ => "Political violence",
    };

    private static string Code(ConflictCategory? category)
        => category is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Interaction(ConflictCategory? inter1, ConflictCategory? inter2)
    {
        if (inter1 is not { } a)
        {
            return string.Empty;
        }

        if (inter2 is not { } b)
        {
            return ((int)a * 10).ToString(CultureInfo.InvariantCulture);
        }

        var (low, high) = (int)a <= (int)b ? ((int)a, (int)b) : ((int)b, (int)a);
        return (low * 10 + high).ToString(CultureInfo.InvariantCulture);
    }

    private static string SourceNames(IAcledLookup index, Engagement engagement, string subject, List<LossEntry>? losses)
    {
        var names = new List<string>();
        var spans = 0;
        foreach (var (attribution, attributed) in index.AttributionsOf(engagement))
        {
            if (!QuotesWholeRecord(attribution, attributed))
            {
                spans++;
            }

            if (attributed is not { } source)
            {
                continue;
            }

            var name = source.Publisher ?? source.Title ?? source.Id.Value;
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        if (spans > 0)
        {
            losses?.Add(new LossEntry(subject, $"the quotes and spans of {spans} attribution(s), their channels, speakers and grades", "ACLED's source column holds only the names of the sources"));
        }

        return string.Join("; ", names);
    }

    /// <summary>
    /// Whether the attribution is a dataset record's own text, quoted whole in its own voice (as the
    /// importer makes of a row's notes): the notes column holds exactly that, so nothing of it is lost.
    /// </summary>
    private static bool QuotesWholeRecord(SourceAttribution attribution, Source? source)
        => source is { Kind: SourceKind.DatasetRecord, Text: { } text }
            && attribution.Quote.Start == 0
            && string.Equals(attribution.Quote.Exact, text, StringComparison.Ordinal)
            && attribution.Mode == QuoteMode.OwnStatement
            && attribution.Channel == StatementChannel.SourceItself
            && attribution is { Speaker: null, StatedAt: null, Grade: null, ChannelWording: null };

    /// <summary>The event's own summary (the notes give only its campaign's), its actors' affiliations (ACLED names an actor, not whose ally or wing it is) and the attributions of the claims about it.</summary>
    private static void ReportSummaryAndAffiliations(IAcledLookup index, Engagement engagement, string subject, List<LossEntry> losses)
    {
        // The claims' own attributions (who said it, in which words): those the engagement cites are
        // counted with its own, and a record quoted whole (an import's notes) is the notes column.
        HashSet<AttributionId>? claimAttributions = null;
        foreach (var claim in index.ClaimsAbout(engagement.Id))
        {
            foreach (var id in claim.Attributions)
            {
                if (!engagement.Attributions.Contains(id)
                    && !(index.TryGet(id, out var attribution) && QuotesWholeRecord(attribution, index.TryGet(attribution.Source, out var source) ? source : null)))
                {
                    (claimAttributions ??= []).Add(id);
                }
            }
        }

        if (claimAttributions is not null)
        {
            losses.Add(new LossEntry(subject, $"the quotes and spans of {claimAttributions.Count} attribution(s) of the claims about it, their channels, speakers and grades", "ACLED's source column holds only the names of the sources the event cites"));
        }

        if (engagement.Summary is { } summary)
        {
            losses.Add(new LossEntry(subject, $"the summary of the event, \"{summary}\"", "not written: the row's notes are its coder's sentences, and a campaign's summary only is among them"));
        }

        foreach (var participant in engagement.Participants)
        {
            if (index.TryGet(participant.Identification?.Actor ?? participant.Actor, out var actor))
            {
                foreach (var affiliation in actor.Affiliations)
                {
                    losses.Add(new LossEntry(subject, $"the affiliation of {actor.Id.Value}: {affiliation.Kind} {affiliation.Target.Value}", "ACLED's actor columns name an actor, not its affiliations"));
                }
            }
        }
    }

    private static void ReportMentions(IAcledLookup index, Engagement engagement, string subject, List<LossEntry> losses)
    {
        var entities = engagement.Locations.Select(EntityReference.To)
            .Concat(engagement.Participants.Select(p => EntityReference.To(p.Actor)));
        foreach (var entity in entities)
        {
            foreach (var mention in index.MentionsOf(entity).Where(m => m.Confidence is { } c && c != ResolutionConfidence.Certain))
            {
                losses.Add(new LossEntry(
                    subject,
                    $"the printed form \"{mention.AsPrinted}\" of {entity.Id}",
                    $"resolved with confidence {mention.Confidence}; the row writes the resolved name only"));
            }
        }
    }

    private static int Fatalities(IAcledLookup index, Engagement engagement, string subject, bool notesAreRecord, List<LossEntry>? losses)
    {
        // ACLED's rule: the most conservative reported figure of deaths. Claims about this event alone
        // count (a campaign's figure never does); per group of victims the lowest low is taken, and
        // the groups are added up.
        // Few groups a row: a list searched in order, not a dictionary.
        List<(string Victims, int Low, string Claim)>? byVictims = null;

        // ACLED's own figure, as the importer makes it of a fatalities column, is no loss: the
        // column gives back its claimant, bound and wording.
        var onlyOwnFigures = true;
        foreach (var about in index.ClaimsAbout(engagement.Id))
        {
            if (about is not CasualtyClaim claim)
            {
                continue;
            }

            // The clause naming the claim is only for the loss report.
            var what = losses is null ? string.Empty : $"{Describe(index, claim)} (claim {claim.Id.Value})";
            if (claim.Status is ClaimStatus.Denied or ClaimStatus.Retracted)
            {
                losses?.Add(new LossEntry(subject, what, $"not counted: the claim is {claim.Status.ToString().ToLowerInvariant()}"));
                continue;
            }

            if (claim.Status == ClaimStatus.Disputed)
            {
                losses?.Add(new LossEntry(subject, what, "a disputed figure, counted as any other: fatalities cannot say it is disputed"));
            }

            if (claim.Outcome != CasualtyOutcome.Killed)
            {
                losses?.Add(new LossEntry(subject, what, $"not a figure of deaths ({claim.Outcome}), so fatalities does not count it"));
                continue;
            }

            if (claim.Count.Low is not { } low)
            {
                low = claim.Count.Best ?? 0;
                losses?.Add(new LossEntry(
                    subject,
                    what,
                    claim.Count.Best is { } best
                        ? $"approximate, without bounds: its figure {best} is written as if exact"
                        : "no number (unknown or undisclosed): it counts as 0, which ACLED's fatalities cannot tell from a true 0"));
            }
            else if (claim.Count.Qualifier != EstimateQualifier.Exact && !AcledImport.IsOwnFigure(claim))
            {
                losses?.Add(new LossEntry(subject, what, $"a bounded figure: its lower bound {low} is written, the qualifier and the wording are lost"));
            }

            onlyOwnFigures &= AcledImport.IsOwnFigure(claim);
            var victims = claim.Victims?.Value ?? string.Empty;
            var at = byVictims?.FindIndex(v => string.Equals(v.Victims, victims, StringComparison.Ordinal)) ?? -1;
            if (at >= 0)
            {
                var seen = byVictims![at];
                if (low != seen.Low)
                {
                    losses?.Add(new LossEntry(subject, $"disagreement: {what} against claim {seen.Claim}", $"the most conservative figure, {Math.Min(seen.Low, low)}, is written; {(notesAreRecord ? "the claimants are named nowhere (the notes are the ACLED record's own text)" : "the claimants are named in the notes")}"));
                }

                if (low >= seen.Low)
                {
                    continue;
                }
            }

            if (at >= 0)
            {
                byVictims![at] = (victims, low, claim.Id.Value);
            }
            else
            {
                (byVictims ??= new(1)).Add((victims, low, claim.Id.Value));
            }
        }

        var total = 0L;
        foreach (var (_, low, _) in byVictims ?? [])
        {
            total += low;
        }

        if (byVictims is not null && !onlyOwnFigures)
        {
            losses?.Add(new LossEntry(subject, "the claimants of the casualty figures", "fatalities is one number without a claimant"));
        }

        return (int)Math.Min(total, int.MaxValue);
    }

    private static string Notes(IAcledLookup index, Engagement engagement, LocalDate date, Place place, Sides sides)
    {
        var text = new StringBuilder();
        text.Append("On ").Append(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(", ");
        text.Append(sides.Described1);
        if (sides.Actor2 is not null)
        {
            text.Append(sides.Attacks ? " attacked " : " clashed with ").Append(sides.Described2);
        }
        else
        {
            text.Append(" took part in ").Append(engagement.SubType?.ToAcledLabel().ToLowerInvariant());
        }

        text.Append(" in ").Append(place.Location);
        if (place.Location != place.Country)
        {
            text.Append(" (").Append(place.Country).Append(')');
        }

        text.Append('.');
        var claims = index.ClaimsAbout(engagement.Id).ToList();
        if (engagement.Campaign is { } campaignId && index.TryGet(campaignId, out var campaign))
        {
            if (campaign.Summary is { } summary)
            {
                text.Append(" Part of a wider campaign: ").Append(summary.TrimEnd('.')).Append('.');
            }

            claims.AddRange(index.ClaimsAbout(campaignId).Where(c => !claims.Contains(c)));
        }

        foreach (var claim in claims.Where(InNotes))
        {
            var sentence = Describe(index, claim);
            text.Append(' ').Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1);
            if (engagement.Campaign is { } c && claim.Subjects.Contains(EntityReference.To(c)))
            {
                text.Append(" (about the campaign as a whole)");
            }

            if (claim.Status is ClaimStatus.Disputed or ClaimStatus.Denied or ClaimStatus.Retracted)
            {
                text.Append(" (").Append(claim.Status.ToString().ToLowerInvariant()).Append(')');
            }

            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>Whether the notes give a claim a sentence: every claim but a description or assessment of several things at once, which would be misread as of the row's event alone.</summary>
    private static bool InNotes(Claim claim) => claim is not (CharacterisationClaim or AssessmentClaim) || claim.Subjects.Length == 1;

    /// <summary>The claims about the event that its notes do not give: all of them when the notes are an imported record's own text (but ACLED's own figure, which the row gives back), else those <see cref="InNotes"/> leaves out.</summary>
    private static void ReportClaimsNotInNotes(IAcledLookup index, Engagement engagement, string subject, bool notesAreRecord, List<LossEntry> losses)
    {
        foreach (var claim in index.ClaimsAbout(engagement.Id))
        {
            if (notesAreRecord)
            {
                if (claim is not CasualtyClaim casualty || !AcledImport.IsOwnFigure(casualty))
                {
                    losses.Add(new LossEntry(subject, $"claim {claim.Id.Value}: {Describe(index, claim)}", "not written: the notes are the ACLED record's own text, written as it is"));
                }
            }
            else if (!InNotes(claim))
            {
                losses.Add(new LossEntry(subject, $"claim {claim.Id.Value}: {Describe(index, claim)}", "not in the notes: it describes several things at once, and a row's notes are about its event"));
            }
        }
    }

    /// <summary>A claim in one clause, as a coder writes it: who claimed what.</summary>
    internal static string Describe(IAcledLookup index, Claim claim)
    {
        var who = ClaimantName(index, claim.Claimant);
        string Name(ActorId? id) => id is { } a && index.TryGet(a, out var actor) ? actor.Name.Text : "an unnamed side";
        return claim switch
        {
            ResponsibilityClaim r when r.IsSelfClaimed => $"{who} claimed responsibility",
            ResponsibilityClaim r => $"{who} said {Name(r.Responsible)} was responsible",
            CasualtyClaim c => $"{who} reported {Count(c.Count)} {Outcome(c.Outcome)}",
            OutcomeClaim o => $"{who} said {(o.Prevailing is null ? "the outcome was" : Name(o.Prevailing) + " prevailed:")} {o.Outcome.ToString().ToLowerInvariant()}",
            TerritorialControlClaim t => $"{who} said {Name(t.Controller)} {t.Change.ToString().ToLowerInvariant()} {(t.Extent is null ? "places" : Count(t.Extent))}",
            MaterielClaim m => $"{who} reported that {(m.Taker is null ? "materiel" : Name(m.Taker))} {m.Action.ToString().ToLowerInvariant()} {string.Join(", ", m.Items)}",
            CharacterisationClaim ch => $"{who} described it as \"{ch.Characterisation}\"",
            AssessmentClaim a => $"{who} assessed it as \"{a.Assessment}\"",
            ExtentClaim e => $"{who} said it extended to {Count(e.Extent)}",
            _ => $"{who} made a claim {claim.Id.Value}",
        };
    }

    private static string ClaimantName(IAcledLookup index, Claimant claimant)
    {
        if (claimant.Actor is { } actor)
        {
            return index.TryGet(actor, out var found) ? found.Name.Text : actor.Value;
        }

        return claimant.Source is { } source && index.TryGet(source, out var s)
            ? s.Kind == SourceKind.DatasetRecord ? s.Publisher ?? "the dataset" : "the " + SourceWord(s.Kind)
            : "the source";
    }

    private static string SourceWord(SourceKind kind) => kind switch
    {
        SourceKind.NewsArticle => "article",
        SourceKind.OfficialStatement => "statement",
        SourceKind.SocialMediaPost => "post",
        SourceKind.PressConference => "press conference",
        _ => kind.ToString().ToLowerInvariant(),
    };

    // The count as the source words it; its wording already names what is counted ("three army barracks").
    private static string Count(CountEstimate count)
    {
        var counted = count.Counted is null ? string.Empty : " " + count.Counted;
        return count.Qualifier switch
        {
            EstimateQualifier.Undisclosed => count.Wording is null ? "undisclosed" + counted : $"\"{count.Wording}\" (undisclosed{counted})",
            EstimateQualifier.Unknown => count.Wording is null ? "an unknown number of" + counted : $"\"{count.Wording}\"",
            _ => count.Wording is { } wording ? (wording.Contains(count.Counted ?? wording, StringComparison.Ordinal) ? wording : wording + counted) : count + counted,
        };
    }

    private static string Outcome(CasualtyOutcome outcome) => outcome switch
    {
        CasualtyOutcome.Killed => "killed",
        CasualtyOutcome.Wounded => "wounded",
        CasualtyOutcome.KilledOrWounded => "killed or wounded",
        CasualtyOutcome.Captured => "captured",
        CasualtyOutcome.Missing => "missing",
        CasualtyOutcome.Neutralised => "neutralised",
        CasualtyOutcome.Abducted => "abducted",
        _ => "(losses of an unstated kind)",
    };
}
