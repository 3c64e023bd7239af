using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// Reads UCDP GED rows into <see cref="ConflictReport"/>s: each row an engagement with its UCDP ids,
/// its sides as shared actors, its place, its sources and its death counts as claims by UCDP.
/// </summary>
/// <remarks>
/// <para>
/// The estimates are kept exactly as published: the total's <c>low</c>, <c>best</c> and
/// <c>high</c> are dataset fields (dataset <c>ucdp-ged</c>) of the total claim, and its
/// <see cref="CountEstimate"/> is the nearest the model can hold (docs/interop/ucdp.md). A row whose
/// estimates are out of order is kept and imported like any other; <see cref="UcdpGedValidation"/>
/// reports it as a warning (<c>UCDP0001</c>).
/// </para>
/// <para>
/// Every value the model does not give back exactly (a column it has no place for, such as
/// <c>region</c>, or a text written otherwise, such as a date with a time) is kept as a dataset field
/// of the engagement, named by its column, so that <see cref="UcdpGedExport"/> gives back every value
/// of every row.
/// </para>
/// </remarks>
public static class UcdpGedImport
{
    /// <summary>The id of the source standing for UCDP GED itself, the claimant of every death count.</summary>
    public const string DatasetSourceId = "ucdp-ged";

    /// <summary>Reads a GED CSV as one report; actors, countries and first- and second-order divisions shared by rows appear once.</summary>
    /// <param name="stream">UTF-8 CSV with a header row.</param>
    /// <param name="options">How to read; strict when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The file or a row is malformed (the message names the row and the column).</exception>
    public static ConflictReport Read(Stream stream, DatasetReadOptions? options = null)
        => ToReport(UcdpGedCsv.Read(Preconditions.CheckNotNull(stream), options));

    /// <summary>Reads a GED CSV one row at a time, each row its own self-contained report; the reports agree on every actor and place they share.</summary>
    /// <param name="stream">UTF-8 CSV with a header row.</param>
    /// <param name="options">How to read; strict when null.</param>
    /// <returns>One report per row, read as it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: the file or a row is malformed.</exception>
    /// <remarks>
    /// An actor or a place that several rows share is the first row's version in every report (as in
    /// <see cref="Read"/>), so the reports merge (<see cref="ConflictReport.Merge"/>) into exactly
    /// the report <see cref="Read"/> gives. A later row that says otherwise (another name under the
    /// same side id) keeps what it says as its engagement's dataset field, which the export writes
    /// back. A row whose <c>id</c> an earlier row had is renamed (<c>ucdp-ged:123-2</c>, its
    /// external id still UCDP's), here and in <see cref="Read"/>, so that a row given twice is two
    /// events, never merged away. The memory held is one row, the actors and places met so far,
    /// which grows with UCDP's vocabulary (actors, countries, divisions), and the rows' ids (a number
    /// each).
    /// </remarks>
    public static IEnumerable<ConflictReport> ReadEvents(Stream stream, DatasetReadOptions? options = null)
        => FromRows(UcdpGedCsv.Read(Preconditions.CheckNotNull(stream), options));

    /// <summary>Reads a GED CSV one row at a time, asynchronously, as <see cref="ReadEvents"/> does.</summary>
    /// <param name="stream">UTF-8 CSV with a header row; left open.</param>
    /// <param name="options">How to read; strict when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One report per row; the reports agree on every actor and place they share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: the file or a row is malformed.</exception>
    public static IAsyncEnumerable<ConflictReport> ReadEventsAsync(Stream stream, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
        => FromRowsAsync(UcdpGedCsv.ReadAsync(Preconditions.CheckNotNull(stream), options, cancellationToken), cancellationToken);

    private static IEnumerable<ConflictReport> FromRows(IEnumerable<UcdpGedRow> rows)
    {
        var shared = new Shared();
        foreach (var row in rows)
        {
            yield return Assemble([Map(row, shared)]);
        }
    }

    private static async IAsyncEnumerable<ConflictReport> FromRowsAsync(IAsyncEnumerable<UcdpGedRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var shared = new Shared();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Assemble([Map(row, shared)]);
        }
    }

    /// <summary>Maps one row to a report.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The report: the engagement, its sides, places, sources and claims.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static ConflictReport FromRow(UcdpGedRow row)
    {
        Preconditions.CheckNotNull(row);
        var part = Map(row, null);
        return Assemble([part]);
    }

    /// <summary>Maps rows to one report, sharing the actors and places that rows have in common (the first row's version of each is kept).</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static ConflictReport ToReport(IEnumerable<UcdpGedRow> rows)
    {
        Preconditions.CheckNotNull(rows);
        var shared = new Shared();
        var parts = new List<RowPart>();
        foreach (var row in rows)
        {
            parts.Add(Map(row, shared));
        }

        return Assemble(parts);
    }

    private static ConflictReport Assemble(List<RowPart> parts)
    {
        // Each row's actors and places are the shared ones (or its own), so the first of each id is the one to keep.
        var actors = new Dictionary<ActorId, Actor>();
        var locations = new Dictionary<LocationId, Location>();
        int sources = 1, claims = 0, attributions = 0;
        foreach (var part in parts)
        {
            foreach (var actor in part.Actors)
            {
                actors.TryAdd(actor.Id, actor);
            }

            foreach (var location in part.Locations)
            {
                locations.TryAdd(location.Id, location);
            }

            sources += part.Sources.Count;
            claims += part.Claims.Count;
            attributions += part.Attributions.Count;
        }

        var sourceArray = ImmutableArray.CreateBuilder<Source>(sources);
        var engagementArray = ImmutableArray.CreateBuilder<Engagement>(parts.Count);
        var claimArray = ImmutableArray.CreateBuilder<Claim>(claims);
        var attributionArray = ImmutableArray.CreateBuilder<SourceAttribution>(attributions);
        sourceArray.Add(DatasetSource);
        foreach (var part in parts)
        {
            sourceArray.AddRange(part.Sources);
            engagementArray.Add(part.Engagement);
            claimArray.AddRange(part.Claims);
            attributionArray.AddRange(part.Attributions);
        }

        return new ConflictReport()
            .WithSources(sourceArray.MoveToImmutable())
            .WithActors([.. actors.Values])
            .WithLocations([.. locations.Values])
            .WithEngagements(engagementArray.MoveToImmutable())
            .WithClaims(claimArray.MoveToImmutable())
            .WithAttributions(attributionArray.MoveToImmutable());
    }

    private static Source DatasetSource { get; } = new Source(new SourceId(DatasetSourceId), SourceKind.DatasetRecord)
        .WithTitle("UCDP Georeferenced Event Dataset")
        .WithPublisher("Uppsala Conflict Data Program");

    private static RowPart Map(UcdpGedRow row, Shared? shared)
    {
        var id = row.Id.ToString(CultureInfo.InvariantCulture);
        var prefix = shared?.UniquePrefix(row.Id, "ucdp-ged:" + id) ?? "ucdp-ged:" + id;
        var engagementId = new EngagementId(prefix);
        var type = row.TypeOfViolence;

        var sideA = SideActor(shared, row, row.SideA, row.SideANewId, row.SideADsetId, UcdpGedColumns.Gwnoa, (type, hasGwno) => type switch
        {
            1 or 3 when hasGwno => ConflictCategory.StateForces,
            _ => null,
        });
        var sideB = SideActor(shared, row, row.SideB, row.SideBNewId, row.SideBDsetId, UcdpGedColumns.Gwnob, (type, hasGwno) => type switch
        {
            3 => ConflictCategory.Civilians,
            1 => hasGwno ? ConflictCategory.StateForces : ConflictCategory.RebelGroup,
            _ => null,
        });
        var actors = new List<Actor> { sideA, sideB };

        var locations = Places(row, prefix, shared, out var place);

        var sources = new List<Source>();
        var attributions = new List<SourceAttribution>();
        Sources(row, prefix, shared, sources, attributions);

        var engagement = new Engagement(engagementId, type == 3 ? EventType.ViolenceAgainstCivilians : EventType.Battles)
            .WithTime(shared.Time(row.DateStart, row.DateEnd))
            .WithLocations([place])
            .WithParticipants(type == 3
                ? [new Participant(sideA.Id, ParticipantRole.Attacker), new Participant(sideB.Id, ParticipantRole.Victim)]
                : [new Participant(sideA.Id, ParticipantRole.Unspecified), new Participant(sideB.Id, ParticipantRole.Unspecified)])
            .WithAttributions(SourceAttributionIds(attributions))
            .WithExternalIds(EngagementIds(row, id, shared));

        // UCDP's own statement of the figures: what its claims cite (the dataset source has no text to quote from).
        var record = new SourceAttribution(
            new AttributionId(prefix + ":record"),
            DatasetSource.Id,
            new TextSpan(0, prefix.Length, prefix),
            QuoteMode.OwnStatement,
            StatementChannel.SourceItself);
        attributions.Add(record);
        var claims = Claims(row, prefix, engagementId, sideA, sideB, type, shared, actors, record.Id);

        var part = new RowPart(engagement, actors, locations, sources, attributions, claims);
        return part with { Engagement = engagement.WithDatasetFields(Unmatched(row, part, shared)) };
    }

    /// <summary>The ids of the attributions to the row's sources (the one to UCDP's record is not the event's).</summary>
    private static ImmutableArray<AttributionId> SourceAttributionIds(List<SourceAttribution> attributions)
    {
        var ids = ImmutableArray.CreateBuilder<AttributionId>(attributions.Count);
        foreach (var attribution in attributions)
        {
            if (attribution.Source != DatasetSource.Id)
            {
                ids.Add(attribution.Id);
            }
        }

        return ids.DrainToImmutable();
    }

    /// <summary>The row's values that the model does not give back as they were: kept as dataset fields of the engagement.</summary>
    /// <remarks>What the export gives is derived from the row's own parts, not from a report assembled for it.</remarks>
    private static ImmutableArray<DatasetField> Unmatched(UcdpGedRow row, RowPart part, Shared? shared)
    {
        var context = new ExportContext(
            CollectionsMarshal.AsSpan(part.Actors),
            CollectionsMarshal.AsSpan(part.Locations),
            CollectionsMarshal.AsSpan(part.Sources),
            CollectionsMarshal.AsSpan(part.Attributions),
            [part.Engagement],
            CollectionsMarshal.AsSpan(part.Claims));
        var derived = UcdpGedExport.Derive(context, part.Engagement, 0, null);
        var known = row.RowFields.Known;
        var columns = UcdpGedSchema.Schema.Columns;
        var fields = ImmutableArray.CreateBuilder<DatasetField>();
        for (var i = 0; i < known.Length; i++)
        {
            if (known[i] is { } text && (derived is null || !string.Equals(derived[i], text, StringComparison.Ordinal)))
            {
                fields.Add(shared.Field(columns[i].Name, text));
            }
        }

        foreach (var (column, text) in row.ExtraColumns)
        {
            fields.Add(new DatasetField(UcdpGedExport.Dataset, column, text));
        }

        return fields.DrainToImmutable();
    }

    private static ImmutableArray<ExternalId> EngagementIds(UcdpGedRow row, string id, Shared? shared)
    {
        var ids = ImmutableArray.CreateBuilder<ExternalId>(6);
        ids.Add(new ExternalId("ucdp-ged", id));
        if (row.RelId is { Length: > 0 } relid && !string.IsNullOrWhiteSpace(relid))
        {
            ids.Add(new ExternalId("ucdp-ged-relid", relid));
        }

        Add(ids, "ucdp-conflict", row.ConflictNewId, shared);
        Add(ids, "ucdp-conflict-dset", row.ConflictDsetId, shared);
        Add(ids, "ucdp-dyad", row.DyadNewId, shared);
        Add(ids, "ucdp-dyad-dset", row.DyadDsetId, shared);

        return ids.DrainToImmutable();
    }

    /// <summary>The side's actor: the one an earlier row made, when sharing, else a new one.</summary>
    private static Actor SideActor(Shared? shared, UcdpGedRow row, string name, long? newId, long? dsetId, int gwnoColumn, Func<int, bool, ConflictCategory?> categoryOf)
    {
        // By UCDP's number first: the id "ucdp-actor:<n>" need not be built again for every row.
        if (shared is not null && newId is { } known && shared.ActorsByNumber.TryGetValue(known, out var met))
        {
            return met;
        }

        var id = new ActorId(newId is { } n ? "ucdp-actor:" + n.ToString(CultureInfo.InvariantCulture) : "ucdp-actor:" + shared.Slug(name));
        if (shared is null || !shared.Actors.TryGetValue(id, out var actor))
        {
            var gwno = row.RowFields.Known[gwnoColumn] is { Length: > 0 } text ? UcdpGedSchema.ParseIntegers(text)!.Value : [];
            actor = shared.Use(NewSideActor(id, name, newId, dsetId, gwno, categoryOf(row.TypeOfViolence, gwno.Length > 0)));
        }

        if (shared is not null && newId is { } number)
        {
            shared.ActorsByNumber[number] = actor;
        }

        return actor;
    }

    private static void Add(ImmutableArray<ExternalId>.Builder ids, string scheme, long? value, Shared? shared)
    {
        if (value is not { } v)
        {
            return;
        }

        if (shared is null)
        {
            ids.Add(new ExternalId(scheme, v.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        if (!shared.Ids.TryGetValue((scheme, v), out var id))
        {
            Shared.MakeRoom(shared.Ids);
            shared.Ids[(scheme, v)] = id = new ExternalId(scheme, v.ToString(CultureInfo.InvariantCulture));
        }

        ids.Add(id);
    }

    private static Actor NewSideActor(ActorId id, string name, long? newId, long? dsetId, ImmutableArray<int> gwno, ConflictCategory? category)
    {
        var ids = ImmutableArray.CreateBuilder<ExternalId>();
        if (newId is { } a)
        {
            ids.Add(new ExternalId("ucdp-actor", a.ToString(CultureInfo.InvariantCulture)));
        }

        if (dsetId is { } d)
        {
            ids.Add(new ExternalId("ucdp-actor-dset", d.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var g in gwno)
        {
            ids.Add(new ExternalId("gwno", g.ToString(CultureInfo.InvariantCulture)));
        }

        return new Actor(id, new LocalizedName(name.Trim()), category == ConflictCategory.Civilians ? ActorKind.UnnamedGroup : ActorKind.Organisation)
            .WithCategory(category)
            .WithExternalIds(ids.ToImmutable());
    }

    private static List<Location> Places(UcdpGedRow row, string prefix, Shared? shared, out LocationId placeId)
    {
        var locations = new List<Location>();
        LocationId? parent = null;
        if (shared is not null && row.CountryId is { } countryNumber && shared.CountriesByNumber.TryGetValue(countryNumber, out var metCountry)
            && !string.IsNullOrWhiteSpace(row.Country))
        {
            locations.Add(metCountry);
            parent = metCountry.Id;
        }
        else if (!string.IsNullOrWhiteSpace(row.Country))
        {
            var countryId = new LocationId("ucdp-country:" + (row.CountryId?.ToString(CultureInfo.InvariantCulture) ?? shared.Slug(row.Country)));
            if (shared is null || !shared.Locations.TryGetValue(countryId, out var country))
            {
                country = new Location(countryId, new LocalizedName(row.Country.Trim()), LocationKind.Country);
                if (row.CountryId is { } gw)
                {
                    country = country.WithExternalIds([new ExternalId("gwno", gw.ToString(CultureInfo.InvariantCulture))]);
                }

                country = shared.Use(country);
            }

            if (shared is not null && row.CountryId is { } number)
            {
                shared.CountriesByNumber[number] = country;
            }

            locations.Add(country);
            parent = country.Id;
        }

        for (var level = 1; level <= 2; level++)
        {
            var name = level == 1 ? row.Adm1 : row.Adm2;
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var key = (parent?.Value, level, name);
            if (shared is not null && shared.Divisions.TryGetValue(key, out var metDivision))
            {
                locations.Add(metDivision);
                parent = metDivision.Id;
                continue;
            }

            // Named within their parent, so that two districts of one name in two provinces stay two.
            var divisionId = new LocationId((level == 1 ? "ucdp-adm1:" : "ucdp-adm2:") + shared.Slug((parent?.Value ?? string.Empty) + "/" + name));
            if (shared is null || !shared.Locations.TryGetValue(divisionId, out var division))
            {
                division = shared.Use(new Location(divisionId, new LocalizedName(name.Trim()), level == 1 ? LocationKind.FirstOrderDivision : LocationKind.SecondOrderDivision).WithParent(parent));
            }

            if (shared is not null)
            {
                shared.Divisions[key] = division;
            }

            locations.Add(division);
            parent = division.Id;
        }

        var precision = row.WherePrecision switch
        {
            1 => PlacePrecision.Settlement,
            2 => PlacePrecision.NearPlace,
            3 => PlacePrecision.SecondOrderDivision,
            4 => PlacePrecision.FirstOrderDivision,
            5 => PlacePrecision.PartOfCountry,
            6 => PlacePrecision.Country,
            7 => PlacePrecision.InternationalWatersOrAirspace,
            _ => (PlacePrecision?)null,
        };
        var placeKind = row.WherePrecision switch
        {
            3 => LocationKind.SecondOrderDivision,
            4 => LocationKind.FirstOrderDivision,
            5 => LocationKind.BorderArea,
            6 => LocationKind.Country,
            7 => LocationKind.CoastalArea,
            _ => LocationKind.Settlement,
        };
        var placeName = string.IsNullOrWhiteSpace(row.WhereCoordinates) ? "unnamed place" : row.WhereCoordinates.Trim();
        placeId = new LocationId(prefix + ":place");
        locations.Add(new Location(placeId, new LocalizedName(placeName), placeKind)
            .WithParent(parent)
            .WithPoint(new GeoPoint(row.Latitude, row.Longitude))
            .WithPrecision(precision));
        return locations;
    }

    private static void Sources(UcdpGedRow row, string prefix, Shared? shared, List<Source> sources, List<SourceAttribution> attributions)
    {
        var articles = Articles(row.SourceArticle);
        var offices = row.SourceOffices;
        var dates = row.SourceDates;
        var headlines = row.SourceHeadlines;
        var count = Math.Max(Math.Max(articles.Count, offices.Length), Math.Max(dates.Length, headlines.Length));
        for (var i = 0; i < count; i++)
        {
            var article = i < articles.Count ? articles[i] : string.Empty;
            var office = i < offices.Length ? offices[i] : string.Empty;
            var date = i < dates.Length ? dates[i] : string.Empty;
            var headline = i < headlines.Length ? headlines[i] : string.Empty;
            var n = Number(i + 1);
            var source = new Source(new SourceId(prefix + ":source:" + n), SourceKind.NewsArticle);

            // A new source has neither publisher nor title: setting one to null would only copy it.
            if (!string.IsNullOrWhiteSpace(office))
            {
                source = source.WithPublisher(office);
            }

            if (!string.IsNullOrWhiteSpace(headline))
            {
                source = source.WithTitle(headline);
            }

            if (ParseIsoDate(date) is { } published)
            {
                source = source.WithPublished(shared.Time(published, published));
            }

            if (article.Length > 0)
            {
                source = source.WithDatasetFields([new DatasetField(UcdpGedExport.Dataset, "source_article", article)]);
            }

            sources.Add(source);

            // UCDP's record paraphrases the source; the attribution's quote is the citation UCDP gives for it.
            var exact = FirstNotBlank(article, headline, office, date) ?? PlaceholderQuote + n;
            attributions.Add(new SourceAttribution(
                new AttributionId(prefix + ":attribution:" + n),
                source.Id,
                new TextSpan(0, RuneCount(exact), exact),
                QuoteMode.Paraphrase,
                StatementChannel.SourceItself));
        }
    }

    /// <summary>The quote of a source slot whose citation, headline, office and date are all empty, before its number.</summary>
    internal const string PlaceholderQuote = "UCDP GED source ";

    private static string? FirstNotBlank(string a, string b, string c, string d)
        => !string.IsNullOrWhiteSpace(a) ? a : !string.IsNullOrWhiteSpace(b) ? b : !string.IsNullOrWhiteSpace(c) ? c : !string.IsNullOrWhiteSpace(d) ? d : null;

    private static int RuneCount(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>A date as ISO's <c>uuuu-MM-dd</c> reads it, or null; the common form is read here, anything else by NodaTime's pattern.</summary>
    private static NodaTime.LocalDate? ParseIsoDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and >= 1 && Digits(text, 5, 2) is var month and >= 1 and <= 12 && Digits(text, 8, 2) is var day and >= 1
            && day <= NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new NodaTime.LocalDate(year, month, day);
        }

        return NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
    }

    /// <summary>The number written by <paramref name="length"/> ASCII digits from <paramref name="start"/>; -1 when one is not a digit.</summary>
    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>Small numbers as text (a row's sources are numbered 1, 2, …), formatted once.</summary>
    private static string Number(int value) => (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 64).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The items of <c>source_article</c>: <c>"…";"…"</c>, each quoted; an unquoted text is one item.</summary>
    private static List<string> Articles(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return [.. text[1..^1].Split("\";\"")];
        }

        return [text];
    }

    private static List<Claim> Claims(UcdpGedRow row, string prefix, EngagementId engagement, Actor sideA, Actor sideB, int type, Shared? shared, List<Actor> actors, AttributionId record)
    {
        var claimant = DatasetClaimant;
        ImmutableArray<AttributionId> cited = [record];
        var subjects = ImmutableArray.Create(EntityReference.To(engagement));
        var exact = row.Low == row.Best && row.Best == row.High;
        var total = exact
            ? Exactly(row.Best)
            : row.EstimatesAreOrdered && row.Low < row.High ? CountEstimate.Between(row.Low, row.High) : Approximately(row.Best);
        var claims = new List<Claim>
        {
            new CasualtyClaim(new ClaimId(prefix + ":total"), claimant, subjects, total, CasualtyOutcome.Killed)
                .WithAttributions(cited)
                .WithDatasetFields(
                [
                    shared.Field("low", row.RowFields.Known[UcdpGedColumns.Low]!),
                    shared.Field("best", row.RowFields.Known[UcdpGedColumns.Best]!),
                    shared.Field("high", row.RowFields.Known[UcdpGedColumns.High]!),
                ]),
        };

        Actor? civilians = type == 3 ? sideB : null;
        for (var group = 0; group < DeathColumns.Length; group++)
        {
            var column = DeathColumns[group];
            var deaths = group switch { 0 => row.DeathsA, 1 => row.DeathsB, 2 => row.DeathsCivilians, _ => row.DeathsUnknown };
            // A zero is what the export writes for a group no claim is about: no claim is needed for it.
            if (deaths is not { } n || n == 0)
            {
                continue;
            }

            ActorId? victims = column switch
            {
                "deaths_a" => sideA.Id,
                "deaths_b" => sideB.Id,
                "deaths_civilians" => (civilians ??= CivilianActor(shared, actors)).Id,
                _ => null,
            };
            var count = exact ? Exactly(n) : Approximately(n);
            var claim = new CasualtyClaim(new ClaimId(prefix + ":" + column), claimant, subjects, count, CasualtyOutcome.Killed).WithAttributions(cited);
            claims.Add(victims is { } v ? claim.WithVictims(v) : claim);
        }

        return claims;
    }

    /// <summary>Counts of few deaths, the most common ones, made once: a <see cref="CountEstimate"/> is immutable, so rows may share them.</summary>
    private static readonly CountEstimate[] FewExactly = [.. Enumerable.Range(0, 128).Select(CountEstimate.Exactly)];

    private static readonly CountEstimate[] FewApproximately = [.. Enumerable.Range(0, 128).Select(CountEstimate.Approximately)];

    private static CountEstimate Exactly(int n) => (uint)n < (uint)FewExactly.Length ? FewExactly[n] : CountEstimate.Exactly(n);

    private static CountEstimate Approximately(int n) => (uint)n < (uint)FewApproximately.Length ? FewApproximately[n] : CountEstimate.Approximately(n);

    private static readonly string[] DeathColumns = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"];

    private static Claimant DatasetClaimant { get; } = Claimant.BySource(new SourceId(DatasetSourceId));

    private static Actor CivilianActor(Shared? shared, List<Actor> actors)
    {
        var actor = shared.Use(new Actor(new ActorId("ucdp-actor:civilians"), new LocalizedName("Civilians"), ActorKind.UnnamedGroup).WithCategory(ConflictCategory.Civilians));
        actors.Add(actor);
        return actor;
    }

    /// <summary>A name as an id: ASCII letters and digits kept (lower case), anything else a '-', then a hash of the exact name so different names never meet.</summary>
    internal static string Slug(string name)
    {
        var text = new StringBuilder(48);
        foreach (var c in name)
        {
            if (text.Length == 48)
            {
                break;
            }

            text.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        uint hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return (text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) ? text.ToString() : "x" + text) + "." + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private sealed record RowPart(Engagement Engagement, List<Actor> Actors, List<Location> Locations, List<Source> Sources, List<SourceAttribution> Attributions, List<Claim> Claims);

    /// <summary>Actors and places already met in earlier rows: a row uses the first version of each, so rows share them.</summary>
    internal sealed class Shared
    {
        // Every row's UCDP id (8 bytes and the set's slot a row), so that a repeated id is renamed
        // rather than merged away: "ucdp-ged:123-2", then "-3", …; the external id stays UCDP's.
        private readonly HashSet<long> _ids = [];
        private HashSet<string>? _renamed;

        public Dictionary<ActorId, Actor> Actors { get; } = [];

        /// <summary>The prefix of a row's ids: <paramref name="prefix"/>, or it with <c>-2</c>, <c>-3</c>, … when an earlier row had the same UCDP id.</summary>
        public string UniquePrefix(long id, string prefix)
        {
            if (_ids.Add(id))
            {
                return prefix;
            }

            _renamed ??= new(StringComparer.Ordinal);
            for (var n = 2; ; n++)
            {
                var candidate = prefix + "-" + n.ToString(CultureInfo.InvariantCulture);
                if (_renamed.Add(candidate))
                {
                    return candidate;
                }
            }
        }

        public Dictionary<LocationId, Location> Locations { get; } = [];

        /// <summary>Gets the side actors already met, by UCDP's actor number (<c>side_a_new_id</c>, <c>side_b_new_id</c>).</summary>
        public Dictionary<long, Actor> ActorsByNumber { get; } = [];

        /// <summary>Gets the countries already met, by Gleditsch–Ward number.</summary>
        public Dictionary<long, Location> CountriesByNumber { get; } = [];

        /// <summary>Gets the divisions already met, by their parent's id, level and name as written.</summary>
        public Dictionary<(string? Parent, int Level, string Name), Location> Divisions { get; } = [];

        /// <summary>Gets the times already made, by first and last day (rows and sources share few dates); cleared when full.</summary>
        public Dictionary<(NodaTime.LocalDate Start, NodaTime.LocalDate End), ReportedTime> Times { get; } = [];

        /// <summary>Gets the dataset fields already made, by column and text (<c>region</c>, <c>low</c>, … repeat); cleared when full.</summary>
        public Dictionary<(string Column, string Text), DatasetField> Fields { get; } = [];

        /// <summary>Gets the conflict and dyad ids already made, by scheme and number; cleared when full.</summary>
        public Dictionary<(string Scheme, long Value), ExternalId> Ids { get; } = [];

        /// <summary>Empties a table of immutable values made from a row's text when it holds as many as it may: only their sharing is lost, never a value.</summary>
        public static void MakeRoom<TKey, TValue>(Dictionary<TKey, TValue> table)
            where TKey : notnull
        {
            if (table.Count >= MaxRemembered)
            {
                table.Clear();
            }
        }

        private const int MaxRemembered = 1 << 12;

        /// <summary>Gets the slugs of names already met (names repeat across rows far more than they differ).</summary>
        public Dictionary<string, string> Slugs { get; } = new(StringComparer.Ordinal);
    }

    private static string Slug(this Shared? shared, string name)
    {
        if (shared is null)
        {
            return Slug(name);
        }

        if (!shared.Slugs.TryGetValue(name, out var slug))
        {
            shared.Slugs[name] = slug = Slug(name);
        }

        return slug;
    }

    private static ReportedTime Time(this Shared? shared, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        if (shared is null || !shared.Times.TryGetValue((start, end), out var time))
        {
            time = start == end ? ReportedTime.OnDate(start) : ReportedTime.Between(start, end);
            if (shared is not null)
            {
                Shared.MakeRoom(shared.Times);
                shared.Times[(start, end)] = time;
            }
        }

        return time;
    }

    private static DatasetField Field(this Shared? shared, string column, string text)
    {
        if (shared is null || !shared.Fields.TryGetValue((column, text), out var field))
        {
            field = new DatasetField(UcdpGedExport.Dataset, column, text);
            if (shared is not null)
            {
                Shared.MakeRoom(shared.Fields);
                shared.Fields[(column, text)] = field;
            }
        }

        return field;
    }

    private static Actor Use(this Shared? shared, Actor actor)
    {
        if (shared is null)
        {
            return actor;
        }

        if (shared.Actors.TryGetValue(actor.Id, out var existing))
        {
            return existing;
        }

        shared.Actors[actor.Id] = actor;
        return actor;
    }

    private static Location Use(this Shared? shared, Location location)
    {
        if (shared is null)
        {
            return location;
        }

        if (shared.Locations.TryGetValue(location.Id, out var existing))
        {
            return existing;
        }

        shared.Locations[location.Id] = location;
        return location;
    }
}
