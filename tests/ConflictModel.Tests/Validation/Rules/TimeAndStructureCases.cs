using NodaTime;
using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>Cases of CM0501–CM0504 (time) and CM0601–CM0606 (structure).</summary>
internal static class TimeAndStructureCases
{
    private static readonly ReportedTime DayBefore = ReportedTime.OnDate(new LocalDate(2025, 6, 30));

    public static Fires[] Fires { get; } =
    [
        // a-army is cited only by claims about kayes-attack: the claim route.
        new("statement the day before the engagement its claims are about", () => Report.WithAttribution(ArmyAttribution, AttributionStatedAt(ArmyAttribution, DayBefore)), ValidationCodes.StatementBeforeEvent, ValidationSeverity.Error, "/attributions/1/statedAt", "a-army"),
        // a-attack is cited by both engagements: the engagement route.
        new("statement a month before the engagement that cites it", () => Report.WithAttribution(AttackAttribution, AttributionStatedAt(AttackAttribution, ReportedTime.InMonth(new YearMonth(2025, 6)))), ValidationCodes.StatementBeforeEvent, ValidationSeverity.Error, "/attributions/0/statedAt", "a-attack"),
        new("article published the day before", () => Report.WithSource(Article, ArticleSource(published: DayBefore)), ValidationCodes.PublishedBeforeEvent, ValidationSeverity.Error, "/sources/0/published", "article"),
        new("statement after the article was published", () => Report.WithAttribution(ArmyAttribution, AttributionStatedAt(ArmyAttribution, ReportedTime.OnDate(new LocalDate(2025, 7, 5)))), ValidationCodes.StatementAfterPublication, ValidationSeverity.Warning, "/attributions/1/statedAt", "a-army"),
        new("site engagement the day before its campaign", () => Report.WithEngagement(KayesAttack, KayesEngagement(time: DayBefore)), ValidationCodes.OutsideCampaignTime, ValidationSeverity.Error, "/engagements/1/time", "kayes-attack"),

        new("engagement without location", () => Report.WithEngagement(KayesAttack, KayesEngagement(locations: [])), ValidationCodes.EngagementWithoutLocation, ValidationSeverity.Error, "/engagements/1", "kayes-attack"),
        new("engagement without attribution", () => Report.WithEngagement(Campaign, CampaignEngagement(attributions: [])), ValidationCodes.EngagementWithoutAttribution, ValidationSeverity.Error, "/engagements/0", "western-mali-attacks"),
        new("claim without attribution", () => Report.WithClaim(OutcomeIndex, new OutcomeClaim(new ClaimId("c-outcome"), Claimant.ByActor(A("fama")), About(E("kayes-attack")), EngagementOutcome.Repelled).WithPrevailing(A("fama"))), ValidationCodes.ClaimWithoutAttribution, ValidationSeverity.Error, "/claims/3", "c-outcome"),
        new("campaign that is a single event", () => Report.WithEngagement(Campaign, CampaignEngagement(scope: EngagementScope.Event)), ValidationCodes.CampaignIsNotCampaign, ValidationSeverity.Warning, "/engagements/1/campaign", "kayes-attack"),
        new("attribution nobody cites", () => Report.WithAttributions(Report.Attributions.Add(Attribution("a-gunfire", "Residents of Binoli reported gunfire", QuoteMode.Paraphrase, StatementChannel.WitnessAccount))), ValidationCodes.AttributionNotCited, ValidationSeverity.Warning, "/attributions/4", "a-gunfire"),
        new("source claims in its own voice but is cited elsewhere", () => Report
            .WithSources(Report.Sources.Add(new Source(new SourceId("jnim-post"), SourceKind.SocialMediaPost)))
            .WithClaim(TollIndex, new CasualtyClaim(new ClaimId("c-toll"), Claimant.BySource(new SourceId("jnim-post")), About(E("kayes-attack")), CountEstimate.AtLeast(30), CasualtyOutcome.Killed).WithVictims(A("fama")).WithAttributions(Attributions("a-toll"))), ValidationCodes.SourceClaimantNotAttributed, ValidationSeverity.Warning, "/claims/5/claimant", "c-toll"),
    ];

    public static DoesNotFire[] DoesNotFire { get; } =
    [
        new("statement as an instant late the evening before, UTC", () => Report.WithAttribution(ArmyAttribution, AttributionStatedAt(ArmyAttribution, ReportedTime.At(Instant.FromUtc(2025, 6, 30, 23, 0)))), ValidationCodes.StatementBeforeEvent),
        new("statement in the month of the event", () => Report.WithAttribution(ArmyAttribution, AttributionStatedAt(ArmyAttribution, ReportedTime.InMonth(new YearMonth(2025, 7)))), ValidationCodes.StatementBeforeEvent),
        new("article published on the day of the event", () => Report.WithSource(Article, ArticleSource(published: ReportedTime.OnDate(EventDate))), ValidationCodes.PublishedBeforeEvent),
        new("statement on the day of publication", () => Report.WithAttribution(ArmyAttribution, AttributionStatedAt(ArmyAttribution, ReportedTime.OnDate(new LocalDate(2025, 7, 2)))), ValidationCodes.StatementAfterPublication),
        new("campaign over two days holds its site engagement", () => Report.WithEngagement(Campaign, CampaignEngagement(time: ReportedTime.Between(new LocalDate(2025, 6, 30), EventDate))).WithEngagement(KayesAttack, KayesEngagement(time: DayBefore)), ValidationCodes.OutsideCampaignTime),
        new("engagement with two locations", () => Report.WithEngagement(KayesAttack, KayesEngagement(locations: [L("kayes"), L("diboli")])), ValidationCodes.EngagementWithoutLocation),
        new("engagement with two attributions", () => Report.WithEngagement(Campaign, CampaignEngagement(attributions: Attributions("a-attack", "a-toll"))), ValidationCodes.EngagementWithoutAttribution),
        new("claim with an unknown attribution still has one", () => Report.WithClaim(OutcomeIndex, new OutcomeClaim(new ClaimId("c-outcome"), Claimant.ByActor(A("fama")), About(E("kayes-attack")), EngagementOutcome.Repelled).WithPrevailing(A("fama")).WithAttributions(Attributions("a-ghost"))), ValidationCodes.ClaimWithoutAttribution),
        new("engagement with no campaign", () => Report.WithEngagement(KayesAttack, KayesEngagement(campaign: null)), ValidationCodes.CampaignIsNotCampaign),
        new("attribution cited by an engagement only", () => Report.WithAttributions(Report.Attributions.Add(Attribution("a-gunfire", "Residents of Binoli reported gunfire"))).WithEngagement(KayesAttack, KayesEngagement(attributions: Attributions("a-attack", "a-gunfire"))), ValidationCodes.AttributionNotCited),
        new("attribution cited by an affiliation only", () => Report.WithAttributions(Report.Attributions.Add(Attribution("a-affiliate", "JNIM fighters"))).WithActor(Jnim, Actor("jnim", "JNIM", affiliations: new Affiliation(AffiliationKind.AffiliateOf, A("al-qaeda")).WithAttributions(Attributions("a-affiliate")))), ValidationCodes.AttributionNotCited),
        new("source claims with one attribution of its own among others", () => Report.WithClaim(TollIndex, new CasualtyClaim(new ClaimId("c-toll"), Claimant.BySource(ArticleId), About(E("kayes-attack")), CountEstimate.AtLeast(30), CasualtyOutcome.Killed).WithVictims(A("fama")).WithAttributions(Attributions("a-army", "a-toll"))), ValidationCodes.SourceClaimantNotAttributed),
    ];
}
