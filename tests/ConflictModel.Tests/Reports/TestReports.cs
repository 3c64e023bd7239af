using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Tests.Reports;

/// <summary>
/// Small factories for the navigation and comparison tests: every entity those tests build is
/// built here, by id strings and only the members a test is about, so that a change to how entities
/// are constructed touches this file alone.
/// </summary>
internal static class TestReports
{
    /// <summary>The one source text the small reports quote.</summary>
    public const string Text =
        "The army said it repelled the attack and killed 12 fighters. "
        + "JNIM said it seized the camp and lost 3 fighters. "
        + "A witness counted 10 dead fighters.";

    public static ConflictReport Report(
        Source[]? sources = null,
        Actor[]? actors = null,
        Location[]? locations = null,
        Engagement[]? engagements = null,
        Claim[]? claims = null,
        SourceAttribution[]? attributions = null,
        Mention[]? mentions = null)
        => new(
            [.. sources ?? []],
            [.. actors ?? []],
            [.. locations ?? []],
            [.. engagements ?? []],
            [.. claims ?? []],
            [.. attributions ?? []],
            [.. mentions ?? []]);

    public static Source Source(string id, string? text = Text, string? title = null)
    {
        var source = new Source(new SourceId(id), SourceKind.NewsArticle, title);
        return text is null ? source : source.WithText(text);
    }

    public static Actor Actor(string id, string? name = null, params string[] affiliatedWith)
        => new(
            new ActorId(id),
            new LocalizedName(name ?? id),
            ActorKind.Organisation,
            affiliations: [.. affiliatedWith.Select(target => new Affiliation(AffiliationKind.AffiliateOf, new ActorId(target)))]);

    public static Location Location(string id, string? parent = null)
        => new(new LocationId(id), new LocalizedName(id), LocationKind.Settlement, parent: parent is null ? null : new LocationId(parent));

    public static Engagement Engagement(string id, string? campaign = null, params string[] attributions)
        => new(
            new EngagementId(id),
            EventType.Battles,
            EngagementScope.Event,
            campaign: campaign is null ? null : new EngagementId(campaign),
            attributions: Ids(attributions));

    /// <summary>An attribution of the words <paramref name="quote"/>, found in <see cref="Text"/>.</summary>
    public static SourceAttribution Attribution(string id, string quote, string source = "article", string? speaker = null)
        => Attribution(id, TextSpan.Locate(Text, quote), source, speaker);

    public static SourceAttribution Attribution(string id, TextSpan span, string source = "article", string? speaker = null)
        => new(
            new AttributionId(id),
            new SourceId(source),
            span,
            speaker is null ? QuoteMode.OwnStatement : QuoteMode.Paraphrase,
            speaker is null ? StatementChannel.SourceItself : StatementChannel.Unspecified,
            speaker is null ? null : new ActorId(speaker));

    public static Mention Mention(string id, EntityReference entity, string quote, string source = "article")
        => new(new MentionId(id), entity, new SourceId(source), TextSpan.Locate(Text, quote));

    public static Claimant By(string actor) => Claimant.ByActor(new ActorId(actor));

    public static Claimant BySource(string source) => Claimant.BySource(new SourceId(source));

    public static EntityReference AboutEngagement(string id) => EntityReference.To(new EngagementId(id));

    public static EntityReference AboutActor(string id) => EntityReference.To(new ActorId(id));

    public static EntityReference AboutLocation(string id) => EntityReference.To(new LocationId(id));

    public static EntityReference AboutClaim(string id) => EntityReference.To(new ClaimId(id));

    public static CasualtyClaim Casualties(
        string id,
        Claimant claimant,
        CountEstimate count,
        string? victims,
        CasualtyOutcome outcome = CasualtyOutcome.Killed,
        string subject = "attack",
        ClaimStatus status = ClaimStatus.Asserted,
        params string[] attributions)
        => new(
            new ClaimId(id),
            claimant,
            [AboutEngagement(subject)],
            count,
            outcome,
            victims is null ? null : new ActorId(victims),
            Ids(attributions),
            status);

    public static OutcomeClaim Outcome(
        string id,
        Claimant claimant,
        EngagementOutcome outcome,
        string? prevailing,
        string subject = "attack",
        ClaimStatus status = ClaimStatus.Asserted,
        params string[] attributions)
        => new(new ClaimId(id), claimant, [AboutEngagement(subject)], outcome, prevailing is null ? null : new ActorId(prevailing), Ids(attributions), status);

    public static TerritorialControlClaim Control(
        string id,
        Claimant claimant,
        string controller,
        ControlChange change,
        string place = "camp",
        string subject = "attack",
        params string[] attributions)
        => new(new ClaimId(id), claimant, [AboutEngagement(subject)], new ActorId(controller), change, [new LocationId(place)], attributions: Ids(attributions));

    public static ResponsibilityClaim Responsibility(
        string id,
        Claimant claimant,
        string responsible,
        string subject = "attack",
        ClaimStatus status = ClaimStatus.Asserted,
        params string[] attributions)
        => new(new ClaimId(id), claimant, [AboutEngagement(subject)], new ActorId(responsible), Ids(attributions), status);

    /// <summary>A characterisation about any subjects, listed in order (a subject may repeat).</summary>
    public static CharacterisationClaim Characterisation(string id, Claimant claimant, EntityReference[] subjects, ClaimStatus status = ClaimStatus.Asserted, params string[] attributions)
        => new(new ClaimId(id), claimant, [.. subjects], "as characterised", Ids(attributions), status);

    private static ImmutableArray<AttributionId> Ids(string[] ids) => [.. ids.Select(id => new AttributionId(id))];
}
