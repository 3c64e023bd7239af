using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
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
    {
        var state = new State(shared: false);
        state.Add(Preconditions.CheckNotNull(row, nameof(row)));
        return state.Build();
    }

    /// <summary>Streams rows into JSON Lines, one report per row (<see cref="FromRow"/>), in bounded memory.</summary>
    /// <param name="rows">The rows, read lazily.</param>
    /// <param name="utf8Json">The destination; left open.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every row is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteJsonLinesAsync(IEnumerable<AcledRow> rows, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return ConflictJsonLines.WriteAsync(utf8Json, rows.Select(FromRow), cancellationToken: cancellationToken);
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

    private static LocalizedName Name(string text, string placeholder)
        => new(string.IsNullOrWhiteSpace(text) ? placeholder : text);

    private sealed class State(bool shared)
    {
        private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
        private readonly Dictionary<LocationId, Location> _locations = [];

        // The places already made, by the text their id is hashed from: a row's country and
        // divisions are looked up, not hashed and built again.
        private readonly Dictionary<string, Location> _placesByKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _engagementIds = new(StringComparer.Ordinal);
        private readonly List<Source> _sources = [];
        private readonly List<Actor> _actorList = [AcledActor];
        private readonly List<Location> _locationList = [];
        private readonly List<Engagement> _engagements = [];
        private readonly List<Claim> _claims = [];
        private readonly List<SourceAttribution> _attributions = [];

        public void Add(AcledRow row)
        {
            var key = EngagementKey(row.EventIdCnty);
            var engagementId = new EngagementId(key);
            var own = new RowLookup();
            own.Actors.Add(AcledActor);
            var participants = new List<Participant> { new(Actor(row.Actor1, row.Inter1, own).Id, ParticipantRole.Unspecified) };
            participants.AddRange(row.AssociatedActors1.Select(a => new Participant(Actor(a, null, own).Id, ParticipantRole.Associate)));
            if (!string.IsNullOrWhiteSpace(row.Actor2))
            {
                participants.Add(new Participant(Actor(row.Actor2, row.Inter2, own).Id, ParticipantRole.Unspecified));
            }

            participants.AddRange(row.AssociatedActors2.Select(a => new Participant(Actor(a, null, own).Id, ParticipantRole.Associate)));
            var place = Places(row, own);
            var time = row.TimePrecision switch
            {
                1 => ReportedTime.OnDate(row.EventDate),
                2 => ReportedTime.Between(row.EventDate.PlusDays(-3), row.EventDate.PlusDays(3)),
                _ => ReportedTime.InMonth(new NodaTime.YearMonth(row.EventDate.Year, row.EventDate.Month)),
            };

            var record = new Source(new SourceId("acled-record:" + key), SourceKind.DatasetRecord)
                .WithTitle("ACLED event " + row.EventIdCnty)
                .WithPublisher("ACLED")
                .WithExternalIds([new ExternalId(ExternalId.Acled, row.EventIdCnty)]);
            ImmutableArray<AttributionId> cites = [];
            SourceAttribution? notes = null;
            if (row.Notes.Length > 0)
            {
                try
                {
                    record = record.WithText(row.Notes);
                    notes = new SourceAttribution(new AttributionId("acled-notes:" + key), record.Id, TextSpan.Locate(row.Notes, row.Notes, 1, 0), QuoteMode.OwnStatement, StatementChannel.SourceItself);
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
                .WithParticipants([.. participants])
                .WithAttributions(cites)
                .WithExternalIds([new ExternalId(ExternalId.Acled, row.EventIdCnty)]);
            var fatalities = new CasualtyClaim(
                    new ClaimId("acled-fatalities:" + key),
                    Claimant.ByActor(AcledActorId),
                    [EntityReference.To(engagementId)],
                    CountEstimate.AtLeast(row.Fatalities).WithWording($"{row.Fatalities} (ACLED's most conservative reported figure; 0 may mean unknown)"),
                    CasualtyOutcome.Killed)
                .WithAttributions(cites);

            // Keep the text of every column that the model would not give back as it is: the export's
            // own rules, run over this row's parts (no report is built for it).
            own.Record = record;
            own.Notes = notes;
            own.Claim = fatalities;
            var derived = AcledExport.Derive(own, engagement, "import", null);
            var known = row.RowFields.Known;
            var kept = new List<DatasetField>(16);
            for (var i = 0; i < known.Length; i++)
            {
                if (known[i] is { } text && (derived is null || !string.Equals(derived[i], text, StringComparison.Ordinal)))
                {
                    kept.Add(new DatasetField(AcledExport.Dataset, AcledSchema.Schema.Columns[i].Name, text));
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

        private string EngagementKey(string eventId)
        {
            var key = eventId.Length <= 100 && eventId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                && char.IsAsciiLetterOrDigit(eventId[0])
                ? "acled:" + eventId
                : "acled-row:" + Hash(eventId);
            var unique = key;
            for (var n = 2; shared && !_engagementIds.Add(unique); n++)
            {
                unique = key + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            return unique;
        }

        private Actor Actor(string name, ConflictCategory? category, RowLookup own)
        {
            if (!_actors.TryGetValue(name, out var actor))
            {
                actor = new Actor(new ActorId("acled-actor:" + Hash(name)), Name(name, "(unnamed actor)"), ActorKind.Organisation)
                    .WithCategory(category)
                    .WithExternalIds(string.IsNullOrWhiteSpace(name) ? [] : [new ExternalId(ExternalId.Acled, name)]);
                _actors[name] = actor;
                _actorList.Add(actor);
            }

            if (!own.Actors.Contains(actor))
            {
                own.Actors.Add(actor);
            }

            return actor;
        }

        private LocationId Places(AcledRow row, RowLookup own)
        {
            var countryKey = "country\u001f" + row.Country;
            if (!_placesByKey.TryGetValue(countryKey, out var country))
            {
                var alpha2 = CountryCodes.Alpha2(row.Iso);
                country = new Location(new LocationId("acled-place:" + Hash(countryKey)), Name(row.Country, "(unnamed country)"), LocationKind.Country)
                    .WithIsoCode(alpha2 is null ? null : new Iso3166Code(alpha2));
            }

            var parent = Place(countryKey, country, own);
            var path = row.Country;
            foreach (var (name, kind) in new[] { (row.Admin1, LocationKind.FirstOrderDivision), (row.Admin2, LocationKind.SecondOrderDivision), (row.Admin3, LocationKind.SecondOrderDivision) })
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                path += "\u001f" + name;
                var key = kind + "\u001f" + path;
                parent = Place(key, _placesByKey.TryGetValue(key, out var known) ? known : new Location(new LocationId("acled-place:" + Hash(key)), new LocalizedName(name), kind).WithParent(parent), own);
            }

            var precision = row.GeoPrecision switch
            {
                1 => PlacePrecision.Settlement,
                2 => PlacePrecision.NearPlace,
                _ => PlacePrecision.PartOfCountry,
            };
            var point = new GeoPoint(row.Latitude, row.Longitude);
            var leafKey = "location\u001f" + string.Join("\u001f", path, row.Location, row.Latitude.ToString("R", CultureInfo.InvariantCulture), row.Longitude.ToString("R", CultureInfo.InvariantCulture), row.GeoPrecision.ToString(CultureInfo.InvariantCulture));
            return Place(
                leafKey,
                _placesByKey.TryGetValue(leafKey, out var leaf)
                    ? leaf
                    : new Location(new LocationId("acled-place:" + Hash(leafKey)), Name(row.Location, "(unnamed place)"), LocationKind.Settlement)
                        .WithParent(parent)
                        .WithPoint(point)
                        .WithPrecision(precision),
                own);
        }

        private LocationId Place(string key, Location location, RowLookup own)
        {
            if (!_locations.TryGetValue(location.Id, out var existing))
            {
                _locations[location.Id] = existing = location;
                _locationList.Add(location);
            }

            _placesByKey.TryAdd(key, existing);

            own.Locations.Add(existing);
            return existing.Id;
        }
    }
}
