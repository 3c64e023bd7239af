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
            new Source(article, SourceKind.NewsArticle, "Attacks in western Mali", "The Paper", LanguageTag.English).WithText(Text),
        ];
        Actor[] actors =
        [
            new Actor(fama, new LocalizedName("Malian Armed Forces"), ActorKind.Organisation, [new LocalizedName("FAMa", LanguageTag.French)], ConflictCategory.StateForces, new Iso3166Code("ML")),
            new Actor(jnim, new LocalizedName("JNIM"), ActorKind.Organisation, category: ConflictCategory.RebelGroup, affiliations: [new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda"))]),
            new Actor(new ActorId("al-qaeda"), new LocalizedName("al-Qaeda"), ActorKind.Organisation),
            new Actor(spokesperson, new LocalizedName("army spokesperson"), ActorKind.UnnamedPerson, affiliations: [new Affiliation(AffiliationKind.SpokespersonOf, fama)]),
        ];
        Location[] locations =
        [
            new Location(mali, new LocalizedName("Mali"), LocationKind.Country, isoCode: new Iso3166Code("ML")),
            new Location(kayes, new LocalizedName("Kayes"), LocationKind.Settlement, parent: mali, point: new GeoPoint(14.4469, -11.4445), precision: PlacePrecision.Settlement),
        ];
        Engagement[] engagements =
        [
            new Engagement(
                attack,
                EventType.Battles,
                subType: SubEventType.ArmedClash,
                time: ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithPartOfDay(PartOfDay.Morning).WithBasis(TimeBasis.Inferred),
                locations: [kayes],
                participants: [new Participant(jnim, ParticipantRole.Attacker), new Participant(fama, ParticipantRole.Defender)],
                attributions: [new AttributionId("headline")]),
        ];
        Claim[] claims =
        [
            new CasualtyClaim(
                new ClaimId("militants-neutralised"),
                Claimant.ByActor(fama),
                [EntityReference.To(attack)],
                CountEstimate.MoreThan(80).WithCounted("militants").WithWording("more than 80"),
                CasualtyOutcome.Neutralised,
                victims: jnim,
                attributions: [new AttributionId("army-statement")]),
            new TerritorialControlClaim(
                new ClaimId("barracks-seized"),
                Claimant.ByActor(jnim),
                [EntityReference.To(attack)],
                jnim,
                ControlChange.Seized,
                extent: CountEstimate.Exactly(3).WithCounted("army barracks").WithWording("three"),
                attributions: [new AttributionId("jnim-statement")]),
        ];
        SourceAttribution[] attributions =
        [
            new SourceAttribution(new AttributionId("headline"), article, HeadlineSpan, QuoteMode.OwnStatement, StatementChannel.SourceItself),
            new SourceAttribution(new AttributionId("army-statement"), article, ArmySpan, QuoteMode.Paraphrase, StatementChannel.Unspecified, spokesperson, grade: AdmiraltyGrade.Parse("B3")),
            new SourceAttribution(new AttributionId("jnim-statement"), article, JnimSpan, QuoteMode.Paraphrase, StatementChannel.Unspecified, jnim),
        ];
        Mention[] mentions =
        [
            new Mention(new MentionId("mention-kayes"), EntityReference.To(kayes), article, KayesSpan),
        ];

        return new ConflictReport([.. sources], [.. actors], [.. locations], [.. engagements], [.. claims], [.. attributions], [.. mentions]);
    }
}
