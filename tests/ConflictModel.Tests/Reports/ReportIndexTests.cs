using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using static ConflictModel.Tests.Reports.TestReports;

namespace ConflictModel.Tests.Reports;

public sealed class ReportIndexTests
{
    [Fact]
    public void Get_EveryKindById_ReturnsTheEntityWithThatId()
    {
        var source = Source("article");
        var actor = Actor("army");
        var location = Location("camp");
        var engagement = Engagement("attack");
        var claim = Outcome("repelled", By("army"), EngagementOutcome.Repelled, "army");
        var attribution = Attribution("army-said", "The army said");
        var mention = Mention("m-army", AboutActor("army"), "army");
        var index = Report([source], [actor], [location], [engagement], [claim], [attribution], [mention]).Index;

        Assert.Same(source, index.Get(new SourceId("article")));
        Assert.Same(actor, index.Get(new ActorId("army")));
        Assert.Same(location, index.Get(new LocationId("camp")));
        Assert.Same(engagement, index.Get(new EngagementId("attack")));
        Assert.Same(claim, index.Get(new ClaimId("repelled")));
        Assert.Same(attribution, index.Get(new AttributionId("army-said")));
        Assert.Same(mention, index.Get(new MentionId("m-army")));
        Assert.True(index.TryGet(new ActorId("army"), out var found));
        Assert.Same(actor, found);
    }

    [Fact]
    public void TryGet_AnIdThatNamesNothing_ReturnsFalse()
    {
        var index = Report(actors: [Actor("army")]).Index;

        Assert.False(index.TryGet(new ActorId("jnim"), out var actor));
        Assert.Null(actor);
        Assert.False(index.TryGet(new SourceId("army"), out _));
        Assert.False(index.TryGet(new LocationId("army"), out _));
        Assert.False(index.TryGet(new EngagementId("army"), out _));
        Assert.False(index.TryGet(new ClaimId("army"), out _));
        Assert.False(index.TryGet(new AttributionId("army"), out _));
        Assert.False(index.TryGet(new MentionId("army"), out _));
        Assert.False(index.TryResolve(new AttributionId("army"), out _));
    }

    [Fact]
    public void Get_AnIdThatNamesNothing_ThrowsKeyNotFoundNamingKindAndId()
    {
        var index = Report(actors: [Actor("army")]).Index;

        Assert.Equal("The report has no actor with the id 'jnim'.", Assert.Throws<KeyNotFoundException>(() => index.Get(new ActorId("jnim"))).Message);
        Assert.Equal("The report has no location with the id 'army'.", Assert.Throws<KeyNotFoundException>(() => index.Get(new LocationId("army"))).Message);
        Assert.Equal("The report has no claim with the id 'c'.", Assert.Throws<KeyNotFoundException>(() => index.Get(new ClaimId("c"))).Message);
        Assert.Equal("The report has no attribution with the id 'a'.", Assert.Throws<KeyNotFoundException>(() => index.Resolve(new AttributionId("a"))).Message);
        Assert.Contains("'m'", Assert.Throws<KeyNotFoundException>(() => index.Get(new MentionId("m"))).Message, StringComparison.Ordinal);
        Assert.Contains("'s'", Assert.Throws<KeyNotFoundException>(() => index.Get(new SourceId("s"))).Message, StringComparison.Ordinal);
        Assert.Contains("'e'", Assert.Throws<KeyNotFoundException>(() => index.Get(new EngagementId("e"))).Message, StringComparison.Ordinal);
        Assert.Contains("'a'", Assert.Throws<KeyNotFoundException>(() => index.Get(new AttributionId("a"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_AnUninitialisedId_IsRefused()
    {
        var index = Report().Index;

        Assert.Equal("id", Assert.Throws<ArgumentException>(() => index.Get(default(ActorId))).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => index.ClaimsAbout(default(EntityReference))).ParamName);
    }

    [Fact]
    public void Get_TwoEntitiesWithOneId_ResolvesToTheFirst()
    {
        var first = Actor("army", "first");
        var index = Report(actors: [first, Actor("army", "second")]).Index;

        Assert.Same(first, index.Get(new ActorId("army")));
    }

    [Fact]
    public void Index_ReadTwiceAndFromManyThreads_IsOneInstance()
    {
        var report = Report(actors: [Actor("army")]);
        var seen = new ReportIndex[64];

        Parallel.For(0, seen.Length, i => seen[i] = report.Index);

        Assert.All(seen, index => Assert.Same(report.Index, index));
        Assert.Same(report, report.Index.Report);
    }

    [Fact]
    public void ClaimsAbout_EngagementActorAndLocation_GivesTheClaimsNamingThemInReportOrderOnce()
    {
        var repelled = Outcome("repelled", By("army"), EngagementOutcome.Repelled, "army");
        var aboutBoth = Characterisation("both", By("jnim"), [AboutActor("army"), AboutEngagement("attack"), AboutActor("army")]);
        var aboutCamp = Characterisation("camp", By("jnim"), [AboutLocation("camp")]);
        var other = Outcome("other", By("army"), EngagementOutcome.Repelled, "army", subject: "other-attack");
        var index = Report(claims: [repelled, aboutBoth, aboutCamp, other]).Index;

        Assert.Equal([repelled, aboutBoth], index.ClaimsAbout(new EngagementId("attack")).ToArray());
        Assert.Equal([aboutBoth], index.ClaimsAbout(new ActorId("army")).ToArray());
        Assert.Equal([aboutCamp], index.ClaimsAbout(new LocationId("camp")).ToArray());
        Assert.Equal([aboutCamp], index.ClaimsAbout(AboutLocation("camp")).ToArray());
        Assert.Empty(index.ClaimsAbout(new ActorId("jnim")));
    }

    [Fact]
    public void AttributionsOf_AClaim_ResolvesEachToItsSourceAndTheWordsAtItsSpan()
    {
        var source = Source("article");
        var said = Attribution("army-said", "it repelled the attack", speaker: "army");
        var claim = Outcome("repelled", By("army"), EngagementOutcome.Repelled, "army", attributions: ["army-said", "dangling"]);
        var index = Report([source], claims: [claim], attributions: [said]).Index;

        var resolved = Assert.Single(index.AttributionsOf(claim));

        Assert.Same(said, resolved.Attribution);
        Assert.Same(source, resolved.Source);
        Assert.Equal("it repelled the attack", resolved.TextAtSpan);
        Assert.Equal("it repelled the attack", resolved.QuotedText);
        Assert.Equal(TextSpanMatch.Matches, resolved.Match);
        Assert.Same(resolved, index.Resolve(new AttributionId("army-said")));
    }

    [Fact]
    public void AttributionsOf_AnEngagement_ResolvesItsAttributions()
    {
        var said = Attribution("witness", "A witness counted");
        var attack = Engagement("attack", attributions: ["witness"]);
        var index = Report([Source("article")], engagements: [attack], attributions: [said]).Index;

        Assert.Equal("A witness counted", Assert.Single(index.AttributionsOf(attack)).QuotedText);
    }

    [Fact]
    public void Resolve_AQuoteThatDiffersFromTheText_GivesTheWordsOfTheTextAndTheMismatch()
    {
        var wrong = Attribution("wrong", new TextSpan(0, 8, "The navy"));
        var index = Report([Source("article")], attributions: [wrong]).Index;

        var resolved = index.Resolve(new AttributionId("wrong"));

        Assert.Equal("The army", resolved.TextAtSpan);
        Assert.Equal("The army", resolved.QuotedText);
        Assert.Equal(TextSpanMatch.ExactDiffers, resolved.Match);
    }

    [Fact]
    public void Resolve_ASpanPastTheEndOfTheText_FallsBackToTheRecordedQuote()
    {
        var past = Attribution("past", new TextSpan(1000, 1004, "gone"));
        var index = Report([Source("article")], attributions: [past]).Index;

        var resolved = index.Resolve(new AttributionId("past"));

        Assert.Null(resolved.TextAtSpan);
        Assert.Equal("gone", resolved.QuotedText);
        Assert.Equal(TextSpanMatch.OutOfRange, resolved.Match);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Resolve_WithoutTheSourceOrItsText_FallsBackToTheRecordedQuote(bool sourceWithoutText)
    {
        var said = Attribution("army-said", "The army said");
        var index = Report(sourceWithoutText ? [Source("article", text: null)] : [], attributions: [said]).Index;

        var resolved = index.Resolve(new AttributionId("army-said"));

        Assert.Equal(sourceWithoutText, resolved.Source is not null);
        Assert.Null(resolved.TextAtSpan);
        Assert.Null(resolved.Match);
        Assert.Equal("The army said", resolved.QuotedText);
    }

    [Fact]
    public void MentionsOf_AnEntity_GivesItsMentionsInReportOrder()
    {
        var first = Mention("m1", AboutActor("army"), "army");
        var jnim = Mention("m2", AboutActor("jnim"), "JNIM");
        var second = Mention("m3", AboutActor("army"), "The army");
        var index = Report(mentions: [first, jnim, second]).Index;

        Assert.Equal([first, second], index.MentionsOf(AboutActor("army")).ToArray());
        Assert.Empty(index.MentionsOf(AboutLocation("army")));
    }

    [Fact]
    public void EngagementsOf_ACampaign_GivesItsDirectPartsInReportOrder()
    {
        var campaign = Engagement("campaign");
        var kayes = Engagement("kayes", campaign: "campaign");
        var nested = Engagement("kayes-gate", campaign: "kayes");
        var diboli = Engagement("diboli", campaign: "campaign");
        var index = Report(engagements: [campaign, kayes, nested, diboli]).Index;

        Assert.Equal([kayes, diboli], index.EngagementsOf(new EngagementId("campaign")).ToArray());
        Assert.Equal([nested], index.EngagementsOf(new EngagementId("kayes")).ToArray());
        Assert.Empty(index.EngagementsOf(new EngagementId("diboli")));
    }

    [Fact]
    public void AncestorsOf_ALocation_GivesItsParentsNearestFirst()
    {
        var mali = Location("mali");
        var kayes = Location("kayes", parent: "mali");
        var camp = Location("camp", parent: "kayes");
        var index = Report(locations: [camp, kayes, mali]).Index;

        Assert.Equal([kayes, mali], index.AncestorsOf(new LocationId("camp")).ToArray());
        Assert.Empty(index.AncestorsOf(new LocationId("mali")));
    }

    [Fact]
    public void AncestorsOf_AParentChainThatLoops_StopsBeforeRepeatingALocation()
    {
        var a = Location("a", parent: "b");
        var b = Location("b", parent: "c");
        var c = Location("c", parent: "a");
        var index = Report(locations: [a, b, c]).Index;

        Assert.Equal([b, c], index.AncestorsOf(new LocationId("a")).ToArray());
    }

    [Fact]
    public void AncestorsOf_AParentThatNamesNothing_EndsTheChainThere()
    {
        var kayes = Location("kayes", parent: "mali");
        var camp = Location("camp", parent: "kayes");
        var index = Report(locations: [camp, kayes]).Index;

        Assert.Equal([kayes], index.AncestorsOf(new LocationId("camp")).ToArray());
        Assert.Throws<KeyNotFoundException>(() => index.AncestorsOf(new LocationId("mali")));
    }
}
