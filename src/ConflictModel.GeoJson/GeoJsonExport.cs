using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NodaTime.Text;

namespace ConflictModel.GeoJson;

/// <summary>
/// Exports a <see cref="ConflictReport"/> as one RFC 7946 GeoJSON FeatureCollection: a feature per
/// engagement, then a feature per location, in the report's order. See docs/interop/geojson.md for
/// every property.
/// </summary>
/// <remarks>
/// Positions are <c>[longitude, latitude]</c> in WGS 84, rounded to <see cref="CoordinateDecimals"/>
/// decimal places. An engagement's geometry is the point of its location (a MultiPoint when several
/// of its locations have points); it is <c>null</c> when none of its locations has a point — an
/// area known only by name is never drawn at a made-up spot. No <c>bbox</c> and no <c>crs</c> is
/// written. Not AOT-compatible: NetTopologySuite writes attribute values through reflection.
/// Stateless; safe to use from several threads.
/// </remarks>
public static class GeoJsonExport
{
    /// <summary>
    /// Decimal places kept in coordinates: 6 places are about 0.11 m at the equator, finer than any
    /// <see cref="PlacePrecision"/>, and keep the output free of binary-fraction noise.
    /// </summary>
    public const int CoordinateDecimals = 6;

    /// <summary>The media type of the output (RFC 7946 section 12).</summary>
    public const string MediaType = "application/geo+json";

    /// <summary>
    /// The value of the <c>featureType</c> property of an engagement's feature.
    /// </summary>
    public const string EngagementFeatureType = "engagement";

    /// <summary>The value of the <c>featureType</c> property of a location's feature.</summary>
    public const string LocationFeatureType = "location";

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private static readonly JsonSerializerOptions WriteOptions = CreateSerializerOptions();

    /// <summary>
    /// Builds the FeatureCollection, for .NET GIS code that works with NetTopologySuite directly.
    /// </summary>
    /// <param name="report">The report to export.</param>
    /// <returns>A new collection; its features' ids are <c>engagement/{id}</c> and <c>location/{id}</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static FeatureCollection ToFeatureCollection(ConflictReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var locations = report.Locations.ToDictionary(l => l.Id);
        // Casualty claims by the engagements they are about, so that each feature finds its own at once.
        var casualties = report.Claims.OfType<CasualtyClaim>()
            .SelectMany(c => c.Subjects.Where(s => s.Kind == EntityKind.Engagement).Select(s => s.Id).Distinct(StringComparer.Ordinal).Select(id => (Id: id, Claim: c)))
            .ToLookup(p => p.Id, p => p.Claim, StringComparer.Ordinal);
        var attributionSources = report.Attributions.ToDictionary(a => a.Id, a => a.Source);
        var collection = new FeatureCollection();
        foreach (var engagement in report.Engagements)
        {
            collection.Add(EngagementFeature(engagement, locations, casualties, attributionSources));
        }

        foreach (var location in report.Locations)
        {
            collection.Add(LocationFeature(location));
        }

        return collection;
    }

    /// <summary>Writes the report as GeoJSON (UTF-8, no byte-order mark) to a stream.</summary>
    /// <param name="report">The report to export.</param>
    /// <param name="utf8GeoJson">The stream written to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ConflictReport report, Stream utf8GeoJson)
    {
        ArgumentNullException.ThrowIfNull(utf8GeoJson);
        var collection = ToFeatureCollection(report);
        // Reflection-based serialization is banned in the AOT-checked packages; this package is
        // deliberately not one of them, because NetTopologySuite's converters need it.
#pragma warning disable RS0030
        JsonSerializer.Serialize(utf8GeoJson, collection, WriteOptions);
#pragma warning restore RS0030
    }

    /// <summary>Writes the report as a GeoJSON string.</summary>
    /// <param name="report">The report to export.</param>
    /// <returns>The GeoJSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteToString(ConflictReport report)
    {
        var collection = ToFeatureCollection(report);
#pragma warning disable RS0030 // see Write
        return JsonSerializer.Serialize(collection, WriteOptions);
#pragma warning restore RS0030
    }

    /// <summary>
    /// Serializer options that write and read this GeoJSON with NetTopologySuite: feature ids come from
    /// and go to the <c>id</c> member, no <c>bbox</c> is written, and output is indented.
    /// </summary>
    /// <returns>New options; the caller may change them.</returns>
    public static JsonSerializerOptions CreateSerializerOptions() => new()
    {
        WriteIndented = true,
        // writeGeometryBBox: false — true writes "bbox": null, which RFC 7946 does not allow.
        Converters = { new GeoJsonConverterFactory(Wgs84, false, "id") },
    };

    private static Feature EngagementFeature(
        Engagement engagement,
        Dictionary<LocationId, Location> locations,
        ILookup<string, CasualtyClaim> casualties,
        Dictionary<AttributionId, SourceId> attributionSources)
    {
        var placed = engagement.Locations
            .Select(id => locations.GetValueOrDefault(id))
            .Where(l => l?.Point is not null)
            .Select(l => l!)
            .ToArray();
        Geometry? geometry = placed.Length switch
        {
            0 => null,
            1 => Point(placed[0].Point!.Value),
            _ => Wgs84.CreateMultiPoint(placed.Select(l => Point(l.Point!.Value)).ToArray()),
        };

        // The coarsest precision among the drawn points: the geometry is no better than its worst point.
        var precision = placed.Length == 0 ? (PlacePrecision?)null : placed.Max(l => l.Precision ?? PlacePrecision.MultiCountryRegion);
        var time = engagement.Time;
        var about = casualties[engagement.Id.Value].ToArray();
        var all = CasualtyTotals.Of(about);
        var killed = CasualtyTotals.Of(about.Where(c => c.Outcome == CasualtyOutcome.Killed));

        var attributes = new AttributesTable
        {
            { "id", $"{EngagementFeatureType}/{engagement.Id.Value}" },
            { "featureType", EngagementFeatureType },
            { "engagementId", engagement.Id.Value },
            { "type", Name(engagement.Type) },
            { "subType", engagement.SubType is { } subType ? Name(subType) : null },
            { "scope", Name(engagement.Scope) },
            { "campaignId", engagement.Campaign?.Value },
            { "summary", engagement.Summary },
            { "dateFirst", time is null ? null : LocalDatePattern.Iso.Format(time.FirstDate) },
            { "dateLast", time is null ? null : LocalDatePattern.Iso.Format(time.LastDate) },
            { "dateDays", time?.DayCount },
            { "timeKind", time is null ? null : Name(time.Kind) },
            { "timeBasis", time is null ? null : Name(time.Basis) },
            { "timeWording", time?.Wording },
            { "acledTimePrecision", time?.ToAcledTimePrecision() },
            { "locationIds", engagement.Locations.Select(l => l.Value).ToArray() },
            { "placedLocationIds", placed.Select(l => l.Id.Value).ToArray() },
            { "placePrecision", precision is { } p ? Name(p) : null },
            { "acledGeoPrecision", precision?.ToAcledGeoPrecision() },
            { "actorIds", engagement.Participants.Select(p => p.Actor.Value).Distinct().ToArray() },
            { "attackerIds", engagement.Participants.Where(p => p.Role == ParticipantRole.Attacker).Select(p => p.Actor.Value).ToArray() },
            { "sourceIds", engagement.Attributions.Select(a => attributionSources.GetValueOrDefault(a).Value).Where(s => s is not null).Distinct().ToArray() },
            { "killedLow", killed.Low },
            { "killedBest", killed.Best },
            { "killedHigh", killed.High },
            { "killedClaims", killed.Claims },
            { "killedClaimants", killed.Claimants },
            { "casualtiesLow", all.Low },
            { "casualtiesBest", all.Best },
            { "casualtiesHigh", all.High },
            { "casualtyClaims", all.Claims },
            { "casualtyClaimants", all.Claimants },
            { "casualties", about.Select(CasualtyAttributes).ToArray() },
        };
        return new Feature(geometry, attributes);
    }

    private static AttributesTable CasualtyAttributes(CasualtyClaim claim) => new()
    {
        { "claimId", claim.Id.Value },
        { "claimant", ClaimantKey(claim.Claimant) },
        { "outcome", Name(claim.Outcome) },
        { "qualifier", Name(claim.Count.Qualifier) },
        { "low", claim.Count.Low },
        { "best", claim.Count.Best },
        { "high", claim.Count.High },
        { "wording", claim.Count.Wording },
        { "victimsId", claim.Victims?.Value },
        { "status", Name(claim.Status) },
    };

    private static Feature LocationFeature(Location location)
    {
        var attributes = new AttributesTable
        {
            { "id", $"{LocationFeatureType}/{location.Id.Value}" },
            { "featureType", LocationFeatureType },
            { "locationId", location.Id.Value },
            { "name", location.Name.Text },
            { "kind", Name(location.Kind) },
            { "parentId", location.Parent?.Value },
            { "isoCode", location.IsoCode?.Value },
            { "placePrecision", location.Precision is { } p ? Name(p) : null },
            { "acledGeoPrecision", location.Precision?.ToAcledGeoPrecision() },
            { "ucdpWherePrecision", location.Precision?.ToUcdpWherePrecision() },
            { "externalIds", location.ExternalIds.Select(e => $"{e.Scheme}:{e.Value}").ToArray() },
        };
        return new Feature(location.Point is { } point ? Point(point) : null, attributes);
    }

    private static Point Point(GeoPoint point) => Wgs84.CreatePoint(new Coordinate(
        Math.Round(point.Longitude, CoordinateDecimals, MidpointRounding.AwayFromZero),
        Math.Round(point.Latitude, CoordinateDecimals, MidpointRounding.AwayFromZero)));

    /// <summary>"actor:jnim" or "source:mali-article": a claimant as one filterable string.</summary>
    private static string ClaimantKey(Claimant claimant) =>
        claimant.Actor is { } actor ? $"actor:{actor.Value}" : $"source:{claimant.Source!.Value.Value}";

    /// <summary>The camelCase name the model's JSON format uses for an enum value.</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>
    /// Bounds that hold for every claim with a figure: the smallest low (only when each such claim
    /// gives a low), the largest high (likewise), and a best only when each gives the same best.
    /// </summary>
    private readonly record struct CasualtyTotals(int? Low, int? Best, int? High, int Claims, int Claimants)
    {
        public static CasualtyTotals Of(IEnumerable<CasualtyClaim> claims)
        {
            var all = claims.ToArray();
            var figured = all
                .Where(c => c.Count.Qualifier is not (EstimateQualifier.Unknown or EstimateQualifier.Undisclosed))
                .Select(c => c.Count)
                .ToArray();
            int? low = figured.Length > 0 && figured.All(c => c.Low is not null) ? figured.Min(c => c.Low) : null;
            int? high = figured.Length > 0 && figured.All(c => c.High is not null) ? figured.Max(c => c.High) : null;
            var bests = figured.Select(c => c.Best).Distinct().ToArray();
            int? best = bests is [int only] ? only : null;
            return new CasualtyTotals(low, best, high, all.Length, all.Select(c => ClaimantKey(c.Claimant)).Distinct().Count());
        }
    }
}
