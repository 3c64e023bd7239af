using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// A small report, built by hand, in which every part fits: it validates with no issue at all.
/// Tests change one thing in it and look for the issue that change must (or must not) cause.
/// The text starts with a flag emoji (two code points, four UTF-16 units), so positions in code
/// points and in UTF-16 units differ for every quote.
/// </summary>
internal static class ValidationFixture
{
    // Indexes of the entities, to write expected paths.
    public const int Article = 0;
    public const int Fama = 0, Jnim = 1, AlQaeda = 2, Dembele = 3;
    public const int Mali = 0, KayesRegion = 1, Kayes = 2, Diboli = 3;
    public const int Campaign = 0, KayesAttack = 1;
    public const int CasualtyIndex = 0, ControlIndex = 1, ResponsibilityIndex = 2, OutcomeIndex = 3, MaterielIndex = 4, TollIndex = 5;
    public const int AttackAttribution = 0, ArmyAttribution = 1, JnimAttribution = 2, TollAttribution = 3;
    public const int BinoliMention = 0, KayesMention = 1;

    public const string ArticleText =
        "🇲🇱 Bamako — On Tuesday morning, JNIM fighters attacked Kayes. The army said more than 80 militants were neutralised "
        + "and weapons were recovered. JNIM said it seized the town. Another assault resulted in at least 30 soldiers' deaths. "
        + "Residents of Binoli reported gunfire.";

    public static readonly LocalDate EventDate = new(2025, 7, 1);

    public static SourceId ArticleId { get; } = new("article");

    public static ConflictReport Report { get; } = Build();

    public static ActorId A(string id) => new(id);

    public static LocationId L(string id) => new(id);

    public static EngagementId E(string id) => new(id);

    public static AttributionId At(string id) => new(id);

    public static ImmutableArray<AttributionId> Attributions(params string[] ids) => ids.Select(At).ToImmutableArray();

    public static ImmutableArray<EntityReference> About(params EngagementId[] ids) => ids.Select(EntityReference.To).ToImmutableArray();

    public static Source ArticleSource(string? text = ArticleText, ReportedTime? published = null, Sha256Digest? digest = null)
        => new Source(
            ArticleId,
            SourceKind.NewsArticle)
        .WithTitle("Jihadists attack seven towns in western Mali")
        .WithPublisher("Example News")
        .WithLanguage(LanguageTag.English)
        .WithPublished(published ?? ReportedTime.OnDate(new LocalDate(2025, 7, 2)))
        .WithText(text, digest);

    private static Source WithText(this Source source, string? text, Sha256Digest? digest)
        => text is null ? source.WithTextSha256(digest) : source.WithText(text).WithTextSha256(digest ?? Sha256Digest.Of(text));

    public static Actor Actor(string id, string name, ActorKind kind = ActorKind.Organisation, Iso3166Code? country = null, params Affiliation[] affiliations)
        => new Actor(A(id), new LocalizedName(name), kind).WithCountry(country).WithAffiliations([.. affiliations]);

    public static Location Location(
        string id,
        LocationKind kind,
        string? parent = null,
        string? iso = null,
        GeoPoint? point = null,
        PlacePrecision? precision = null,
        params string[] alternateNames)
        => new Location(
            L(id),
            new LocalizedName(Capitalise(id)),
            kind)
        .WithAlternateNames([.. alternateNames.Select(n => new LocalizedName(n))])
        .WithParent(parent is null ? null : L(parent))
        .WithIsoCode(iso is null ? null : new Iso3166Code(iso))
        .WithPoint(point)
        .WithPrecision(precision);

    public static Engagement CampaignEngagement(
        EngagementScope scope = EngagementScope.Campaign,
        ReportedTime? time = null,
        string? campaign = null,
        ImmutableArray<AttributionId>? attributions = null)
        => new Engagement(
            E("western-mali-attacks"),
            EventType.Battles)
        .WithScope(scope)
        .WithTime(time ?? ReportedTime.OnDate(EventDate))
        .WithLocations([L("mali")])
        .WithParticipants([new Participant(A("jnim"), ParticipantRole.Attacker)])
        .WithCampaign(campaign is null ? null : E(campaign))
        .WithAttributions(attributions ?? Attributions("a-attack"));

    public static Engagement KayesEngagement(
        ReportedTime? time = null,
        ImmutableArray<LocationId>? locations = null,
        string? campaign = "western-mali-attacks",
        string participant = "jnim",
        ImmutableArray<AttributionId>? attributions = null)
        => new Engagement(
            E("kayes-attack"),
            EventType.Battles)
        .WithScope(EngagementScope.Event)
        .WithSubType(SubEventType.ArmedClash)
        .WithTime(time ?? ReportedTime.OnDate(EventDate).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred))
        .WithLocations(locations ?? [L("kayes")])
        .WithParticipants([new Participant(A(participant), ParticipantRole.Attacker), new Participant(A("fama"), ParticipantRole.Defender)])
        .WithCampaign(campaign is null ? null : E(campaign))
        .WithAttributions(attributions ?? Attributions("a-attack"));

    public static SourceAttribution Attribution(
        string id,
        string quote,
        QuoteMode mode = QuoteMode.OwnStatement,
        StatementChannel channel = StatementChannel.SourceItself,
        string? speaker = null,
        ReportedTime? statedAt = null,
        SourceId? source = null)
        => new SourceAttribution(At(id), source ?? ArticleId, TextSpan.Locate(ArticleText, quote), mode, channel).WithSpeaker(speaker is null ? null : A(speaker)).WithStatedAt(statedAt);

    public static SourceAttribution AttributionWithSpan(int index, TextSpan span)
    {
        var a = Report.Attributions[index];
        return new SourceAttribution(a.Id, a.Source, span, a.Mode, a.Channel).WithSpeaker(a.Speaker).WithStatedAt(a.StatedAt).WithGrade(a.Grade);
    }

    public static SourceAttribution AttributionStatedAt(int index, ReportedTime? statedAt)
    {
        var a = Report.Attributions[index];
        return new SourceAttribution(a.Id, a.Source, a.Quote, a.Mode, a.Channel).WithSpeaker(a.Speaker).WithStatedAt(statedAt).WithGrade(a.Grade);
    }

    public static Mention Mention(string id, EntityReference entity, string printed, ResolutionConfidence? confidence = null, SourceId? source = null)
        => new Mention(new MentionId(id), entity, source ?? ArticleId, TextSpan.Locate(ArticleText, printed)).WithConfidence(confidence).WithRationale(confidence is null ? null : "Binoli is very likely Diboli, on the Senegal border.");

    public static ConflictReport WithActor(this ConflictReport report, int index, Actor actor) => report.WithActors(report.Actors.SetItem(index, actor));

    public static ConflictReport WithLocation(this ConflictReport report, int index, Location location) => report.WithLocations(report.Locations.SetItem(index, location));

    public static ConflictReport WithEngagement(this ConflictReport report, int index, Engagement engagement) => report.WithEngagements(report.Engagements.SetItem(index, engagement));

    public static ConflictReport WithClaim(this ConflictReport report, int index, Claim claim) => report.WithClaims(report.Claims.SetItem(index, claim));

    public static ConflictReport WithAttribution(this ConflictReport report, int index, SourceAttribution attribution) => report.WithAttributions(report.Attributions.SetItem(index, attribution));

    public static ConflictReport WithMention(this ConflictReport report, int index, Mention mention) => report.WithMentions(report.Mentions.SetItem(index, mention));

    public static ConflictReport WithSource(this ConflictReport report, int index, Source source) => report.WithSources(report.Sources.SetItem(index, source));

    private static string Capitalise(string id) => char.ToUpperInvariant(id[0]) + id[1..];

    private static ConflictReport Build()
    {
        var kayesAttack = E("kayes-attack");
        var jnim = A("jnim");
        var fama = A("fama");
        var article = ArticleSource();
        var onTheDay = ReportedTime.OnDate(EventDate);
        return new ConflictReport()
            .WithSources([article])
            .WithActors([
                Actor("fama", "Malian Armed Forces", country: new Iso3166Code("ML")),
                Actor("jnim", "JNIM", affiliations: new Affiliation(AffiliationKind.AffiliateOf, A("al-qaeda"))),
                Actor("al-qaeda", "al-Qaeda"),
                Actor("dembele", "Souleymane Dembele", ActorKind.Person, affiliations: new Affiliation(AffiliationKind.SpokespersonOf, fama)),
            ])
            .WithLocations([
                Location("mali", LocationKind.Country, iso: "ML", point: new GeoPoint(17.57, -3.99), precision: PlacePrecision.Country),
                Location("kayes-region", LocationKind.FirstOrderDivision, parent: "mali", iso: "ML-1"),
                Location("kayes", LocationKind.Settlement, parent: "kayes-region", point: new GeoPoint(14.45, -11.44), precision: PlacePrecision.Settlement),
                Location("diboli", LocationKind.Settlement, parent: "kayes-region"),
            ])
            .WithEngagements([CampaignEngagement(), KayesEngagement()])
            .WithClaims([
                new CasualtyClaim(new ClaimId("c-casualty"), Claimant.ByActor(fama), About(kayesAttack), CountEstimate.MoreThan(80), CasualtyOutcome.Neutralised).WithVictims(jnim).WithAttributions(Attributions("a-army")),
                new TerritorialControlClaim(new ClaimId("c-control"), Claimant.ByActor(jnim), About(kayesAttack), jnim, ControlChange.Seized, [L("kayes")], null).WithAttributions(Attributions("a-jnim")),
                new ResponsibilityClaim(new ClaimId("c-responsibility"), Claimant.ByActor(jnim), About(kayesAttack), jnim).WithAttributions(Attributions("a-jnim")),
                new OutcomeClaim(new ClaimId("c-outcome"), Claimant.ByActor(fama), About(kayesAttack), EngagementOutcome.Repelled).WithPrevailing(fama).WithAttributions(Attributions("a-army")),
                new MaterielClaim(new ClaimId("c-materiel"), Claimant.ByActor(fama), About(kayesAttack), MaterielAction.Recovered, [new MaterielItem(MaterielCategory.Weapons, "weapons")]).WithTaker(fama).WithFrom(jnim).WithAttributions(Attributions("a-army")),
                new CasualtyClaim(new ClaimId("c-toll"), Claimant.BySource(ArticleId), About(kayesAttack), CountEstimate.AtLeast(30), CasualtyOutcome.Killed).WithVictims(fama).WithAttributions(Attributions("a-toll")),
            ])
            .WithAttributions([
                Attribution("a-attack", "JNIM fighters attacked Kayes"),
                Attribution("a-army", "more than 80 militants were neutralised", QuoteMode.Paraphrase, StatementChannel.Television, "dembele", onTheDay),
                Attribution("a-jnim", "JNIM said it seized the town", QuoteMode.Paraphrase, StatementChannel.SocialMedia, "jnim", onTheDay),
                Attribution("a-toll", "at least 30 soldiers' deaths"),
            ])
            .WithMentions([
                Mention("m-binoli", EntityReference.To(L("diboli")), "Binoli", ResolutionConfidence.Probable),
                Mention("m-kayes", EntityReference.To(L("kayes")), "Kayes"),
            ]);
    }
}
