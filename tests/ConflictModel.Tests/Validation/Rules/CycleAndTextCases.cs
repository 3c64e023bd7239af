using NodaTime;
using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>Cases of CM0301–CM0303 (cycles) and CM0401–CM0407 (quotes and text).</summary>
internal static class CycleAndTextCases
{
    // "JNIM fighters attacked Kayes" starts at UTF-16 index 34 but code point 32: the flag is 2 code points, 4 units.
    private const int AttackStart = 32;
    private const string AttackQuote = "JNIM fighters attacked Kayes";

    public static Fires[] Fires { get; } =
    [
        // mali -> kayes -> kayes-region -> mali: the search starts at mali (index 0); kayes-region's parent closes the cycle.
        new("location parents loop", () => Report.WithLocation(Mali, Location("mali", LocationKind.Country, parent: "kayes", iso: "ML")), ValidationCodes.LocationParentCycle, ValidationSeverity.Error, "/locations/1/parent", "kayes-region"),
        // jnim -> al-qaeda -> jnim: al-qaeda's affiliation closes the cycle.
        new("affiliations loop", () => Report.WithActor(AlQaeda, Actor("al-qaeda", "al-Qaeda", affiliations: new Affiliation(AffiliationKind.PartOf, A("jnim")))), ValidationCodes.AffiliationCycle, ValidationSeverity.Error, "/actors/2/affiliations/0/target", "al-qaeda"),
        // western-mali-attacks -> kayes-attack -> western-mali-attacks: kayes-attack's campaign closes the cycle.
        new("campaigns loop", () => Report.WithEngagement(Campaign, CampaignEngagement(campaign: "kayes-attack")), ValidationCodes.CampaignCycle, ValidationSeverity.Error, "/engagements/1/campaign", "kayes-attack"),

        // The text is 269 code points long.
        new("quote ends beyond the text", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, new TextSpan(265, 270, "fire."))), ValidationCodes.SpanOutOfRange, ValidationSeverity.Error, "/attributions/0/quote/end", "a-attack"),
        new("quote positioned in UTF-16 units, not code points", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, new TextSpan(AttackStart + 2, AttackStart + 2 + AttackQuote.Length, AttackQuote))), ValidationCodes.SpanExactDiffers, ValidationSeverity.Error, "/attributions/0/quote/exact", "a-attack"),
        new("mention prints other text", () => Report.WithMention(KayesMention, new Mention(new MentionId("m-kayes"), EntityReference.To(L("kayes")), ArticleId, new TextSpan(AttackStart, AttackStart + 4, "Kaye"))), ValidationCodes.SpanExactDiffers, ValidationSeverity.Error, "/mentions/1/span/exact", "m-kayes"),
        new("quote prefix is not the text before it", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, new TextSpan(AttackStart, AttackStart + AttackQuote.Length, AttackQuote, prefix: "evening, "))), ValidationCodes.SpanPrefixDiffers, ValidationSeverity.Error, "/attributions/0/quote/prefix", "a-attack"),
        new("quote suffix is not the text after it", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, new TextSpan(AttackStart, AttackStart + AttackQuote.Length, AttackQuote, suffix: ". The navy"))), ValidationCodes.SpanSuffixDiffers, ValidationSeverity.Error, "/attributions/0/quote/suffix", "a-attack"),
        new("source has no text", () => Report.WithSource(Article, ArticleSource(text: null)), ValidationCodes.SpanNotCheckable, ValidationSeverity.Info, "/attributions/1/quote", "a-army"),
        new("mention in a source without text", () => Report.WithSource(Article, ArticleSource(text: null)), ValidationCodes.SpanNotCheckable, ValidationSeverity.Info, "/mentions/0/span", "m-binoli"),
        new("digest of another text", () => Report.WithSource(Article, ArticleSource(digest: Sha256Digest.Of(ArticleText + " Updated."))), ValidationCodes.TextDigestMismatch, ValidationSeverity.Error, "/sources/0/textSha256", "article"),
        new("mention resolves another name without confidence", () => Report.WithMention(BinoliMention, Mention("m-binoli", EntityReference.To(L("diboli")), "Binoli")), ValidationCodes.MentionResolutionUnrated, ValidationSeverity.Warning, "/mentions/0", "m-binoli"),
    ];

    public static DoesNotFire[] DoesNotFire { get; } =
    [
        new("a location chain with no loop", () => Report.WithLocation(Diboli, Location("diboli", LocationKind.Settlement, parent: "kayes")), ValidationCodes.LocationParentCycle),
        new("mutual alliance is no cycle", () => Report.WithActor(AlQaeda, Actor("al-qaeda", "al-Qaeda", affiliations: new Affiliation(AffiliationKind.AllyOf, A("jnim")))), ValidationCodes.AffiliationCycle),
        new("two engagements in one campaign", () => Report.WithEngagements(Report.Engagements.Add(new Engagement(E("diboli-attack"), EventType.Battles).WithLocations([L("diboli")]).WithCampaign(E("western-mali-attacks")).WithAttributions(Attributions("a-attack")))), ValidationCodes.CampaignCycle),
        new("quote at the code-point position of the last words", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, TextSpan.Locate(ArticleText, "reported gunfire."))), ValidationCodes.SpanOutOfRange),
        new("quote at its code-point position, without context", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, new TextSpan(AttackStart, AttackStart + AttackQuote.Length, AttackQuote))), ValidationCodes.SpanExactDiffers),
        new("prefix right up to the flag", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, new TextSpan(AttackStart, AttackStart + AttackQuote.Length, AttackQuote, prefix: "🇲🇱 Bamako — On Tuesday morning, "))), ValidationCodes.SpanPrefixDiffers),
        new("suffix up to the end of the sentence", () => Report.WithAttribution(AttackAttribution, AttributionWithSpan(AttackAttribution, new TextSpan(AttackStart, AttackStart + AttackQuote.Length, AttackQuote, suffix: ". The army"))), ValidationCodes.SpanSuffixDiffers),
        new("source has text but no digest", () => Report.WithSource(Article, new Source(ArticleId, SourceKind.NewsArticle).WithPublished(ReportedTime.OnDate(new LocalDate(2025, 7, 2))).WithText(ArticleText)), ValidationCodes.SpanNotCheckable),
        new("source has text but no digest, nothing to compare", () => Report.WithSource(Article, new Source(ArticleId, SourceKind.NewsArticle).WithPublished(ReportedTime.OnDate(new LocalDate(2025, 7, 2))).WithText(ArticleText)), ValidationCodes.TextDigestMismatch),
        new("printed form is a known alternate name", () => Report.WithLocation(Diboli, Location("diboli", LocationKind.Settlement, parent: "kayes-region", alternateNames: "Binoli")).WithMention(BinoliMention, Mention("m-binoli", EntityReference.To(L("diboli")), "Binoli")), ValidationCodes.MentionResolutionUnrated),
    ];
}
