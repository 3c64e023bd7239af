using NodaTime;

namespace ConflictModel.Tests.Reports;

/// <summary>
/// A small report built by hand over a short inline text: a few actors, two places, one
/// engagement, two contradicting-style claims, and the attributions and mention that tie them to
/// spans of the text. Every call builds new objects, so two reports from it are separately built.
/// </summary>
/// <remarks>
/// The span positions are counted by hand (code points; the text is ASCII, so they equal string
/// indexes): line 1 is 0–22, line 2 is 24–46, line 3 starts at 48.
/// </remarks>
internal static class SmallReport
{
    public const string Text =
        "Attacks in western Mali\n" +
        "Attacks in western Mali\n" +
        "The army said more than 80 militants were neutralised in Kayes. " +
        "JNIM said it seized three army barracks.";

    public static TextSpan HeadlineSpan => new(24, 47, "Attacks in western Mali", "Mali\n", "\nThe army");

    public static TextSpan ArmySpan => new(62, 101, "more than 80 militants were neutralised", "The army said ", " in Kayes.");

    public static TextSpan JnimSpan => new(125, 151, "seized three army barracks", "JNIM said it ", ".");

    public static TextSpan KayesSpan => new(105, 110, "Kayes", "neutralised in ", ".");

    public static ConflictReport Build()
    {
        var article = new SourceId("article");
        var fama = new ActorId("fama");
        var jnim = new ActorId("jnim");
        var spokesperson = new ActorId("army-spokesperson");
        var mali = new LocationId("mali");
        var kayes = new LocationId("kayes");
        var attack = new EngagementId("kayes-attack");

        Source[] sources =
        [
            new Source(article, SourceKind.NewsArticle).WithTitle("Attacks in western Mali").WithPublisher("The Paper").WithLanguage(LanguageTag.English).WithText(Text),
        ];
        Actor[] actors =
        [
            new Actor(fama, new LocalizedName("Malian Armed Forces"), ActorKind.Organisation).WithAliases([new LocalizedName("FAMa", LanguageTag.French)]).WithCategory(ConflictCategory.StateForces).WithCountry(new Iso3166Code("ML")),
            new Actor(jnim, new LocalizedName("JNIM"), ActorKind.Organisation).WithCategory(ConflictCategory.RebelGroup).WithAffiliations([new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda"))]),
            new Actor(new ActorId("al-qaeda"), new LocalizedName("al-Qaeda"), ActorKind.Organisation),
            new Actor(spokesperson, new LocalizedName("army spokesperson"), ActorKind.UnnamedPerson).WithAffiliations([new Affiliation(AffiliationKind.SpokespersonOf, fama)]),
        ];
        Location[] locations =
        [
            new Location(mali, new LocalizedName("Mali"), LocationKind.Country).WithIsoCode(new Iso3166Code("ML")),
            new Location(kayes, new LocalizedName("Kayes"), LocationKind.Settlement).WithParent(mali).WithPoint(new GeoPoint(14.4469, -11.4445)).WithPrecision(PlacePrecision.Settlement),
        ];
        Engagement[] engagements =
        [
            new Engagement(
                attack,
                EventType.Battles)
                .WithSubType(SubEventType.ArmedClash)
                .WithTime(ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithPartOfDay(PartOfDay.Morning).WithBasis(TimeBasis.Inferred))
                .WithLocations([kayes])
                .WithParticipants([new Participant(jnim, ParticipantRole.Attacker), new Participant(fama, ParticipantRole.Defender)])
                .WithAttributions([new AttributionId("headline")]),
        ];
        Claim[] claims =
        [
            new CasualtyClaim(
                new ClaimId("militants-neutralised"),
                Claimant.ByActor(fama),
                [EntityReference.To(attack)],
                CountEstimate.MoreThan(80).WithCounted("militants").WithWording("more than 80"),
                CasualtyOutcome.Neutralised)
                .WithVictims(jnim)
                .WithAttributions([new AttributionId("army-statement")]),
            new TerritorialControlClaim(
                new ClaimId("barracks-seized"),
                Claimant.ByActor(jnim),
                [EntityReference.To(attack)],
                jnim,
                ControlChange.Seized,
                [],
                CountEstimate.Exactly(3).WithCounted("army barracks").WithWording("three"))
                .WithAttributions([new AttributionId("jnim-statement")]),
        ];
        SourceAttribution[] attributions =
        [
            new SourceAttribution(new AttributionId("headline"), article, HeadlineSpan, QuoteMode.OwnStatement, StatementChannel.SourceItself),
            new SourceAttribution(new AttributionId("army-statement"), article, ArmySpan, QuoteMode.Paraphrase, StatementChannel.Unspecified).WithSpeaker(spokesperson).WithGrade(AdmiraltyGrade.Parse("B3")),
            new SourceAttribution(new AttributionId("jnim-statement"), article, JnimSpan, QuoteMode.Paraphrase, StatementChannel.Unspecified).WithSpeaker(jnim),
        ];
        Mention[] mentions =
        [
            new Mention(new MentionId("mention-kayes"), EntityReference.To(kayes), article, KayesSpan),
        ];

        return new ConflictReport().WithSources([.. sources]).WithActors([.. actors]).WithLocations([.. locations]).WithEngagements([.. engagements]).WithClaims([.. claims]).WithAttributions([.. attributions]).WithMentions([.. mentions]);
    }
}
