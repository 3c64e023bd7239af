using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// Reads ACLED rows into the model: each row an engagement with its ACLED external id, actors and
/// places shared across rows, the row itself a dataset-record source whose text is the notes, and
/// the fatalities a casualty claim by ACLED. Every column's text that the model would not give back
/// is kept in the engagement's dataset fields (dataset <c>acled</c>), so that
/// <see cref="AcledExport.Export"/> gives back every value of every row.
/// </summary>
public static class AcledImport
{
    private static readonly ActorId AcledActorId = new("acled");

    private static readonly Claimant AcledClaimant = Claimant.ByActor(AcledActorId);

    // The fatalities' estimates of small counts, which nearly every row has, built once and shared
    // (they are immutable): the wording is the same sentence for the same number.
    private static readonly CountEstimate?[] SmallFatalities = new CountEstimate?[1024];

    /// <summary>Gets the actor that claims every imported fatality figure: ACLED itself.</summary>
    public static Actor AcledActor { get; } = new Actor(AcledActorId, new LocalizedName("Armed Conflict Location & Event Data (ACLED)"), ActorKind.Organisation)
        .WithAliases([new LocalizedName("ACLED")]);

    /// <summary>Reads rows into one report; actors are shared by ACLED actor name and places by their place in the hierarchy.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static ConflictReport ToReport(IEnumerable<AcledRow> rows)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        var state = new State(shared: true);
        foreach (var row in rows)
        {
            state.Add(Preconditions.CheckNotNull(row, nameof(rows)));
        }

        return state.Build();
    }

    /// <summary>Reads one row into a report of its own (its engagement, actors, places, source, attribution and claim).</summary>
    /// <param name="row">The row.</param>
    /// <returns>The report; ids are derived from the row's text, so the same actor or place has the same id in every row's report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static ConflictReport FromRow(AcledRow row)
        => new State(shared: false).Row(Preconditions.CheckNotNull(row, nameof(row)));

    /// <summary>
    /// Reads rows lazily into one report each, so that a file of millions of rows streams. An actor
    /// or a country that rows share is the one the first row made, in every report, as in
    /// <see cref="ToReport"/>: so the reports merge (<see cref="ConflictReport.Merge"/>) into exactly
    /// <see cref="ToReport"/>'s report, and a later row that
    /// codes a shared actor or country otherwise keeps its own text of the column as a dataset field.
    /// </summary>
    /// <param name="rows">The rows, read as the reports are asked for.</param>
    /// <returns>One report per row, in the rows' order.</returns>
    /// <remarks>
    /// What is held besides the row is the actors and countries met so far (it grows with the file's
    /// names, not its rows), a bounded cache of divisions, times and participants, and the rows'
    /// engagement ids (about 80 bytes a row). A row whose <c>event_id_cnty</c> an earlier row had
    /// gets the id <c>acled:&lt;id&gt;-2</c> (then <c>-3</c>, …), as in <see cref="ToReport"/>, so
    /// that the reports merge into <see cref="ToReport"/>'s report, and a row given twice is two
    /// events, never one silently dropped; its external id is still ACLED's, so an export writes the
    /// row's <c>event_id_cnty</c> back.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null, or holds null.</exception>
    public static IEnumerable<ConflictReport> ToReports(IEnumerable<AcledRow> rows)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        return Iterate(rows);

        static IEnumerable<ConflictReport> Iterate(IEnumerable<AcledRow> rows)
        {
            var state = new State(shared: false);
            foreach (var row in rows)
            {
                yield return state.Row(Preconditions.CheckNotNull(row, nameof(rows)));
            }
        }
    }

    /// <summary>Reads rows as they arrive into one report each, as <see cref="ToReports(IEnumerable{AcledRow})"/> does.</summary>
    /// <param name="rows">The rows, such as <see cref="AcledCsv.ReadAsync"/>'s.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One report per row, in the rows' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null, or holds null.</exception>
    public static IAsyncEnumerable<ConflictReport> ToReportsAsync(IAsyncEnumerable<AcledRow> rows, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        return Iterate(rows, cancellationToken);

        static async IAsyncEnumerable<ConflictReport> Iterate(IAsyncEnumerable<AcledRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var state = new State(shared: false);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return state.Row(Preconditions.CheckNotNull(row, nameof(rows)));
            }
        }
    }

    /// <summary>Streams rows into JSON Lines, one report per row (<see cref="ToReports(IEnumerable{AcledRow})"/>), in bounded memory.</summary>
    /// <param name="rows">The rows, read lazily.</param>
    /// <param name="utf8Json">The destination; left open.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every row is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteJsonLinesAsync(IEnumerable<AcledRow> rows, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return ConflictJsonLines.WriteAsync(utf8Json, ToReports(rows), cancellationToken: cancellationToken);
    }

    // One SHA-256 hasher a thread, reset by each use: a one-shot hash sets up the algorithm every
    // time, which cost more than hashing the few bytes of a name or a place.
    [ThreadStatic]
    private static IncrementalHash? _sha256;

    private static string Hash(string text)
    {
        var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = length > 512 ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[512];
            sha256.AppendData(bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            sha256.GetHashAndReset(hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static CountEstimate FatalitiesEstimate(int fatalities)
    {
        if ((uint)fatalities < (uint)SmallFatalities.Length && SmallFatalities[fatalities] is { } shared)
        {
            return shared;
        }

        var estimate = CountEstimate.AtLeast(fatalities).WithWording($"{fatalities} (ACLED's most conservative reported figure; 0 may mean unknown)");
        if ((uint)fatalities < (uint)SmallFatalities.Length)
        {
            SmallFatalities[fatalities] = estimate;
        }

        return estimate;
    }

    /// <summary>Whether the claim is exactly what the importer makes of a row's fatalities column (ACLED's own figure), which the column gives back whole.</summary>
    internal static bool IsOwnFigure(CasualtyClaim claim)
        => claim.Claimant.Actor == AcledActorId
            && claim.Claimant.Source is null
            && claim.Outcome == CasualtyOutcome.Killed
            && claim.Victims is null
            && claim.Count.Low is { } low
            && claim.Count.Equals(FatalitiesEstimate(low));

    private static LocalizedName Name(string text, string placeholder)
        => new(string.IsNullOrWhiteSpace(text) ? placeholder : text);

    /// <summary>What rows are read into: one report (shared) or one report a row.</summary>
    /// <remarks>
    /// Actors and places are built once and looked up after: an actor is one per ACLED name and a
    /// country one per name, the first row's, in both modes (so that a report a row merges into the
    /// one report); they are never forgotten. Divisions and places below them are wholly made of
    /// their key (names and coordinates), so a cache of them only saves work: one report a row, it
    /// is bounded, and so are the caches of times and participants. Hashing a name into an id takes
    /// about half a microsecond and a row names half a dozen.
    /// </remarks>
    private sealed class State(bool shared)
    {
        // Past this many entries a cache of the one-report-a-row mode starts again: the memory of a
        // stream stays bounded whatever the file, at the cost of rebuilding what recurs.
        private const int CacheLimit = 50_000;

        private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Location> _countries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Location> _placesByKey = new(StringComparer.Ordinal);

        // Dataset fields repeat across rows (the region, the source scale, the sources named): one
        // immutable field is shared by every row that has the same text in the same column. Each
        // column keeps its first few distinct texts only, so that a column whose every text differs
        // (the timestamp) fills no cache with fields that never recur.
        private const int FieldsPerColumn = 256;
        private readonly Dictionary<string, DatasetField>[] _fields = new Dictionary<string, DatasetField>[AcledSchema.Schema.Columns.Length];

        // Times and participants recur too (events of the same day, the same actor in the same role):
        // immutable, so one is shared by every row that has it; bounded like the rest.
        private readonly Dictionary<(int Precision, NodaTime.LocalDate Date), ReportedTime> _times = [];
        private readonly Dictionary<(ActorId Actor, ParticipantRole Role), Participant> _participants = [];

        private readonly Dictionary<LocationId, Location> _locations = [];
        private readonly HashSet<string> _engagementIds = new(StringComparer.Ordinal);
        private readonly List<Source> _sources = [];
        private readonly List<Actor> _actorList = shared ? [AcledActor] : [];
        private readonly List<Location> _locationList = [];
        private readonly List<Engagement> _engagements = [];
        private readonly List<Claim> _claims = [];
        private readonly List<SourceAttribution> _attributions = [];
        private readonly RowLookup _own = new();
        private readonly List<DatasetField> _kept = new(16);

        /// <summary>Reads one row into a report of its own, reusing what earlier rows built.</summary>
        public ConflictReport Row(AcledRow row)
        {
            if (_placesByKey.Count > CacheLimit || _participants.Count > CacheLimit)
            {
                _placesByKey.Clear();
                _participants.Clear();
            }

            Add(row);
            _actorList.AddRange(_own.Actors);
            _locationList.AddRange(_own.Locations);
            var report = Build();
            _sources.Clear();
            _actorList.Clear();
            _locationList.Clear();
            _engagements.Clear();
            _claims.Clear();
            _attributions.Clear();
            return report;
        }

        public void Add(AcledRow row)
        {
            var key = EngagementKey(row.EventIdCnty);
            var engagementId = new EngagementId(key);
            var own = _own;
            own.Clear();
            own.Actors.Add(AcledActor);
            var participants = ImmutableArray.CreateBuilder<Participant>();
            participants.Add(Participant(Actor(row.Actor1, row.Inter1, own).Id, ParticipantRole.Unspecified));
            foreach (var associate in row.AssociatedActors1)
            {
                participants.Add(Participant(Actor(associate, null, own).Id, ParticipantRole.Associate));
            }

            if (!string.IsNullOrWhiteSpace(row.Actor2))
            {
                participants.Add(Participant(Actor(row.Actor2, row.Inter2, own).Id, ParticipantRole.Unspecified));
            }

            foreach (var associate in row.AssociatedActors2)
            {
                participants.Add(Participant(Actor(associate, null, own).Id, ParticipantRole.Associate));
            }

            var place = Places(row, own);
            var time = Time(row.TimePrecision, row.EventDate);

            // One array of ids for the record and the engagement: both are this row of ACLED.
            ImmutableArray<ExternalId> acledIds = [new ExternalId(ExternalId.Acled, row.EventIdCnty)];
            var record = new Source(new SourceId("acled-record:" + key), SourceKind.DatasetRecord)
                .WithTitle("ACLED event " + row.EventIdCnty)
                .WithPublisher("ACLED")
                .WithExternalIds(acledIds);
            ImmutableArray<AttributionId> cites = [];
            SourceAttribution? notes = null;
            var notesText = row.Notes;
            if (notesText.Length > 0)
            {
                try
                {
                    record = record.WithText(notesText);
                    notes = new SourceAttribution(new AttributionId("acled-notes:" + key), record.Id, TextSpan.Locate(notesText, notesText, 1, 0), QuoteMode.OwnStatement, StatementChannel.SourceItself);
                    cites = [notes.Id];
                }
                catch (ArgumentException)
                {
                    // Text the model cannot quote (such as a lone surrogate) is kept as the row's own text only.
                    record = new Source(record.Id, SourceKind.DatasetRecord).WithTitle(record.Title).WithPublisher("ACLED").WithExternalIds(record.ExternalIds);
                }
            }

            var engagement = new Engagement(engagementId, row.EventType)
                .WithSubType(row.SubEventType)
                .WithTime(time)
                .WithLocations([place])
                .WithParticipants(participants.ToImmutable())
                .WithAttributions(cites)
                .WithExternalIds(acledIds);
            var fatalities = new CasualtyClaim(
                    new ClaimId("acled-fatalities:" + key),
                    AcledClaimant,
                    [EntityReference.To(engagementId)],
                    FatalitiesEstimate(row.Fatalities),
                    CasualtyOutcome.Killed)
                .WithAttributions(cites);

            // Keep the text of every column that the model would not give back as it is: the export's
            // own rules, run over this row's parts (no report is built for it).
            own.Record = record;
            own.Notes = notes;
            own.Claim = fatalities;
            var derived = AcledExport.Derive(own, engagement, "import", null);
            var known = row.RowFields.Known;
            var kept = _kept;
            kept.Clear();
            for (var i = 0; i < known.Length; i++)
            {
                if (known[i] is { } text && (derived is null || !string.Equals(derived[i], text, StringComparison.Ordinal)))
                {
                    kept.Add(Field(i, text));
                }
            }

            foreach (var (column, text) in row.ExtraColumns)
            {
                kept.Add(new DatasetField(AcledExport.Dataset, column, text));
            }

            foreach (var column in AcledColumns.AddedIn2023)
            {
                if (known[AcledSchema.Schema.IndexByName[column]] is null)
                {
                    kept.Add(new DatasetField(AcledExport.Dataset, AcledExport.Absent(column), string.Empty));
                }
            }

            engagement = engagement.WithDatasetFields([.. kept]);
            _engagements.Add(engagement);
            _claims.Add(fatalities);
            _sources.Add(record);
            if (notes is not null)
            {
                _attributions.Add(notes);
            }
        }

        public ConflictReport Build() => new ConflictReport()
            .WithSources([.. _sources])
            .WithActors([.. _actorList])
            .WithLocations([.. _locationList])
            .WithEngagements([.. _engagements])
            .WithClaims([.. _claims])
            .WithAttributions([.. _attributions]);

        private Participant Participant(ActorId actor, ParticipantRole role)
        {
            if (!_participants.TryGetValue((actor, role), out var participant))
            {
                participant = new Participant(actor, role);
                _participants[(actor, role)] = participant;
            }

            return participant;
        }

        private ReportedTime Time(int timePrecision, NodaTime.LocalDate date)
        {
            var precision = timePrecision is 1 or 2 ? timePrecision : 3;
            var key = precision == 3 ? (precision, new NodaTime.LocalDate(date.Year, date.Month, 1)) : (precision, date);
            if (!_times.TryGetValue(key, out var time))
            {
                time = precision switch
                {
                    1 => ReportedTime.OnDate(date),
                    2 => ReportedTime.Between(date.PlusDays(-3), date.PlusDays(3)),
                    _ => ReportedTime.InMonth(new NodaTime.YearMonth(date.Year, date.Month)),
                };

                // A few years of days: past that, times are made afresh rather than remembered.
                if (_times.Count < 8192)
                {
                    _times[key] = time;
                }
            }

            return time;
        }

        private DatasetField Field(int column, string text)
        {
            var fields = _fields[column] ??= new Dictionary<string, DatasetField>(StringComparer.Ordinal);
            if (!fields.TryGetValue(text, out var field))
            {
                field = new DatasetField(AcledExport.Dataset, AcledSchema.Schema.Columns[column].Name, text);
                if (fields.Count < FieldsPerColumn)
                {
                    fields[text] = field;
                }
            }

            return field;
        }

        private string EngagementKey(string eventId)
        {
            var key = IsPlainId(eventId) ? "acled:" + eventId : "acled-row:" + Hash(eventId);
            var unique = key;
            // Every row's id is remembered, streaming too: a repeated event_id_cnty is renamed the same
            // way in both, so the streamed reports merge into ToReport's and no repeated row is lost.
            for (var n = 2; !_engagementIds.Add(unique); n++)
            {
                unique = key + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            return unique;
        }

        private static bool IsPlainId(string eventId)
        {
            if (eventId.Length is 0 or > 100 || !char.IsAsciiLetterOrDigit(eventId[0]))
            {
                return false;
            }

            foreach (var c in eventId)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private Actor Actor(string name, ConflictCategory? category, RowLookup own)
        {
            // One actor a name, with the first row's category: a later row's own inter code is kept.
            if (!_actors.TryGetValue(name, out var actor))
            {
                actor = new Actor(new ActorId("acled-actor:" + Hash(name)), Name(name, "(unnamed actor)"), ActorKind.Organisation)
                    .WithCategory(category)
                    .WithExternalIds(string.IsNullOrWhiteSpace(name) ? [] : [new ExternalId(ExternalId.Acled, name)]);
                _actors[name] = actor;
                if (shared)
                {
                    _actorList.Add(actor);
                }
            }

            if (!own.Actors.Contains(actor))
            {
                own.Actors.Add(actor);
            }

            return actor;
        }

        private LocationId Places(AcledRow row, RowLookup own)
        {
            // One country a name, with the first row's code: a later row's own iso is kept.
            if (!_countries.TryGetValue(row.Country, out var country))
            {
                var alpha2 = CountryCodes.Alpha2(row.Iso);
                country = new Location(new LocationId("acled-place:" + Hash("country\u001f" + row.Country)), Name(row.Country, "(unnamed country)"), LocationKind.Country)
                    .WithIsoCode(alpha2 is null ? null : new Iso3166Code(alpha2));
                _countries[row.Country] = country;
            }

            var parent = Place(null, country, own);
            var path = row.Country;
            parent = Division(row.Admin1, LocationKind.FirstOrderDivision, ref path, parent, own);
            parent = Division(row.Admin2, LocationKind.SecondOrderDivision, ref path, parent, own);
            parent = Division(row.Admin3, LocationKind.SecondOrderDivision, ref path, parent, own);
            var precision = row.GeoPrecision switch
            {
                1 => PlacePrecision.Settlement,
                2 => PlacePrecision.NearPlace,
                _ => PlacePrecision.PartOfCountry,
            };
            var latitude = row.Latitude;
            var longitude = row.Longitude;
            var leafKey = "location\u001f" + string.Join("\u001f", path, row.Location, latitude.ToString("R", CultureInfo.InvariantCulture), longitude.ToString("R", CultureInfo.InvariantCulture), row.GeoPrecision.ToString(CultureInfo.InvariantCulture));
            return Place(
                shared ? leafKey : null,
                _placesByKey.TryGetValue(leafKey, out var leaf)
                    ? leaf
                    : new Location(new LocationId("acled-place:" + Hash(leafKey)), Name(row.Location, "(unnamed place)"), LocationKind.Settlement)
                        .WithParent(parent)
                        .WithPoint(new GeoPoint(latitude, longitude))
                        .WithPrecision(precision),
                own);
        }

        private LocationId Division(string name, LocationKind kind, ref string path, LocationId parent, RowLookup own)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return parent;
            }

            path += "\u001f" + name;
            var key = kind + "\u001f" + path;
            return Place(key, _placesByKey.TryGetValue(key, out var known) ? known : new Location(new LocationId("acled-place:" + Hash(key)), new LocalizedName(name), kind).WithParent(parent), own);
        }

        /// <summary>Adds a place to the row (and, in one report, to the report), remembering it by its key when there is one.</summary>
        /// <remarks>A report a row, the exact place of an event is not remembered: it is seldom another row's, and remembering every one would fill the cache with places that never recur.</remarks>
        private LocationId Place(string? key, Location location, RowLookup own)
        {
            var existing = location;
            if (shared && !_locations.TryGetValue(location.Id, out existing))
            {
                _locations[location.Id] = existing = location;
                _locationList.Add(location);
            }

            if (key is not null)
            {
                _placesByKey.TryAdd(key, existing);
            }

            own.Locations.Add(existing);
            return existing.Id;
        }
    }
}
