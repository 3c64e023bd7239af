using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
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

    /// <summary>Exports a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The rows and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static AcledExportResult Export(ConflictReport report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        var index = new IndexLookup(report.Index);
        var rows = ImmutableArray.CreateBuilder<AcledRow>();
        var losses = new List<LossEntry>();
        var campaignsWithEvents = report.Engagements
            .Where(e => e.Campaign is not null)
            .Select(e => e.Campaign!.Value)
            .ToHashSet();
        foreach (var engagement in report.Engagements)
        {
            var subject = "engagement:" + engagement.Id.Value;
            if (engagement.Scope == EngagementScope.Campaign && campaignsWithEvents.Contains(engagement.Id))
            {
                losses.Add(new LossEntry(subject, "a campaign, not a row", "ACLED counts events; each of its events in the report is a row of its own"));
                ReportCampaignClaims(index, engagement, subject, losses);
                continue;
            }

            var row = ExportEngagement(index, engagement, subject, losses);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        return new AcledExportResult(rows.ToImmutable(), new LossReport([.. losses]));
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
                losses.Add(new LossEntry(subject, $"claim of the campaign: {Describe(index, claim)} (claim {claim.Id.Value})", "kept only in the notes of its events"));
            }
        }
    }

    private static AcledRow? ExportEngagement(IAcledLookup index, Engagement engagement, string subject, List<LossEntry>? losses)
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
            losses?.Add(new LossEntry(subject, "the whole engagement: no row", $"its columns break ACLED's rules: the {schema.Dataset} column '{problem.Column}' cannot hold '{problem.Value}': {problem.Rule}"));
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
            losses?.Add(new LossEntry(subject, "the whole engagement: no row", "it has no time, and every ACLED row needs an event_date"));
            return null;
        }

        var place = Place.Of(index, engagement, subject, losses);
        if (place is null)
        {
            return null;
        }

        var sides = Sides.Of(index, engagement, subject, losses);
        if (sides is null)
        {
            return null;
        }

        var time = engagement.Time;
        var date = time.DayCount == 1 ? time.FirstDate : time.FirstDate.PlusDays((time.DayCount - 1) / 2);
        var timePrecision = time.ToAcledTimePrecision();
        if (timePrecision is null)
        {
            losses?.Add(new LossEntry(subject, "the whole engagement: no row", $"its time {time} covers {time.DayCount} days; ACLED codes no more than a month"));
            return null;
        }

        if (time.DayCount > 1 && losses is not null)
        {
            losses?.Add(new LossEntry(subject, $"the dates {FormatDate(time.FirstDate)} to {FormatDate(time.LastDate)}", $"ACLED has one event_date: the middle day {FormatDate(date)} is written, with time_precision {timePrecision}"));
        }

        if (time.Basis == TimeBasis.Inferred)
        {
            losses?.Add(new LossEntry(subject, $"the date is inferred{(time.Wording is null ? string.Empty : $" (the source says \"{time.Wording}\")")}", "ACLED's event_date cannot say that a date was worked out rather than stated"));
        }
        else if (time.Wording is not null || time.PartOfDay is not null)
        {
            losses?.Add(new LossEntry(subject, $"the wording and part of day of the time ({time})", "ACLED has only a date"));
        }

        var eventType = engagement.Type.ToAcledLabel();
        if (engagement.SubType is not { } subType)
        {
            losses?.Add(new LossEntry(subject, "the whole engagement: no row", "it has no sub-event type, which every ACLED row needs"));
            return null;
        }

        var fields = new string?[AcledSchema.Schema.Columns.Length];
        fields[Columns.EventIdCnty] = EventId(engagement, place.Country);
        fields[Columns.EventDate] = FormatDate(date);
        fields[Columns.Year] = date.Year.ToString(CultureInfo.InvariantCulture);
        fields[Columns.TimePrecision] = timePrecision.Value.ToString(CultureInfo.InvariantCulture);
        fields[Columns.DisorderType] = DisorderType(engagement.Type);
        fields[Columns.EventType] = eventType;
        fields[Columns.SubEventType] = subType.ToAcledLabel();
        fields[Columns.Actor1] = sides.Actor1;
        fields[Columns.AssocActor1] = string.Join("; ", sides.Associates1);
        fields[Columns.Inter1] = Code(sides.Inter1);
        fields[Columns.Actor2] = sides.Actor2 ?? string.Empty;
        fields[Columns.AssocActor2] = string.Join("; ", sides.Associates2);
        fields[Columns.Inter2] = sides.Actor2 is null ? string.Empty : Code(sides.Inter2);
        fields[Columns.Interaction] = Interaction(sides.Inter1, sides.Actor2 is null ? null : sides.Inter2);
        fields[Columns.CivilianTargeting] = sides.CiviliansTargeted || engagement.Type == EventType.ViolenceAgainstCivilians ? "Civilian targeting" : string.Empty;
        fields[Columns.Iso] = place.IsoNumeric;
        fields[Columns.Region] = place.Region;
        fields[Columns.Country] = place.Country;
        fields[Columns.Admin1] = place.Admin1;
        fields[Columns.Admin2] = place.Admin2;
        fields[Columns.Admin3] = place.Admin3;
        fields[Columns.Location] = place.Location;
        fields[Columns.Latitude] = place.Point.Latitude.ToString("R", CultureInfo.InvariantCulture);
        fields[Columns.Longitude] = place.Point.Longitude.ToString("R", CultureInfo.InvariantCulture);
        fields[Columns.GeoPrecision] = place.GeoPrecision.ToString(CultureInfo.InvariantCulture);
        fields[Columns.Source] = SourceNames(index, engagement, subject, losses);
        fields[Columns.SourceScale] = string.Empty;
        fields[Columns.Notes] = RecordText(index, engagement) ?? Notes(index, engagement, date, place, sides);
        fields[Columns.Fatalities] = Fatalities(index, engagement, subject, losses).ToString(CultureInfo.InvariantCulture);
        fields[Columns.Tags] = string.Empty;
        fields[Columns.Timestamp] = "0";
        if (losses is not null)
        {
            ReportMentions(index, engagement, subject, losses);
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
        foreach (var (_, attributed) in index.AttributionsOf(engagement))
        {
            spans++;
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

    private static int Fatalities(IAcledLookup index, Engagement engagement, string subject, List<LossEntry>? losses)
    {
        // ACLED's rule: the most conservative reported figure of deaths. Claims about this event alone
        // count (a campaign's figure never does); per group of victims the lowest low is taken, and
        // the groups are added up.
        // Few groups a row: a list searched in order, not a dictionary.
        List<(string Victims, int Low, string Claim)>? byVictims = null;
        foreach (var about in index.ClaimsAbout(engagement.Id))
        {
            if (about is not CasualtyClaim claim)
            {
                continue;
            }

            // The clause naming the claim is only for the loss report.
            var what = losses is null ? string.Empty : $"{Describe(index, claim)} (claim {claim.Id.Value})";
            if (claim.Outcome != CasualtyOutcome.Killed)
            {
                losses?.Add(new LossEntry(subject, what, $"not a figure of deaths ({claim.Outcome}), so fatalities does not count it"));
                continue;
            }

            if (claim.Count.Low is not { } low)
            {
                losses?.Add(new LossEntry(subject, what, "no lower bound (unknown, undisclosed or approximate without bounds): it counts as 0, which ACLED's fatalities cannot tell from a true 0"));
                low = claim.Count.Best ?? 0;
            }
            else if (claim.Count.Qualifier != EstimateQualifier.Exact)
            {
                losses?.Add(new LossEntry(subject, what, $"a bounded figure: its lower bound {low} is written, the qualifier and the wording are lost"));
            }

            var victims = claim.Victims?.Value ?? string.Empty;
            var at = byVictims?.FindIndex(v => string.Equals(v.Victims, victims, StringComparison.Ordinal)) ?? -1;
            if (at >= 0)
            {
                var seen = byVictims![at];
                losses?.Add(new LossEntry(subject, $"disagreement: {what} against claim {seen.Claim}", $"the most conservative figure, {Math.Min(seen.Low, low)}, is written; the claimants are named in the notes"));
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

        if (byVictims is not null)
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

        foreach (var claim in claims.Where(c => c is not (CharacterisationClaim or AssessmentClaim) || c.Subjects.Length == 1))
        {
            var sentence = Describe(index, claim);
            text.Append(' ').Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1);
            if (engagement.Campaign is { } c && claim.Subjects.Contains(EntityReference.To(c)))
            {
                text.Append(" (about the campaign as a whole)");
            }

            text.Append('.');
        }

        return text.ToString();
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

    /// <summary>The schema's index of each of the 31 columns.</summary>
    private static class Columns
    {
        public static readonly int EventIdCnty = AcledSchema.Schema.IndexOf("event_id_cnty");

        public static readonly int EventDate = AcledSchema.Schema.IndexOf("event_date");

        public static readonly int Year = AcledSchema.Schema.IndexOf("year");

        public static readonly int TimePrecision = AcledSchema.Schema.IndexOf("time_precision");

        public static readonly int DisorderType = AcledSchema.Schema.IndexOf("disorder_type");

        public static readonly int EventType = AcledSchema.Schema.IndexOf("event_type");

        public static readonly int SubEventType = AcledSchema.Schema.IndexOf("sub_event_type");

        public static readonly int Actor1 = AcledSchema.Schema.IndexOf("actor1");

        public static readonly int AssocActor1 = AcledSchema.Schema.IndexOf("assoc_actor_1");

        public static readonly int Inter1 = AcledSchema.Schema.IndexOf("inter1");

        public static readonly int Actor2 = AcledSchema.Schema.IndexOf("actor2");

        public static readonly int AssocActor2 = AcledSchema.Schema.IndexOf("assoc_actor_2");

        public static readonly int Inter2 = AcledSchema.Schema.IndexOf("inter2");

        public static readonly int Interaction = AcledSchema.Schema.IndexOf("interaction");

        public static readonly int CivilianTargeting = AcledSchema.Schema.IndexOf("civilian_targeting");

        public static readonly int Iso = AcledSchema.Schema.IndexOf("iso");

        public static readonly int Region = AcledSchema.Schema.IndexOf("region");

        public static readonly int Country = AcledSchema.Schema.IndexOf("country");

        public static readonly int Admin1 = AcledSchema.Schema.IndexOf("admin1");

        public static readonly int Admin2 = AcledSchema.Schema.IndexOf("admin2");

        public static readonly int Admin3 = AcledSchema.Schema.IndexOf("admin3");

        public static readonly int Location = AcledSchema.Schema.IndexOf("location");

        public static readonly int Latitude = AcledSchema.Schema.IndexOf("latitude");

        public static readonly int Longitude = AcledSchema.Schema.IndexOf("longitude");

        public static readonly int GeoPrecision = AcledSchema.Schema.IndexOf("geo_precision");

        public static readonly int Source = AcledSchema.Schema.IndexOf("source");

        public static readonly int SourceScale = AcledSchema.Schema.IndexOf("source_scale");

        public static readonly int Notes = AcledSchema.Schema.IndexOf("notes");

        public static readonly int Fatalities = AcledSchema.Schema.IndexOf("fatalities");

        public static readonly int Tags = AcledSchema.Schema.IndexOf("tags");

        public static readonly int Timestamp = AcledSchema.Schema.IndexOf("timestamp");
    }
}
