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
        new Actor(ActorId.Create(id), new LocalizedName(name), kind)
            .WithAliases([.. aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => new LocalizedName(a))])
            .WithCountry(country)
            .WithExternalIds([.. externalIds]);

    public static Location Location(string id, string name, LocationKind kind, Iso3166Code? isoCode, GeoPoint? point, PlacePrecision? precision, IEnumerable<ExternalId> externalIds) =>
        new Location(LocationId.Create(id), new LocalizedName(name), kind)
            .WithIsoCode(isoCode)
            .WithPoint(point)
            .WithPrecision(point is null ? null : precision)
            .WithExternalIds([.. externalIds]);

    public static Engagement Engagement(string id, EngagementScope scope, ReportedTime? time, IEnumerable<string> locations, IEnumerable<(string Actor, ParticipantRole Role)> participants, string? summary) =>
        new Engagement(EngagementId.Create(id), EventType.StrategicDevelopments)
            .WithScope(scope)
            .WithTime(time)
            .WithLocations([.. locations.Distinct(StringComparer.Ordinal).Select(LocationId.Create)])
            .WithParticipants([.. participants.Distinct().Select(p => new Participant(ActorId.Create(p.Actor), p.Role))])
            .WithSummary(summary);

    public static Source Source(string id, string? title, LanguageTag? language, ReportedTime? published, Uri? url) =>
        new Source(SourceId.Create(id), SourceKind.Report)
            .WithTitle(title)
            .WithLanguage(language)
            .WithPublished(published)
            .WithUrl(url);

    public static ConflictReport Merge(ConflictReport own, IEnumerable<Source> sources, IEnumerable<Actor> actors, IEnumerable<Location> locations, IEnumerable<Engagement> engagements) =>
        own.WithSources([.. own.Sources, .. sources])
            .WithActors([.. own.Actors, .. actors])
            .WithLocations([.. own.Locations, .. locations])
            .WithEngagements([.. own.Engagements, .. engagements]);
}
