using System;
using System.Collections.Immutable;
using System.Linq;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Reports;

public sealed class ConflictReportTests
{
    [Fact]
    public void Build_TwoSeparatelyBuiltEqualReports_AreEqualWithEqualHashCodes()
    {
        var first = SmallReport.Build();
        var second = SmallReport.Build();

        Assert.NotSame(first, second);
        Assert.NotSame(first.Claims[0], second.Claims[0]);
        Assert.True(first.Equals(second));
        Assert.True(first == second);
        Assert.False(first != second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_OneItemOrTheOrderOfAnyCollectionDiffers_ReportsDiffer()
    {
        var report = SmallReport.Build();

        EqualityAssert.Complete(
            report,
            SmallReport.Build(),
            derived: ["Index"], // a view of the collections, not a member of its own
            ("Sources", report.WithSources([new Source(new SourceId("article"), SourceKind.NewsArticle).WithTitle("Attacks in western Mali").WithPublisher("The Paper").WithLanguage(LanguageTag.English).WithText(SmallReport.Text + "\n")])),
            ("Sources empty", report.WithSources([])),
            ("Actors", report.WithActors(report.Actors.SetItem(1, new Actor(new ActorId("jnim"), new LocalizedName("JNIM"), ActorKind.Organisation).WithCategory(ConflictCategory.RebelGroup)))),
            ("Actors order", report.WithActors([.. report.Actors.Reverse()])),
            ("Locations", report.WithLocations(report.Locations.SetItem(1, new Location(new LocationId("kayes"), new LocalizedName("Kayes"), LocationKind.Settlement).WithParent(new LocationId("mali")).WithPoint(new GeoPoint(14.4469, -11.4445)).WithPrecision(PlacePrecision.NearPlace)))),
            ("Engagements", report.WithEngagements([new Engagement(new EngagementId("kayes-attack"), EventType.Battles)])),
            ("Claims", report.WithClaims(report.Claims.SetItem(0, new CasualtyClaim(new ClaimId("militants-neutralised"), Claimant.ByActor(new ActorId("fama")), [EntityReference.To(new EngagementId("kayes-attack"))], CountEstimate.AtLeast(80).WithCounted("militants").WithWording("more than 80"), CasualtyOutcome.Neutralised).WithVictims(new ActorId("jnim")).WithAttributions([new AttributionId("army-statement")])))),
            ("Claims order", report.WithClaims([report.Claims[1], report.Claims[0]])),
            ("Attributions", report.WithAttributions(report.Attributions.SetItem(1, new SourceAttribution(new AttributionId("army-statement"), new SourceId("article"), SmallReport.ArmySpan, QuoteMode.Paraphrase, StatementChannel.Unspecified).WithSpeaker(new ActorId("army-spokesperson")).WithGrade(AdmiraltyGrade.Parse("B2"))))),
            ("Mentions", report.WithMentions([])),
            ("DatasetFields", report.WithDatasetFields([new DatasetField("acled", "inter1", "2")])));
    }

    [Fact]
    public void Build_EverySpanStandsInTheText()
    {
        var report = SmallReport.Build();

        Assert.All(report.Attributions, a => Assert.Equal(TextSpanMatch.Matches, a.Quote.Match(SmallReport.Text)));
        Assert.All(report.Mentions, m => Assert.Equal(TextSpanMatch.Matches, m.Span.Match(SmallReport.Text)));
        var headline = TextSpan.Locate(SmallReport.Text, "Attacks in western Mali", occurrence: 2, contextLength: 5);
        Assert.Equal((24, 47, "Mali\n", "\nThe "), (headline.Start, headline.End, headline.Prefix, headline.Suffix));
    }

    [Fact]
    public void Build_KeepsTheClaimsSideBySideWithTheirBounds()
    {
        var report = SmallReport.Build();
        var casualties = Assert.IsType<CasualtyClaim>(report.Claims[0]);
        var territory = Assert.IsType<TerritorialControlClaim>(report.Claims[1]);

        Assert.Equal(81, casualties.Count.Low);
        Assert.Null(casualties.Count.Best);
        Assert.Equal("more than 80", casualties.Count.Wording);
        Assert.Equal(3, territory.Extent!.Best);
        Assert.Equal(new ActorId("jnim"), territory.Claimant.Actor);
    }

    [Fact]
    public void Constructor_Nothing_GivesEmptyNotDefaultCollections()
    {
        var report = new ConflictReport();

        ImmutableArrayAssert.EmptyNotDefault(report.Sources);
        ImmutableArrayAssert.EmptyNotDefault(report.Actors);
        ImmutableArrayAssert.EmptyNotDefault(report.Locations);
        ImmutableArrayAssert.EmptyNotDefault(report.Engagements);
        ImmutableArrayAssert.EmptyNotDefault(report.Claims);
        ImmutableArrayAssert.EmptyNotDefault(report.Attributions);
        ImmutableArrayAssert.EmptyNotDefault(report.Mentions);
        Assert.Equal(ConflictReport.Empty, report);
        Assert.Empty(ConflictReport.Empty.Actors);
    }

    [Fact]
    public void Constructor_NullItem_ThrowsArgumentExceptionNamingTheCollection()
    {
        ArgumentAssert.Throws<ArgumentException>("sources", "the item at index 0 is null", () => new ConflictReport().WithSources([null!]));
        ArgumentAssert.Throws<ArgumentException>("actors", "the item at index 0 is null", () => new ConflictReport().WithActors([null!]));
        ArgumentAssert.Throws<ArgumentException>("locations", "the item at index 0 is null", () => new ConflictReport().WithLocations([null!]));
        ArgumentAssert.Throws<ArgumentException>("engagements", "the item at index 0 is null", () => new ConflictReport().WithEngagements([null!]));
        ArgumentAssert.Throws<ArgumentException>("claims", "the item at index 0 is null", () => new ConflictReport().WithClaims([null!]));
        ArgumentAssert.Throws<ArgumentException>("attributions", "the item at index 0 is null", () => new ConflictReport().WithAttributions([null!]));
        ArgumentAssert.Throws<ArgumentException>("mentions", "the item at index 0 is null", () => new ConflictReport().WithMentions([null!]));
    }

    [Fact]
    public void WithMethods_ReplaceOneCollectionAndValidateIt()
    {
        var report = SmallReport.Build();

        var withoutMentions = report.WithMentions(default);

        Assert.Empty(withoutMentions.Mentions);
        Assert.Single(report.Mentions);
        Assert.Equal<Claim>(report.Claims, withoutMentions.Claims);
        Assert.Equal(report, withoutMentions.WithMentions(report.Mentions));
        ArgumentAssert.Throws<ArgumentException>("actors", "the item at index 4 is null", () => report.WithActors(report.Actors.Add(null!)));
    }

    [Fact]
    public void ToString_CountsWhatTheReportHolds()
    {
        Assert.Equal("ConflictReport: 1 source, 4 actors, 2 locations, 1 engagement, 2 claims, 3 attributions, 1 mention", SmallReport.Build().ToString());
        Assert.Equal("ConflictReport: 0 sources, 0 actors, 0 locations, 0 engagements, 0 claims, 0 attributions, 0 mentions", ConflictReport.Empty.ToString());
    }
}
