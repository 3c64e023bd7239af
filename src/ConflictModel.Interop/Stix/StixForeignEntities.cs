using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// Every construction of a model entity from a foreign STIX object, in one place: what the reader
/// decided, handed to the model's constructors (which validate it again).
/// </summary>
internal static class StixForeignEntities
{
    public static Actor Actor(string id, string name, ActorKind kind, IEnumerable<string> aliases, Iso3166Code? country, IEnumerable<ExternalId> externalIds) =>
        new(ActorId.Create(id), new LocalizedName(name), kind,
            aliases: [.. aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => new LocalizedName(a))],
            country: country,
            externalIds: [.. externalIds]);

    public static Location Location(string id, string name, LocationKind kind, Iso3166Code? isoCode, GeoPoint? point, PlacePrecision? precision, IEnumerable<ExternalId> externalIds) =>
        new(LocationId.Create(id), new LocalizedName(name), kind,
            isoCode: isoCode,
            point: point,
            precision: point is null ? null : precision,
            externalIds: [.. externalIds]);

    public static Engagement Engagement(string id, EngagementScope scope, ReportedTime? time, IEnumerable<string> locations, IEnumerable<(string Actor, ParticipantRole Role)> participants, string? summary) =>
        new(EngagementId.Create(id), EventType.StrategicDevelopments, scope,
            time: time,
            locations: [.. locations.Distinct(StringComparer.Ordinal).Select(LocationId.Create)],
            participants: [.. participants.Distinct().Select(p => new Participant(ActorId.Create(p.Actor), p.Role))],
            summary: summary);

    public static Source Source(string id, string? title, LanguageTag? language, ReportedTime? published, Uri? url) =>
        new(SourceId.Create(id), SourceKind.Report, title: title, language: language, published: published, url: url);

    public static ConflictReport Merge(ConflictReport own, IEnumerable<Source> sources, IEnumerable<Actor> actors, IEnumerable<Location> locations, IEnumerable<Engagement> engagements) =>
        own.WithSources([.. own.Sources, .. sources])
            .WithActors([.. own.Actors, .. actors])
            .WithLocations([.. own.Locations, .. locations])
            .WithEngagements([.. own.Engagements, .. engagements]);
}
