using System;
using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The figures and claims of the article, checked by hand against what it prints.</summary>
public sealed class MaliArticleClaimsTests
{
    [Fact]
    public void MilitantsNeutralised_Count_IsMoreThan80WithLow81AndNoHighOrBest()
    {
        var claim = MaliArticle.Claims.MilitantsNeutralised;

        Assert.Equal(EstimateQualifier.MoreThan, claim.Count.Qualifier);
        Assert.Equal(80, claim.Count.Value);
        Assert.Equal(81, claim.Count.Low);
        Assert.Null(claim.Count.High);
        Assert.Null(claim.Count.Best);
        Assert.Equal("more than 80", claim.Count.Wording);
        Assert.Equal("militants", claim.Count.Counted);
        Assert.Equal(CasualtyOutcome.Neutralised, claim.Outcome);
        Assert.Equal(new ActorId("jihadist-fighters"), claim.Victims);
    }

    [Fact]
    public void MilitantsNeutralised_Claimant_IsTheArmyReportingOnTuesdayMorning()
    {
        var claim = MaliArticle.Claims.MilitantsNeutralised;
        var attribution = MaliArticle.Attributions.ArmyReport;

        Assert.Equal(Claimant.ByActor(new ActorId("malian-armed-forces")), claim.Claimant);
        Assert.Equal([attribution.Id], claim.Attributions.AsEnumerable());
        Assert.Contains("more than 80 militants were “neutralised.”", attribution.Quote.Exact, System.StringComparison.Ordinal);
        Assert.Equal(QuoteMode.Paraphrase, attribution.Mode);
        Assert.Equal(StatementChannel.Unspecified, attribution.Channel);
        Assert.Equal("Tuesday morning", attribution.StatedAt?.Wording);
    }

    [Fact]
    public void IncursionsRepelled_Outcome_IsRepelledWithTheArmyPrevailing()
    {
        var claim = MaliArticle.Claims.IncursionsRepelled;

        Assert.Equal(EngagementOutcome.Repelled, claim.Outcome);
        Assert.Equal(new ActorId("malian-armed-forces"), claim.Prevailing);
        Assert.Equal([MaliArticle.Attributions.ArmyReport.Id], claim.Attributions.AsEnumerable());
    }

    [Fact]
    public void SoldiersKilled30_Count_IsAtLeast30WithLow30AndNoHigh()
    {
        var claim = MaliArticle.Claims.SoldiersKilled30;

        Assert.Equal(EstimateQualifier.AtLeast, claim.Count.Qualifier);
        Assert.Equal(30, claim.Count.Low);
        Assert.Null(claim.Count.High);
        Assert.Null(claim.Count.Best);
        Assert.Equal("at least 30", claim.Count.Wording);
        Assert.Equal("soldiers", claim.Count.Counted);
        Assert.Equal(CasualtyOutcome.Killed, claim.Outcome);
        Assert.Equal(Claimant.BySource(new SourceId("mali-article")), claim.Claimant);
        Assert.Equal([EntityReference.To(new EngagementId("earlier-assault"))], claim.Subjects.AsEnumerable());
    }

    [Fact]
    public void MilitaryCasualtiesUndisclosed_Count_IsUndisclosedNotZero()
    {
        var claim = MaliArticle.Claims.MilitaryCasualtiesUndisclosed;

        Assert.Equal(EstimateQualifier.Undisclosed, claim.Count.Qualifier);
        Assert.Null(claim.Count.Value);
        Assert.Null(claim.Count.Low);
        Assert.Null(claim.Count.Best);
        Assert.Null(claim.Count.High);
        Assert.Equal(Claimant.BySource(new SourceId("mali-article")), claim.Claimant);
        Assert.Equal(new ActorId("malian-armed-forces"), claim.Victims);
        Assert.Equal(
            ["details regarding potential military casualties remain undisclosed"],
            claim.Attributions.Select(id => MaliArticle.Report.Attributions.Single(a => a.Id == id).Quote.Exact));
    }

    [Fact]
    public void JnimCasualtiesUndisclosed_IsJnimsWithheldFigureOnSocialMedia()
    {
        var claim = MaliArticle.Claims.JnimCasualtiesUndisclosed;
        var attribution = MaliArticle.Report.Attributions.Single(a => a.Id == Assert.Single(claim.Attributions));

        Assert.Equal(Claimant.ByActor(new ActorId("jnim")), claim.Claimant);
        Assert.Equal(EstimateQualifier.Undisclosed, claim.Count.Qualifier);
        Assert.Null(claim.Count.Low);
        Assert.Equal(CasualtyOutcome.Unspecified, claim.Outcome);
        Assert.Null(claim.Victims);
        Assert.Equal("did not specify casualty figures", attribution.Quote.Exact);
        Assert.Equal(new ActorId("jnim"), attribution.Speaker);
        Assert.Equal(StatementChannel.SocialMedia, attribution.Channel);
    }

    [Fact]
    public void ThirdAttackInMonth_Subjects_AreTheThreeAttacksOfTheMonth()
    {
        Assert.Equal(
            [
                EntityReference.To(new EngagementId("western-mali-attacks")),
                EntityReference.To(new EngagementId("timbuktu-raid")),
                EntityReference.To(new EngagementId("earlier-assault")),
            ],
            MaliArticle.Claims.ThirdAttackInMonth.Subjects.AsEnumerable());
    }

    [Fact]
    public void ProlongedCrisis_Subjects_LinkTheIslamistInsurgencyAndTheSeparatists()
    {
        Assert.Contains(EntityReference.To(new ActorId("islamist-insurgency")), MaliArticle.Claims.ProlongedCrisis.Subjects);
        Assert.Contains(EntityReference.To(new ActorId("separatist-factions")), MaliArticle.Claims.ProlongedCrisis.Subjects);
        Assert.Equal(ConflictCategory.RebelGroup, MaliArticle.Actors.IslamistInsurgency.Category);
    }

    [Fact]
    public void BarracksSeized_Extent_IsExactlyThreeUnnamedBarracksSeizedByJnim()
    {
        var claim = MaliArticle.Claims.BarracksSeized;

        Assert.Equal(Claimant.ByActor(new ActorId("jnim")), claim.Claimant);
        Assert.Equal(new ActorId("jnim"), claim.Controller);
        Assert.Equal(ControlChange.Seized, claim.Change);
        Assert.Equal(3, claim.Extent?.Best);
        Assert.Equal("three army barracks", claim.Extent?.Wording);
        Assert.Empty(claim.Places);
    }

    [Fact]
    public void JnimResponsibility_IsJnimsOwnClaimInTheLedeAndTheBody()
    {
        var claim = MaliArticle.Claims.JnimResponsibility;

        Assert.True(claim.IsSelfClaimed);
        Assert.Equal([EntityReference.To(new EngagementId("western-mali-attacks"))], claim.Subjects.AsEnumerable());
        Assert.Equal(
            [
                "insurgents linked to al-Qaeda claim responsibility for coordinated assaults",
                "The group claiming responsibility for the onslaught, Jama'at Nusrat al-Islam wal Muslimin (JNIM)",
            ],
            claim.Attributions.Select(id => MaliArticle.Report.Attributions.Single(a => a.Id == id).Quote.Exact));
    }

    [Fact]
    public void EnemyLosses_IsTheArmysClaimInItsSpokespersonsQuotedWordsOnTelevision()
    {
        var claim = MaliArticle.Claims.EnemyLosses;
        var attribution = MaliArticle.Attributions.DembeleLosses;

        Assert.Equal(Claimant.ByActor(new ActorId("malian-armed-forces")), claim.Claimant);
        Assert.Equal(EstimateQualifier.Unknown, claim.Count.Qualifier);
        Assert.Equal("significant losses", claim.Count.Wording);
        Assert.Equal(CasualtyOutcome.Unspecified, claim.Outcome);
        Assert.Equal(QuoteMode.DirectQuote, attribution.Mode);
        Assert.Equal(StatementChannel.Television, attribution.Channel);
        Assert.Equal("national television", attribution.ChannelWording);
        Assert.Equal(new ActorId("souleymane-dembele"), attribution.Speaker);
        Assert.Equal(
            "The enemy suffered significant losses in every location where they engaged with the security and defence forces",
            attribution.Quote.Exact);
    }

    [Fact]
    public void MaterielRecovered_Items_AreWeaponsVehiclesAndMotorcyclesFromTheAttackers()
    {
        var claim = MaliArticle.Claims.MaterielRecovered;

        Assert.Equal(MaterielAction.Recovered, claim.Action);
        Assert.Equal(["weapons", "vehicles", "motorcycles"], claim.Items.Select(i => i.Wording));
        Assert.Equal(
            [MaterielCategory.Weapons, MaterielCategory.Vehicles, MaterielCategory.Motorcycles],
            claim.Items.Select(i => i.Category));
        Assert.All(claim.Items, i => Assert.Null(i.Count));
        Assert.Equal(new ActorId("malian-armed-forces"), claim.Taker);
        Assert.Equal(new ActorId("jihadist-fighters"), claim.From);
    }

    [Fact]
    public void AttackCoordinatedHighQuality_IsJnimsQuotedWordsOnSocialMedia()
    {
        var claim = MaliArticle.Claims.AttackCoordinatedHighQuality;
        var attribution = MaliArticle.Attributions.JnimSocialMedia;

        Assert.Equal("coordinated and high quality", claim.Characterisation);
        Assert.Equal("coordinated and high quality", attribution.Quote.Exact);
        Assert.Equal(QuoteMode.DirectQuote, attribution.Mode);
        Assert.Equal(StatementChannel.SocialMedia, attribution.Channel);
        Assert.Equal(new ActorId("jnim"), attribution.Speaker);
    }

    [Fact]
    public void KayesGunfire_IsTheResidentsWitnessAccountOfKayesAndTheGovernorsResidence()
    {
        var claim = MaliArticle.Claims.KayesGunfire;
        var quote = MaliArticle.Attributions.ResidentQuote;

        Assert.Equal(Claimant.ByActor(new ActorId("kayes-resident")), claim.Claimant);
        Assert.Equal(
            [EntityReference.To(new EngagementId("kayes-attack")), EntityReference.To(new LocationId("governors-residence"))],
            claim.Subjects.AsEnumerable());
        Assert.Equal(StatementChannel.WitnessAccount, quote.Channel);
        Assert.Equal(QuoteMode.DirectQuote, quote.Mode);
        Assert.Contains(claim.Characterisation, quote.Quote.Exact, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SevenTowns_Extent_IsExactlySevenTownsOfWhichThreeAreNamedPlaces()
    {
        var claim = MaliArticle.Claims.SevenTowns;
        var named = MaliArticle.Report.Engagements
            .Where(e => e.Campaign == MaliArticle.Ids.WesternMaliAttacks)
            .SelectMany(e => e.Locations)
            .Select(id => MaliArticle.Report.Locations.Single(l => l.Id == id))
            .Where(l => l.Kind == LocationKind.Settlement)
            .OrderBy(l => l.Id.Value, StringComparer.Ordinal);

        Assert.Equal(EstimateQualifier.Exact, claim.Extent.Qualifier);
        Assert.Equal(7, claim.Extent.Value);
        Assert.Equal("towns", claim.Extent.Counted);
        Assert.Equal("seven towns", claim.Extent.Wording);
        Assert.Equal(Claimant.BySource(new SourceId("mali-article")), claim.Claimant);
        Assert.Equal(["diboli", "kayes", "sandare"], named.Select(l => l.Id.Value));
    }

    [Fact]
    public void TimbuktuResponsibility_IsJnimsUndatedClaimForTheRaid()
    {
        var claim = MaliArticle.Claims.TimbuktuResponsibility;
        var attribution = MaliArticle.Attributions.JnimTimbuktuClaim;

        Assert.True(claim.IsSelfClaimed);
        Assert.Equal([EntityReference.To(new EngagementId("timbuktu-raid"))], claim.Subjects.AsEnumerable());
        Assert.Null(attribution.StatedAt);
        Assert.Equal(StatementChannel.Unspecified, attribution.Channel);
    }

    [Fact]
    public void DeeplyTroubling_IsLangleysAssessmentOfMaliNigeriaAndTheLakeChadBasin()
    {
        var claim = MaliArticle.Claims.DeeplyTroubling;

        Assert.Equal(Claimant.ByActor(new ActorId("michael-langley")), claim.Claimant);
        Assert.Equal("deeply troubling", claim.Assessment);
        Assert.Equal(["mali", "nigeria", "lake-chad-basin"], claim.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Claims_Status_AreAllAsserted()
    {
        Assert.All(MaliArticle.Report.Claims, c => Assert.Equal(ClaimStatus.Asserted, c.Status));
    }
}
