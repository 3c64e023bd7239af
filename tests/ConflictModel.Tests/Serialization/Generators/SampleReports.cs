using System.Collections.Immutable;
using NodaTime;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>
/// Hand-built reports for snapshot and format tests: part of the western Mali attacks of
/// 1 July 2025, modelled from the article's own sentences, with one claim of every kind.
/// </summary>
/// <remarks>
/// The complete, reviewed model of the article is the fixtures package's; this is a sample of it.
/// External ids use the scheme "example": they are placeholders, not real dataset ids.
/// </remarks>
public static class SampleReports
{
    /// <summary>Sentences of the article, kept as printed (curly quotes, "Binoli", "Africom").</summary>
    public const string ArticleExcerpt =
        "On Tuesday morning, the Mali military reported that it successfully repelled these incursions, asserting that more than 80 militants were “neutralised.” However, details regarding potential military casualties remain undisclosed.\n"
        + "The group claiming responsibility for the onslaught, Jama'at Nusrat al-Islam wal Muslimin (JNIM), an affiliate of al-Qaeda, asserts it has seized control of three army barracks during the attacks.\n"
        + "The military actions spanned across seven towns, including Binoli, Kayes, and Sandere, situated near the Senegal border.\n"
        + "JNIM characterized the attack as “coordinated and high quality” in a social media statement, yet did not specify casualty figures.\n"
        + "General Michael Langley, commander of Africom, deemed the situation in countries like Mali, Nigeria, and the Lake Chad Basin deeply troubling during a press conference in May.";

    private static readonly SourceId Article = new("mali-article");
    private static readonly ActorId Jnim = new("jnim");
    private static readonly ActorId AlQaeda = new("al-qaeda");
    private static readonly ActorId Fama = new("mali-armed-forces");
    private static readonly ActorId Langley = new("michael-langley");
    private static readonly ActorId Africom = new("africom");
    private static readonly LocationId Mali = new("mali");
    private static readonly LocationId Kayes = new("kayes");
    private static readonly LocationId Diboli = new("diboli");
    private static readonly EngagementId Attacks = new("western-mali-attacks");

    /// <summary>Gets the sample of the western Mali attacks.</summary>
    public static ConflictReport WesternMaliAttacks { get; } = BuildWesternMaliAttacks();

    private static ConflictReport BuildWesternMaliAttacks()
    {
        var attacks = EntityReference.To(Attacks);
        var source = new Source(
            Article,
            SourceKind.NewsArticle)
            .WithTitle("Jihadist Attacks Surge Across Mali, Targeting Military Installations")
            .WithLanguage(LanguageTag.English)
            .WithUrl(new System.Uri("https://example.org/news/mali-attacks")).WithText(ArticleExcerpt);

        var tuesdayMorning = ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred);
        SourceAttribution Quote(string id, string exact, QuoteMode mode, StatementChannel channel, ActorId? speaker = null, ReportedTime? statedAt = null)
            => new SourceAttribution(new AttributionId(id), Article, TextSpan.Locate(ArticleExcerpt, exact), mode, channel).WithSpeaker(speaker).WithStatedAt(statedAt).WithGrade(new AdmiraltyGrade(SourceReliability.UsuallyReliable, InformationCredibility.PossiblyTrue));

        ImmutableArray<SourceAttribution> attributions =
        [
            Quote("a-repelled", "the Mali military reported that it successfully repelled these incursions", QuoteMode.Paraphrase, StatementChannel.Unspecified, Fama, tuesdayMorning),
            Quote("a-neutralised", "more than 80 militants were “neutralised.”", QuoteMode.Paraphrase, StatementChannel.Unspecified, Fama, tuesdayMorning),
            Quote("a-undisclosed", "details regarding potential military casualties remain undisclosed", QuoteMode.OwnStatement, StatementChannel.SourceItself),
            Quote("a-barracks", "asserts it has seized control of three army barracks", QuoteMode.Paraphrase, StatementChannel.Unspecified, Jnim),
            Quote("a-responsibility", "The group claiming responsibility for the onslaught", QuoteMode.OwnStatement, StatementChannel.SourceItself),
            Quote("a-affiliate", "Jama'at Nusrat al-Islam wal Muslimin (JNIM), an affiliate of al-Qaeda", QuoteMode.OwnStatement, StatementChannel.SourceItself),
            Quote("a-seven-towns", "The military actions spanned across seven towns", QuoteMode.OwnStatement, StatementChannel.SourceItself),
            Quote("a-characterised", "JNIM characterized the attack as “coordinated and high quality” in a social media statement", QuoteMode.Paraphrase, StatementChannel.SocialMedia, Jnim),
            Quote("a-troubling", "deemed the situation in countries like Mali, Nigeria, and the Lake Chad Basin deeply troubling", QuoteMode.Paraphrase, StatementChannel.PressConference, Langley, ReportedTime.InMonth(new YearMonth(2025, 5)).WithWording("in May")),
        ];

        return new ConflictReport()
            .WithSources([source])
            .WithActors([
                new Actor(Jnim, new LocalizedName("Jama'at Nusrat al-Islam wal Muslimin"), ActorKind.Organisation).WithAliases([new LocalizedName("JNIM")]).WithCategory(ConflictCategory.RebelGroup).WithAffiliations([new Affiliation(AffiliationKind.AffiliateOf, AlQaeda).WithAttributions([new AttributionId("a-affiliate")])]).WithExternalIds([new ExternalId("example", "sample-jnim")]),
                new Actor(AlQaeda, new LocalizedName("al-Qaeda"), ActorKind.Organisation),
                new Actor(Fama, new LocalizedName("Forces Armées Maliennes", new LanguageTag("fr")), ActorKind.Organisation).WithAliases([new LocalizedName("Mali military", LanguageTag.English)]).WithCategory(ConflictCategory.StateForces).WithCountry(new Iso3166Code("ML")),
                new Actor(Langley, new LocalizedName("Michael Langley"), ActorKind.Person).WithAffiliations([new Affiliation(AffiliationKind.CommanderOf, Africom)]),
                new Actor(Africom, new LocalizedName("United States Africa Command"), ActorKind.Organisation).WithAliases([new LocalizedName("Africom")]).WithCategory(ConflictCategory.ExternalOrOtherForces).WithCountry(new Iso3166Code("US")),
            ])
            .WithLocations([
                new Location(Mali, new LocalizedName("Mali"), LocationKind.Country).WithIsoCode(new Iso3166Code("ML")),
                new Location(Kayes, new LocalizedName("Kayes"), LocationKind.Settlement).WithParent(Mali).WithPoint(new GeoPoint(14.4469, -11.4456)).WithPrecision(PlacePrecision.Settlement),
                new Location(Diboli, new LocalizedName("Diboli"), LocationKind.Settlement).WithParent(Mali),
            ])
            .WithEngagements([
                new Engagement(
                    Attacks,
                    EventType.Battles)
                    .WithScope(EngagementScope.Campaign)
                    .WithSubType(SubEventType.ArmedClash)
                    .WithTime(tuesdayMorning)
                    .WithLocations([Kayes, Diboli])
                    .WithParticipants([new Participant(Jnim, ParticipantRole.Attacker), new Participant(Fama, ParticipantRole.Defender)])
                    .WithAttributions([new AttributionId("a-repelled"), new AttributionId("a-seven-towns")])
                    .WithSummary("Coordinated assaults on military posts in seven towns of western Mali."),
            ])
            .WithClaims([
                new CasualtyClaim(new ClaimId("fama-neutralised"), Claimant.ByActor(Fama), [attacks], CountEstimate.MoreThan(80).WithWording("more than 80").WithCounted("militants"), CasualtyOutcome.Neutralised).WithVictims(Jnim).WithAttributions([new AttributionId("a-neutralised")]),
                new CasualtyClaim(new ClaimId("military-casualties"), Claimant.BySource(Article), [attacks], CountEstimate.Undisclosed.WithWording("remain undisclosed").WithCounted("potential military casualties"), CasualtyOutcome.KilledOrWounded).WithVictims(Fama).WithAttributions([new AttributionId("a-undisclosed")]),
                new TerritorialControlClaim(new ClaimId("jnim-barracks"), Claimant.ByActor(Jnim), [attacks], Jnim, ControlChange.Seized, [], CountEstimate.Exactly(3).WithWording("three army barracks").WithCounted("army barracks")).WithAttributions([new AttributionId("a-barracks")]).WithStatus(ClaimStatus.Disputed),
                new ResponsibilityClaim(new ClaimId("jnim-responsibility"), Claimant.ByActor(Jnim), [attacks], Jnim).WithAttributions([new AttributionId("a-responsibility")]),
                new OutcomeClaim(new ClaimId("fama-repelled"), Claimant.ByActor(Fama), [attacks], EngagementOutcome.Repelled).WithPrevailing(Fama).WithAttributions([new AttributionId("a-repelled")]),
                new MaterielClaim(new ClaimId("fama-recovered"), Claimant.ByActor(Fama), [attacks], MaterielAction.Recovered, [new MaterielItem(MaterielCategory.Weapons, "weapons"), new MaterielItem(MaterielCategory.Vehicles, "vehicles"), new MaterielItem(MaterielCategory.Motorcycles, "motorcycles")]).WithTaker(Fama).WithFrom(Jnim),
                new CharacterisationClaim(new ClaimId("jnim-characterisation"), Claimant.ByActor(Jnim), [attacks], "coordinated and high quality").WithAttributions([new AttributionId("a-characterised")]),
                new AssessmentClaim(new ClaimId("africom-troubling"), Claimant.ByActor(Langley), [EntityReference.To(Mali)], "deeply troubling").WithAttributions([new AttributionId("a-troubling")]),
                new ExtentClaim(new ClaimId("seven-towns"), Claimant.BySource(Article), [attacks], CountEstimate.Exactly(7).WithWording("seven towns").WithCounted("towns")).WithAttributions([new AttributionId("a-seven-towns")]),
            ])
            .WithAttributions(attributions)
            .WithMentions([
                new Mention(new MentionId("m-binoli"), EntityReference.To(Diboli), Article, TextSpan.Locate(ArticleExcerpt, "Binoli")).WithConfidence(ResolutionConfidence.Probable).WithRationale("No town Binoli is known near the Senegal border; Diboli is."),
                new Mention(new MentionId("m-kayes"), EntityReference.To(Kayes), Article, TextSpan.Locate(ArticleExcerpt, "Kayes")).WithConfidence(ResolutionConfidence.Certain),
                new Mention(new MentionId("m-africom"), EntityReference.To(Africom), Article, TextSpan.Locate(ArticleExcerpt, "Africom")),
            ]);
    }
}
