using System;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NodaTime;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>
/// CsCheck generators of valid model values and whole reports: every qualifier of a count
/// estimate, every form of reported time (zoned included), every kind of claim, text with JSON
/// escapes and characters outside the Basic Multilingual Plane. References between entities are
/// not made to resolve: the generators serve serialization, which does not validate reports.
/// </summary>
public static class ModelGenerators
{
    private const string IdChars = "abcdefghijklmnopqrstuvwxyz0123456789-_.:";

    /// <summary>Pieces of text, each a whole code point or more: letters, spaces, escapes, accents, an emoji (a surrogate pair), HTML-sensitive characters.</summary>
    private static readonly string[] TextPieces =
    [
        "a", "Kayes", " ", "JNIM's", "\"", "\\", "\n", "\t", "é", "Diéma", "ß", "€", "😀", "𝒳", "<", ">", "&", "'", "/", "\u00A0", "\u0001", "مالي", "100",
    ];

    private static readonly string[] Zones = ["Africa/Bamako", "Africa/Dakar", "Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC"];

    public static Gen<string> Text { get; } =
        Gen.Select(Gen.Char["ABCXYZabcxyz"], Gen.OneOf(TextPieces).Array[0, 6], (first, rest) => first + string.Concat(rest));

    public static Gen<string> IdText { get; } =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], Gen.Char[IdChars].Array[0, 16], (first, rest) => first + new string(rest));

    public static Gen<LanguageTag> Language { get; } = Gen.OneOf("en", "fr", "fr-ML", "ar", "bm", "en-Latn-US").Select(text => new LanguageTag(text));

    public static Gen<Iso3166Code> Country { get; } = Gen.OneOf("ML", "SN", "NG", "US", "FR").Select(text => new Iso3166Code(text));

    public static Gen<Iso3166Code> IsoCode { get; } = Gen.OneOf("ML", "ML-1", "ML-BKO", "SN-TC").Select(text => new Iso3166Code(text));

    public static Gen<LocalizedName> Name { get; } = Gen.Select(Text, Language.Nullable(), (text, language) => new LocalizedName(text, language));

    public static Gen<ExternalId> ExternalId { get; } =
        Gen.Select(Gen.OneOf(ConflictModel.ExternalId.Wikidata, ConflictModel.ExternalId.Acled, ConflictModel.ExternalId.Ucdp, ConflictModel.ExternalId.GeoNames, "x-local"), Text, (scheme, value) => new ConflictModel.ExternalId(scheme, value));

    public static Gen<DatasetField> DatasetField { get; } =
        Gen.Select(Gen.OneOf("acled", "ucdp-ged", "x-local"), Text, Gen.OneOf(Text, Gen.Const(string.Empty)), (dataset, name, value) => new ConflictModel.DatasetField(dataset, name, value));

    /// <summary>Gets the external ids and dataset fields an imported entity may carry; mostly none.</summary>
    private static Gen<(ImmutableArray<ExternalId> ExternalIds, ImmutableArray<DatasetField> DatasetFields)> Extras { get; } =
        Gen.Select(ImmutableArrayOf(ExternalId, 2), ImmutableArrayOf(DatasetField, 3), (ids, fields) => (ids, fields));

    public static Gen<CountEstimate> Count { get; } =
        Gen.Select(
            Gen.OneOf(
                Gen.Int[0, int.MaxValue].Select(CountEstimate.Exactly),
                Gen.Int[0, 1000].Select(CountEstimate.AtLeast),
                Gen.Int[0, int.MaxValue - 1].Select(CountEstimate.MoreThan),
                Gen.Int[0, 1000].Select(CountEstimate.AtMost),
                Gen.Int[1, int.MaxValue].Select(CountEstimate.FewerThan),
                Gen.Int[0, 1000].Select(CountEstimate.Approximately),
                Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 1000], (min, width) => CountEstimate.Between(min, min + width)),
                Gen.Const(CountEstimate.Unknown),
                Gen.Const(CountEstimate.Undisclosed)),
            Text.Null(),
            Text.Null(),
            (estimate, wording, counted) => estimate.WithWording(wording).WithCounted(counted));

    public static Gen<LocalDate> Date { get; } = Gen.Int[-100_000, 100_000].Select(days => new LocalDate(2000, 1, 1).PlusDays(days));

    public static Gen<ReportedTime> Time { get; } =
        Gen.Select(
            Gen.OneOf(
                Gen.Long[-2_000_000_000_000_000L, 2_000_000_000_000_000L].Select(ticks => ReportedTime.At(Instant.FromUnixTimeTicks(ticks))),
                Gen.Select(Date, Gen.Long[0, (NodaConstants.TicksPerDay / NodaConstants.TicksPerSecond) - 1], Gen.Bool, Gen.OneOf(Zones), ZonedTime),
                Gen.Select(Date, Gen.Enum<PartOfDay>().Nullable(), (date, part) => ReportedTime.OnDate(date).WithPartOfDay(part)),
                Gen.Select(Date, Gen.Int[0, 400], (start, days) => ReportedTime.Between(start, start.PlusDays(days))),
                Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], (year, month) => ReportedTime.InMonth(new YearMonth(year, month))),
                Gen.Int[1, 9999].Select(ReportedTime.InYear)),
            Text.Null(),
            Gen.Enum<TimeBasis>(),
            (time, wording, basis) => time.WithWording(wording).WithBasis(basis));

    public static Gen<TextSpan> Span { get; } =
        Gen.Select(Gen.Int[0, 100_000], Text, Text.Null(), Text.Null(), (start, exact, prefix, suffix) => new TextSpan(start, start + CodePoints.Count(exact), exact, prefix, suffix));

    public static Gen<GeoPoint> Point { get; } =
        Gen.Select(
            Gen.OneOf(Gen.Double[-90, 90], Gen.OneOf(-90.0, 90.0, 0.0, 14.4469, 1e-7)),
            Gen.OneOf(Gen.Double[-180, 180], Gen.OneOf(-180.0, 180.0, -11.4456, 123.456789012345)),
            (latitude, longitude) => new GeoPoint(latitude, longitude));

    public static Gen<Uri> Url { get; } =
        Gen.OneOf("https://example.org/mali", "https://example.org/actualités/2025?a=1&b=2", "http://example.com:8080/a%20b#frag", "urn:isbn:0451450523")
            .Select(text => new Uri(text, UriKind.Absolute));

    public static Gen<Source> Source { get; } =
        Gen.Select(
            Id("source-", ConflictModel.SourceId.Create),
            Gen.Enum<SourceKind>(),
            Text.Null(),
            Text.Null(),
            Language.Nullable(),
            Time.Null(),
            Url.Null(),
            Gen.OneOf(Gen.Const(0), Gen.Const(1), Gen.Const(2)),
            Text,
            Extras,
            (id, kind, title, publisher, language, published, url, textMode, text, extras) =>
            {
                var source = new ConflictModel.Source(id, kind).WithExternalIds(extras.ExternalIds).WithDatasetFields(extras.DatasetFields).WithTitle(title).WithPublisher(publisher).WithLanguage(language).WithPublished(published).WithUrl(url);
                return textMode switch
                {
                    0 => source,
                    1 => source.WithText(text),
                    _ => source.WithText(text).WithTextSha256(Sha256Digest.Of("other text")),
                };
            });

    public static Gen<Actor> Actor { get; } =
        Gen.Select(
            Id("actor-", ActorId.Create),
            Name,
            Gen.Enum<ActorKind>(),
            ImmutableArrayOf(Name, 2),
            Gen.Enum<ConflictCategory>().Nullable(),
            Country.Nullable(),
            ImmutableArrayOf(Gen.Select(Gen.Enum<AffiliationKind>(), Id("ally-", ActorId.Create), ImmutableArrayOf(Id("attribution-", AttributionId.Create), 2), (kind, target, attributions) => new Affiliation(kind, target).WithAttributions(attributions)), 2),
            ImmutableArrayOf(ExternalId, 2),
            ImmutableArrayOf(DatasetField, 2),
            (id, name, kind, aliases, category, country, affiliations, externalIds, fields)
                => new ConflictModel.Actor(id, name, kind).WithAliases(aliases).WithCategory(category).WithCountry(country).WithAffiliations(affiliations).WithExternalIds(externalIds).WithDatasetFields(fields));

    public static Gen<Location> Location { get; } =
        Gen.Select(
            Id("place-", LocationId.Create),
            Name,
            Gen.Enum<LocationKind>(),
            ImmutableArrayOf(Name, 2),
            Id("region-", LocationId.Create).Nullable(),
            IsoCode.Nullable(),
            Point.Nullable(),
            Gen.Enum<PlacePrecision>().Nullable(),
            Extras,
            (id, name, kind, alternates, parent, isoCode, point, precision, extras)
                => new ConflictModel.Location(id, name, kind).WithAlternateNames(alternates).WithParent(parent).WithIsoCode(isoCode).WithPoint(point).WithPrecision(point is null ? null : precision).WithExternalIds(extras.ExternalIds).WithDatasetFields(extras.DatasetFields))
        .Select(Gen.Enum<LocationBasis>().Nullable(), (location, basis) => location.Point is null && location.ExternalIds.IsEmpty ? location : location.WithBasis(basis));

    /// <summary>Gets identifications; their actors ("believed-…") are never a participant's own ("actor-…").</summary>
    public static Gen<ActorIdentification> Identification { get; } =
        Gen.Select(
            Id("believed-", ActorId.Create),
            Gen.Enum<IdentificationBasis>(),
            ImmutableArrayOf(Id("claim-", ClaimId.Create), 2),
            (actor, basis, claims) => new ActorIdentification(actor, basis).WithClaims(claims));

    public static Gen<Engagement> Engagement { get; } =
        Gen.Select(
            Id("event-", EngagementId.Create),
            Gen.Enum<SubEventType>(),
            Gen.Bool,
            Gen.Enum<EngagementScope>(),
            Time.Null(),
            ImmutableArrayOf(Id("place-", LocationId.Create), 3),
            ImmutableArrayOf(Gen.Select(Id("actor-", ActorId.Create), Gen.Enum<ParticipantRole>(), Identification.Null(), (actor, role, identification) => new Participant(actor, role).WithIdentification(identification)), 3),
            Id("campaign-", EngagementId.Create).Nullable(),
            ImmutableArrayOf(Id("attribution-", AttributionId.Create), 3),
            Text.Null(),
            Extras,
            (id, subType, withSubType, scope, time, locations, participants, campaign, attributions, summary, extras)
                => new ConflictModel.Engagement(id, EventTaxonomy.TypeOf(subType))
                    .WithExternalIds(extras.ExternalIds)
                    .WithDatasetFields(extras.DatasetFields)
                    .WithScope(scope)
                    .WithSubType(withSubType ? subType : null)
                    .WithTime(time)
                    .WithLocations(locations)
                    .WithParticipants(participants)
                    .WithCampaign(campaign)
                    .WithAttributions(attributions)
                    .WithSummary(summary));

    public static Gen<Claimant> Claimant { get; } =
        Gen.OneOf(Id("actor-", ActorId.Create).Select(ConflictModel.Claimant.ByActor), Id("source-", ConflictModel.SourceId.Create).Select(ConflictModel.Claimant.BySource));

    public static Gen<EntityReference> Reference { get; } =
        Gen.OneOf(
            Id("actor-", ActorId.Create).Select(EntityReference.To),
            Id("place-", LocationId.Create).Select(EntityReference.To),
            Id("event-", EngagementId.Create).Select(EntityReference.To),
            Id("source-", ConflictModel.SourceId.Create).Select(EntityReference.To),
            Id("claim-", ClaimId.Create).Select(EntityReference.To));

    public static Gen<MaterielItem> MaterielItem { get; } =
        Gen.Select(Gen.Enum<MaterielCategory>(), Text.Null(), Count.Null(), (category, wording, count) => new ConflictModel.MaterielItem(category, wording, count));

    public static Gen<Claim> Claim { get; } =
        Gen.Select(
            Id("claim-", ClaimId.Create),
            Claimant,
            ImmutableArrayOf(Reference, 3, minimum: 1),
            ImmutableArrayOf(Id("attribution-", AttributionId.Create), 3),
            Gen.Enum<ClaimStatus>(),
            Gen.Int[0, 7],
            ClaimValues.Value,
            Extras,
            (id, claimant, subjects, attributions, status, kind, values, extras) => values.Build(kind, id, claimant, subjects, attributions, status, extras.ExternalIds, extras.DatasetFields));

    public static Gen<SourceAttribution> Attribution { get; } =
        Gen.Select(
            Id("attribution-", AttributionId.Create),
            Id("source-", ConflictModel.SourceId.Create),
            Span,
            Gen.Enum<QuoteMode>(),
            Gen.Enum<StatementChannel>(),
            Id("actor-", ActorId.Create).Nullable(),
            Time.Null(),
            Gen.Select(Gen.Enum<SourceReliability>(), Gen.Enum<InformationCredibility>(), (reliability, credibility) => new AdmiraltyGrade(reliability, credibility)).Nullable(),
            (id, source, quote, mode, channel, speaker, statedAt, grade)
                => new SourceAttribution(id, source, quote, mode, channel).WithSpeaker(mode == QuoteMode.OwnStatement ? null : speaker).WithStatedAt(statedAt).WithGrade(grade))
        .Select(Text.Null(), (attribution, channelWording) => attribution.WithChannelWording(channelWording));

    public static Gen<Mention> Mention { get; } =
        Gen.Select(
            Id("mention-", MentionId.Create),
            Reference,
            Id("source-", ConflictModel.SourceId.Create),
            Span,
            Gen.Enum<ResolutionConfidence>().Nullable(),
            Text.Null(),
            (id, entity, source, span, confidence, rationale) => new ConflictModel.Mention(id, entity, source, span).WithConfidence(confidence).WithRationale(rationale));

    /// <summary>Gets valid reports of up to three of each entity.</summary>
    public static Gen<ConflictReport> Report { get; } =
        Gen.Select(
            ImmutableArrayOf(Source, 2),
            ImmutableArrayOf(Actor, 3),
            ImmutableArrayOf(Location, 3),
            ImmutableArrayOf(Engagement, 3),
            ImmutableArrayOf(Claim, 4),
            ImmutableArrayOf(Attribution, 3),
            ImmutableArrayOf(Mention, 3),
            ImmutableArrayOf(DatasetField, 2),
            (sources, actors, locations, engagements, claims, attributions, mentions, fields)
                => ConflictReport.Empty.WithSources(sources).WithActors(actors).WithLocations(locations).WithEngagements(engagements).WithClaims(claims).WithAttributions(attributions).WithMentions(mentions).WithDatasetFields(fields));


    private static Gen<TId> Id<TId>(string prefix, Func<string, TId> create) => IdText.Select(text => create(prefix + text));

    private static Gen<ImmutableArray<T>> ImmutableArrayOf<T>(Gen<T> item, int maximum, int minimum = 0) => item.Array[minimum, maximum].Select(ImmutableArray.Create);

    private static ReportedTime ZonedTime(LocalDate date, long seconds, bool withFraction, string zone)
    {
        var time = LocalTime.FromSecondsSinceMidnight((int)seconds);
        if (withFraction)
        {
            time = time.PlusNanoseconds(123_456_789);
        }

        return ReportedTime.AtLocal(date + time, DateTimeZoneProviders.Tzdb[zone]);
    }

    /// <summary>The values of every kind of claim, generated together; each kind takes what it needs.</summary>
    private sealed record ClaimValues(
        CountEstimate Count,
        ActorId Actor,
        ActorId? OptionalActor,
        ImmutableArray<LocationId> Places,
        ImmutableArray<MaterielItem> Items,
        string Words,
        int Choice)
    {
        public static Gen<ClaimValues> Value { get; } =
            Gen.Select(
                ModelGenerators.Count,
                Id("actor-", ActorId.Create),
                Id("actor-", ActorId.Create).Nullable(),
                ImmutableArrayOf(Id("place-", LocationId.Create), 3),
                ImmutableArrayOf(ModelGenerators.MaterielItem, 3, minimum: 1),
                Text,
                Gen.Int[0, 1000],
                (count, actor, optionalActor, places, items, words, choice) => new ClaimValues(count, actor, optionalActor, places, items, words, choice));

        public Claim Build(int kind, ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> fields) => kind switch
        {
            0 => new CasualtyClaim(id, claimant, subjects, Count, Pick<CasualtyOutcome>()).WithVictims(OptionalActor).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
            1 => new TerritorialControlClaim(id, claimant, subjects, Actor, Pick<ControlChange>(), Places, Places.IsEmpty || Choice % 2 == 0 ? Count : null).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
            2 => new ResponsibilityClaim(id, claimant, subjects, Actor).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
            3 => new OutcomeClaim(id, claimant, subjects, Pick<EngagementOutcome>()).WithPrevailing(OptionalActor).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
            4 => new MaterielClaim(id, claimant, subjects, Pick<MaterielAction>(), Items).WithTaker(OptionalActor).WithFrom(Choice % 3 == 0 ? null : Actor).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
            5 => new CharacterisationClaim(id, claimant, subjects, Words).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
            6 => new AssessmentClaim(id, claimant, subjects, Words).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
            _ => new ExtentClaim(id, claimant, subjects, Count).WithAttributions(attributions).WithStatus(status).WithExternalIds(externalIds).WithDatasetFields(fields),
        };

        private TEnum Pick<TEnum>()
            where TEnum : struct, Enum
        {
            var values = Enum.GetValues<TEnum>();
            return values[Choice % values.Length];
        }
    }
}
