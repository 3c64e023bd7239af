using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// Writes a <see cref="ConflictReport"/> as UCDP GED rows, one per event, and says what the rows cannot hold.
/// </summary>
/// <remarks>
/// <para>
/// One row per engagement of scope <see cref="EngagementScope.Event"/>, and one for a campaign with no
/// event in the report (docs/model.md, "Campaigns and their events"). A campaign's own figures are never
/// copied onto its events: the loss report names them. An event without a time, or without a point on it
/// or on a place containing it, is not written (UCDP GED's dates and coordinates are required) and the
/// loss report says so.
/// </para>
/// <para>
/// Values an importer kept as dataset fields of the engagement (dataset <c>ucdp-ged</c>, named by
/// column) are written as they are; they take precedence over what the model would give, which is how
/// import then export gives back every value of every row. The rules for everything else are in
/// docs/interop/ucdp.md.
/// </para>
/// </remarks>
public static class UcdpGedExport
{
    /// <summary>The dataset name under which UCDP GED's own values are kept (<see cref="DatasetField.Dataset"/>).</summary>
    public const string Dataset = "ucdp-ged";

    /// <summary>Gets the rows of a report, computed one event at a time as they are enumerated.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The rows, in the order of the report's engagements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IEnumerable<UcdpGedRow> ToRows(ConflictReport report)
    {
        Preconditions.CheckNotNull(report);
        return Rows(new ExportContext(report), null);
    }

    /// <summary>Gets the rows of a report and what they lose, at once (the shape of <c>AcledExport.Export</c>).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The rows and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static UcdpGedExportResult Export(ConflictReport report)
    {
        Preconditions.CheckNotNull(report);
        var losses = new List<LossEntry>();
        var rows = Rows(new ExportContext(report), losses).ToImmutableArray();
        return new UcdpGedExportResult(rows, new LossReport([.. losses]));
    }

    /// <summary>Says what writing a report as UCDP GED rows loses, without writing it: the rows' losses, as <see cref="Write"/> reports them machine-to-machine (spreadsheet-safe, <see cref="Write"/> also lists each escaped text).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static LossReport Losses(ConflictReport report)
    {
        Preconditions.CheckNotNull(report);
        var losses = new List<LossEntry>();
        foreach (var _ in Rows(new ExportContext(report), losses))
        {
        }

        return new LossReport([.. losses]);
    }

    /// <summary>Writes a report as UCDP GED CSV (UTF-8, the release's 49 columns in order).</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="options">How to write; spreadsheet-safe when null.</param>
    /// <returns>What the rows could not hold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    public static LossReport Write(ConflictReport report, Stream stream, DatasetWriteOptions? options = null)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(stream);
        var losses = new List<LossEntry>();
        options ??= DatasetWriteOptions.SpreadsheetSafe;
        UcdpGedCsv.Write(stream, EscapedFields.Reported(Rows(new ExportContext(report), losses), static r => r.RowFields, options, losses), options);
        return new LossReport([.. losses]);
    }

    /// <summary>
    /// Writes a sequence of reports as one UCDP GED CSV file, each report's rows as they are derived,
    /// so that reports of any number (such as the lines of a JSON Lines file, a report a line) stream
    /// through in bounded memory.
    /// </summary>
    /// <param name="reports">The reports, each exported on its own (as <see cref="Export"/> would).</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="options">How to write; spreadsheet-safe when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>What the rows could not hold, the reports' lines in their order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is null, or a row has a column the first row lacks.</exception>
    public static async Task<LossReport> WriteAsync(IAsyncEnumerable<ConflictReport> reports, Stream stream, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckNotNull(stream);
        var losses = new List<LossEntry>();
        options ??= DatasetWriteOptions.SpreadsheetSafe;
        await UcdpGedCsv.WriteAsync(stream, RowsAsync(reports, options, losses, cancellationToken), options, cancellationToken).ConfigureAwait(false);
        return new LossReport([.. losses]);
    }

    private static async IAsyncEnumerable<UcdpGedRow> RowsAsync(IAsyncEnumerable<ConflictReport> reports, DatasetWriteOptions options, List<LossEntry> losses, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var numbers = new RowNumbers(); // rows without a UCDP id are numbered through the whole file
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Preconditions.CheckArgument(report is not null, nameof(reports), "A report in the sequence is null.");
            foreach (var row in EscapedFields.Reported(Rows(new ExportContext(report!), losses, numbers), static r => r.RowFields, options, losses))
            {
                yield return row;
            }
        }
    }

    /// <summary>The 49 columns' text for one engagement as the model gives it, before the dataset fields apply.</summary>
    internal static string?[]? Derive(ExportContext context, Engagement engagement, long sequence, List<LossEntry>? losses)
    {
        var subject = engagement.Id.Value;
        if (engagement.Time is not { } time)
        {
            losses?.Add(new LossEntry(subject, "the whole event", "not written: UCDP GED needs date_start and date_end, and the event has no time"));
            return null;
        }

        var place = context.PlaceOf(engagement, out var pointHolder);
        if (place is null || pointHolder?.Point is not { } point)
        {
            losses?.Add(new LossEntry(subject, "the whole event", "not written: UCDP GED needs latitude and longitude, and neither the event's places nor any place containing them has a point"));
            return null;
        }

        var columns = new string?[UcdpGedSchema.Schema.Columns.Length];
        columns[UcdpGedColumns.Id] = ExportContext.ExternalId(engagement.ExternalIds, "ucdp-ged") ?? sequence.ToString(CultureInfo.InvariantCulture);
        columns[UcdpGedColumns.Relid] = ExportContext.ExternalId(engagement.ExternalIds, "ucdp-ged-relid") ?? string.Empty;
        columns[UcdpGedColumns.Year] = UcdpText.Year(time.FirstDate.Year);
        columns[UcdpGedColumns.ConflictDsetId] = ExportContext.ExternalId(engagement.ExternalIds, "ucdp-conflict-dset") ?? string.Empty;
        columns[UcdpGedColumns.ConflictNewId] = ExportContext.ExternalId(engagement.ExternalIds, "ucdp-conflict") ?? string.Empty;
        columns[UcdpGedColumns.DyadDsetId] = ExportContext.ExternalId(engagement.ExternalIds, "ucdp-dyad-dset") ?? string.Empty;
        columns[UcdpGedColumns.DyadNewId] = ExportContext.ExternalId(engagement.ExternalIds, "ucdp-dyad") ?? string.Empty;

        var sides = context.Sides(engagement, losses);
        columns[UcdpGedColumns.TypeOfViolence] = UcdpText.Number(sides.TypeOfViolence);
        WriteSide(columns, UcdpGedColumns.SideA, UcdpGedColumns.SideADsetId, UcdpGedColumns.SideANewId, UcdpGedColumns.Gwnoa, sides.A, sides.NameA);
        WriteSide(columns, UcdpGedColumns.SideB, UcdpGedColumns.SideBDsetId, UcdpGedColumns.SideBNewId, UcdpGedColumns.Gwnob, sides.B, sides.NameB);

        if (losses is not null && !RolesAreWritten(engagement, sides))
        {
            losses.Add(new LossEntry(subject, "the participants' roles (who attacked whom)", "UCDP's side A and side B imply no direction: side A is the state, if any"));
        }

        if (losses is not null && time.Basis == TimeBasis.Inferred)
        {
            losses.Add(new LossEntry(subject, "that the date is inferred" + (time.Wording is { } wording ? $" (the source says \"{wording}\")" : string.Empty), "UCDP's date_prec says how precise a date is, not that it was worked out"));
        }

        if (losses is not null && context.AttributionsNotWritten(engagement) is var notWritten and > 0)
        {
            losses.Add(new LossEntry(subject, AttributionsLost(notWritten), "UCDP GED keeps only each source's office, date and headline"));
        }

        WriteSources(context, engagement, columns);

        columns[UcdpGedColumns.WherePrec] = UcdpText.Number(WherePrecision(place, pointHolder));
        columns[UcdpGedColumns.WhereCoordinates] = place.Name.Text;
        columns[UcdpGedColumns.Adm1] = context.Ancestor(place, LocationKind.FirstOrderDivision)?.Name.Text ?? string.Empty;
        columns[UcdpGedColumns.Adm2] = context.Ancestor(place, LocationKind.SecondOrderDivision)?.Name.Text ?? string.Empty;
        var latitude = point.Latitude.ToString("R", CultureInfo.InvariantCulture);
        var longitude = point.Longitude.ToString("R", CultureInfo.InvariantCulture);
        columns[UcdpGedColumns.Latitude] = latitude;
        columns[UcdpGedColumns.Longitude] = longitude;
        columns[UcdpGedColumns.GeomWkt] = $"POINT ({longitude} {latitude})";
        columns[UcdpGedColumns.PriogridGid] = PrioGrid.CellOf(point.Latitude, point.Longitude).ToString(CultureInfo.InvariantCulture);
        var country = context.Ancestor(place, LocationKind.Country);
        columns[UcdpGedColumns.Country] = country?.Name.Text ?? string.Empty;
        columns[UcdpGedColumns.CountryId] = country is null ? string.Empty : ExportContext.ExternalId(country.ExternalIds, "gwno") ?? string.Empty;

        columns[UcdpGedColumns.DatePrec] = UcdpText.Number(time.ToUcdpDatePrecision() ?? 5);
        columns[UcdpGedColumns.DateStart] = UcdpText.IsoDate(time.FirstDate);
        columns[UcdpGedColumns.DateEnd] = UcdpText.IsoDate(time.LastDate);
        if (time.DayCount > 366)
        {
            losses?.Add(new LossEntry(subject, "date_prec", "the event's time spans more than a year; written as 5 (within a year), the widest UCDP has"));
        }

        UcdpGedDeaths.Write(context, engagement, sides, columns, losses);
        if (losses is not null && pointHolder is not null)
        {
            ReportWhatTheRowCannotHold(context, engagement, time, place, pointHolder, losses);
        }

        return columns;
    }

    /// <summary>
    /// The loss lines of an event's row besides its sides, sources and deaths (docs/interop/ucdp.md,
    /// "What the loss report says of a row"): its places, the wording of its time, its claims other
    /// than figures of deaths, and the printed forms resolved with less than certainty.
    /// </summary>
    private static void ReportWhatTheRowCannotHold(ExportContext context, Engagement engagement, ReportedTime time, Location place, Location pointHolder, List<LossEntry> losses)
    {
        var subject = engagement.Id.Value;
        var placeWritten = HasOwnText(engagement, UcdpGedColumns.WhereCoordinates);
        if (engagement.Locations.Length > 1)
        {
            losses.Add(new LossEntry(subject, $"the places {string.Join(", ", engagement.Locations.Select(l => l.Value))}", $"UCDP GED has one place per row: {place.Name.Text} is written"));
        }

        if (!ReferenceEquals(place, pointHolder) && !placeWritten)
        {
            losses.Add(new LossEntry(subject, $"the place {place.Name.Text} itself", $"it has no coordinates: those of {pointHolder.Name.Text} are written"));
        }

        if (pointHolder.Basis is { } basis && basis != LocationBasis.Stated)
        {
            losses.Add(new LossEntry(subject, $"the basis of the coordinates of {pointHolder.Name.Text} ({basis})", "UCDP GED's latitude and longitude cannot say on what they rest"));
        }

        if (time.Basis != TimeBasis.Inferred && (time.Wording is not null || time.PartOfDay is not null))
        {
            losses.Add(new LossEntry(subject, $"the wording and part of day of the time ({time})", "UCDP GED has only dates"));
        }
        else if (time.Basis == TimeBasis.Inferred && time.PartOfDay is not null)
        {
            losses.Add(new LossEntry(subject, $"the part of day of the time ({time})", "UCDP GED has only dates"));
        }

        if (context.ClaimAttributionsNotWritten(engagement) is var claimAttributions and > 0)
        {
            losses.Add(new LossEntry(subject, $"the quotes and spans of {claimAttributions} attribution(s) of the claims about it, their channels, speakers and grades", "UCDP GED keeps only the sources the event cites, by office, date and headline"));
        }

        foreach (var claim in context.OtherClaimsAbout(engagement.Id))
        {
            losses.Add(new LossEntry(subject, $"claim {claim.Id.Value} ({ClaimKind(claim)})", "UCDP GED holds figures of deaths only"));
        }

        if (engagement.Summary is { } summary)
        {
            losses.Add(new LossEntry(subject, $"the summary of the event, \"{summary}\"", "UCDP GED has no column for it"));
        }

        foreach (var participant in engagement.Participants)
        {
            ReportMentions(context, EntityReference.To(participant.Actor), subject, losses);
            if (context.Actor(ExportContext.CodedActor(participant)) is { } actor)
            {
                foreach (var affiliation in actor.Affiliations)
                {
                    losses.Add(new LossEntry(subject, $"the affiliation of {actor.Id.Value}: {affiliation.Kind} {affiliation.Target.Value}", "UCDP GED's sides name an actor, not its affiliations"));
                }
            }
        }

        foreach (var location in engagement.Locations)
        {
            ReportMentions(context, EntityReference.To(location), subject, losses);
        }
    }

    private static void ReportMentions(ExportContext context, EntityReference entity, string subject, List<LossEntry> losses)
    {
        foreach (var mention in context.MentionsOf(entity))
        {
            if (mention.Confidence is { } confidence && confidence != ResolutionConfidence.Certain)
            {
                losses.Add(new LossEntry(subject, $"the printed form \"{mention.AsPrinted}\" of {entity.Id}", $"resolved with confidence {confidence}; the row writes the resolved name only"));
            }
        }
    }

    /// <summary>A claim's kind in words: "responsibility", "territorial control", ….</summary>
    private static string ClaimKind(Claim claim) => claim switch
    {
        ResponsibilityClaim => "responsibility",
        OutcomeClaim => "outcome",
        TerritorialControlClaim => "territorial control",
        MaterielClaim => "materiel",
        CharacterisationClaim => "characterisation",
        AssessmentClaim => "assessment",
        ExtentClaim => "extent",
        _ => claim.GetType().Name,
    };

    /// <summary>
    /// Whether the row says all the participants' roles: none is given, or the event is one-sided
    /// violence (type 3), whose side A is the perpetrator and side B its civilian victims, and the
    /// roles say no more than that (side A attacker, side B victim, or unspecified).
    /// </summary>
    private static bool RolesAreWritten(Engagement engagement, UcdpSides sides)
    {
        foreach (var participant in engagement.Participants)
        {
            // An associate is reported as not written at all (ExportContext.Sides).
            var written = participant.Role is ParticipantRole.Unspecified or ParticipantRole.Associate
                || (sides.TypeOfViolence == 3
                    && ((ReferenceEquals(participant, sides.ParticipantA) && participant.Role == ParticipantRole.Attacker)
                        || (ReferenceEquals(participant, sides.ParticipantB) && participant.Role == ParticipantRole.Victim)));
            if (!written)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the engagement holds UCDP GED's own text of the column (a dataset field), which is written instead of the derived value.</summary>
    /// <remarks>A loss about the derived value of such a column is no loss: the row's own text is what is written.</remarks>
    internal static bool HasOwnText(Engagement engagement, int column)
    {
        // The same match as Apply's: a field of the dataset whose name is the column's, ignoring case.
        foreach (var field in engagement.DatasetFields)
        {
            if (string.Equals(field.Dataset, Dataset, StringComparison.Ordinal)
                && UcdpGedSchema.Schema.IndexByName.TryGetValue(field.Name, out var index)
                && index == column)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of the next row without a UCDP id: counted across every report of one file.</summary>
    private sealed class RowNumbers
    {
        public long Last { get; set; }
    }

    private static IEnumerable<UcdpGedRow> Rows(ExportContext context, List<LossEntry>? losses)
        => Rows(context, losses, new RowNumbers());

    private static IEnumerable<UcdpGedRow> Rows(ExportContext context, List<LossEntry>? losses, RowNumbers numbers)
    {
        var report = context.Report;
        context.ReportCampaignFigures(losses);
        var sequence = numbers.Last;
        foreach (var engagement in report.Engagements)
        {
            if (engagement.Scope == EngagementScope.Campaign)
            {
                if (context.HasEvents(engagement.Id))
                {
                    losses?.Add(new LossEntry(engagement.Id.Value, "the campaign as a row", "UCDP GED counts events: each of its events in the report is a row of its own"));
                    continue;
                }

                losses?.Add(new LossEntry(engagement.Id.Value, "its being a campaign", "a campaign with no event in the report is written as one row; UCDP GED has no campaigns"));
            }

            sequence++;
            numbers.Last = sequence;
            var columns = Derive(context, engagement, sequence, losses);
            if (columns is null)
            {
                continue;
            }

            var row = Apply(columns, engagement.DatasetFields);
            if (losses is not null)
            {
                UnknownColumnsLost(row, engagement.Id.Value, losses);
            }

            yield return row;
        }
    }

    /// <summary>The columns the model has no value for (an importer keeps UCDP's as dataset fields): written empty when the report does not give them.</summary>
    private static readonly int[] UnknownColumnIndexes =
    [
        UcdpGedColumns.ActiveYear, UcdpGedColumns.CodeStatus, UcdpGedColumns.ConflictName, UcdpGedColumns.DyadName,
        UcdpGedColumns.WhereDescription, UcdpGedColumns.Region, UcdpGedColumns.EventClarity, UcdpGedColumns.SourceOriginal,
    ];

    /// <summary>Says which of the columns the model does not know the row writes empty; nothing when the engagement's dataset fields gave them all.</summary>
    private static void UnknownColumnsLost(UcdpGedRow row, string subject, List<LossEntry> losses)
    {
        List<string>? empty = null;
        foreach (var column in UnknownColumnIndexes)
        {
            if (row.RowFields.Known[column] is null)
            {
                (empty ??= []).Add(UcdpGedSchema.Schema.Columns[column].Name);
            }
        }

        if (empty is not null)
        {
            losses.Add(new LossEntry(subject, string.Join(", ", empty), "written empty: the model has no value for them, and the engagement has no UCDP GED dataset fields giving them"));
        }
    }

    /// <summary>The row: the derived columns, with the importer's dataset fields written over them, checked as any row is.</summary>
    internal static UcdpGedRow Apply(string?[] columns, ImmutableArray<DatasetField> fields)
    {
        ImmutableArray<KeyValuePair<string, string>>.Builder? extra = null;
        foreach (var field in fields)
        {
            if (!string.Equals(field.Dataset, Dataset, StringComparison.Ordinal))
            {
                continue;
            }

            if (UcdpGedSchema.Schema.IndexByName.TryGetValue(field.Name, out var index))
            {
                columns[index] = field.Value;
            }
            else
            {
                extra ??= ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
                Preconditions.CheckArgument(!HasColumn(extra, field.Name), nameof(fields), $"The column '{field.Name}' is given twice.");
                extra.Add(new(field.Name, field.Value));
            }
        }

        // A column the model has nothing for (active_year, event_clarity, region, …) is left absent: written empty.
        return UcdpGedRow.FromColumns(columns, extra?.ToImmutable() ?? [], nameof(fields));
    }

    /// <summary>Whether an extra column of that name (ignoring case) is already there; a loop, since a lambda over the field would be allocated for every field.</summary>
    private static bool HasColumn(ImmutableArray<KeyValuePair<string, string>>.Builder extra, string name)
    {
        foreach (var column in extra)
        {
            if (string.Equals(column.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteSide(string?[] columns, int nameColumn, int dsetColumn, int newColumn, int gwnoColumn, Actor? actor, string name)
    {
        columns[nameColumn] = name;
        columns[dsetColumn] = actor is null ? string.Empty : ExportContext.ExternalId(actor.ExternalIds, "ucdp-actor-dset") ?? string.Empty;
        columns[newColumn] = actor is null ? string.Empty : ExportContext.ExternalId(actor.ExternalIds, "ucdp-actor") ?? string.Empty;
        columns[gwnoColumn] = actor is null ? string.Empty : Gwno(actor);
    }

    /// <summary>The actor's Gleditsch–Ward numbers, comma-joined.</summary>
    private static string Gwno(Actor actor)
    {
        string? first = null;
        List<string>? more = null;
        foreach (var id in actor.ExternalIds)
        {
            if (string.Equals(id.Scheme, "gwno", StringComparison.Ordinal))
            {
                if (first is null)
                {
                    first = id.Value;
                }
                else
                {
                    (more ??= [first]).Add(id.Value);
                }
            }
        }

        return more is not null ? string.Join(",", more) : first ?? string.Empty;
    }

    private static void WriteSources(ExportContext context, Engagement engagement, string?[] columns)
    {
        var sources = context.SourcesOf(engagement);
        columns[UcdpGedColumns.NumberOfSources] = UcdpText.Number(sources.Count);
        columns[UcdpGedColumns.SourceArticle] = sources.Count == 0 ? string.Empty : Join(sources, s => "\"" + Article(s) + "\"");
        columns[UcdpGedColumns.SourceOffice] = Join(sources, s => s.Publisher ?? string.Empty);
        columns[UcdpGedColumns.SourceDate] = Join(sources, Date);
        columns[UcdpGedColumns.SourceHeadline] = Join(sources, s => s.Title ?? string.Empty);
    }

    /// <summary>The sources' values joined by ';' (a row has one or two sources: the one needs no joining).</summary>
    private static string Join(List<Source> sources, Func<Source, string> value)
    {
        if (sources.Count == 1)
        {
            return value(sources[0]);
        }

        var values = new string[sources.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(sources[i]);
        }

        return string.Join(";", values);
    }

    /// <summary>What a row loses of an event's attributions, worded once for the usual counts rather than once a row.</summary>
    private static string AttributionsLost(int count)
        => count < AttributionsLostTexts.Length ? AttributionsLostTexts[count] : AttributionsLostText(count);

    private static readonly string[] AttributionsLostTexts = [.. Enumerable.Range(0, 8).Select(AttributionsLostText)];

    private static string AttributionsLostText(int count)
        => string.Create(CultureInfo.InvariantCulture, $"the quotes and spans of {count} attribution(s), their channels, speakers and grades");

    internal static string Date(Source source)
        => source.Published is { } published ? UcdpText.IsoDate(published.FirstDate) : string.Empty;

    /// <summary>The source's citation as UCDP writes one: "office,date,headline", unless the import kept UCDP's own.</summary>
    internal static string Article(Source source)
        => ExportContext.DatasetValue(source.DatasetFields, "source_article")
            ?? $"{source.Publisher},{Date(source)},{source.Title}";

    private static int WherePrecision(Location place, Location? pointHolder)
    {
        // The point may be borrowed from a place containing the event's: the precision is then that place's.
        var located = pointHolder ?? place;
        if (located.Precision?.ToUcdpWherePrecision() is { } precision)
        {
            return precision;
        }

        return located.Kind switch
        {
            LocationKind.SecondOrderDivision => 3,
            LocationKind.FirstOrderDivision => 4,
            LocationKind.BorderArea or LocationKind.NaturalFeature or LocationKind.CoastalArea => 5,
            LocationKind.Country or LocationKind.MultiCountryRegion => 6,
            _ => 1,
        };
    }
}
