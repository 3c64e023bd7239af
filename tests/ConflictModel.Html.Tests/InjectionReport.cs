using System.Collections.Immutable;
using ConflictModel;
using NodaTime;

namespace ConflictModel.Html.Tests;

/// <summary>
/// A report whose every text is an attempt at markup: names, titles, quotes, wording, summaries and
/// rationales that would run script if any reached the page unescaped. Each attempt sets
/// <c>window.__pwned</c>, so a page that runs any of them shows it.
/// </summary>
internal static class InjectionReport
{
    public const string Script = "<script>window.__pwned = 'script';</script>";
    public const string Attribute = "\"><img src=x onerror=\"window.__pwned = 'img'\">";
    public const string SingleQuoted = "'><svg onload='window.__pwned = 1'>";

    /// <summary>The source text: the attempts, an emoji before a quote (two UTF-16 units, one code point) and an ampersand.</summary>
    public static string Text { get; } =
        $"Opening 🎉 words. He said {Script} and then {Attribute} while {SingleQuoted} ended it & more.";

    public static SourceId SourceId { get; } = new("src");

    public static ConflictReport Report { get; } = Build();

    private static ConflictReport Build()
    {
        var actor = new Actor(new ActorId("evil"), new LocalizedName(Script), ActorKind.Organisation);
        var other = new Actor(new ActorId("other"), new LocalizedName(Attribute), ActorKind.Organisation);
        var place = new Location(new LocationId("place"), new LocalizedName(Attribute), LocationKind.Settlement)
            .WithPoint(new GeoPoint(14.5, -11.4))
            .WithPrecision(PlacePrecision.Settlement);
        var engagement = new Engagement(new EngagementId("fight"), EventType.Battles)
            .WithSummary(Script + Attribute)
            .WithTime(ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithWording(SingleQuoted))
            .WithLocations([place.Id]);
        var source = new Source(SourceId, SourceKind.NewsArticle).WithTitle(Script).WithText(Text).WithPublisher(Attribute);
        var said = new SourceAttribution(new AttributionId("said"), SourceId, TextSpan.Locate(Text, Script), QuoteMode.DirectQuote, StatementChannel.Television)
            .WithSpeaker(actor.Id);
        var then = new SourceAttribution(new AttributionId("then"), SourceId, TextSpan.Locate(Text, Attribute), QuoteMode.Paraphrase, StatementChannel.SocialMedia)
            .WithSpeaker(other.Id);
        var subjects = ImmutableArray.Create(EntityReference.To(engagement.Id));
        var claim = new CasualtyClaim(new ClaimId("dead"), Claimant.ByActor(actor.Id), subjects, CountEstimate.AtLeast(3).WithWording(Script).WithCounted(Attribute), CasualtyOutcome.Killed)
            .WithAttributions([said.Id]);
        var denial = new CharacterisationClaim(new ClaimId("says"), Claimant.ByActor(other.Id), subjects, SingleQuoted + Script)
            .WithAttributions([then.Id]);
        var mention = new Mention(new MentionId("where"), EntityReference.To(place.Id), SourceId, TextSpan.Locate(Text, SingleQuoted))
            .WithConfidence(ResolutionConfidence.Possible)
            .WithRationale(Script);
        return new ConflictReport()
            .WithSources([source])
            .WithActors([actor, other])
            .WithLocations([place])
            .WithEngagements([engagement.WithAttributions([said.Id])])
            .WithClaims([claim, denial])
            .WithAttributions([said, then])
            .WithMentions([mention]);
    }
}
