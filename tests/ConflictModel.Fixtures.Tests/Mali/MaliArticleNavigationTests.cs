using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The report's look-ups and the disagreement finder on the Mali fixture, checked against the article as read by hand.</summary>
public sealed class MaliArticleNavigationTests
{
    private static readonly ReportIndex Index = MaliArticle.Report.Index;

    [Fact]
    public void ClaimsAbout_TheCampaign_AreTheFourteenClaimsAboutTheWesternMaliAttacks()
    {
        string[] expected =
        [
            "militants-neutralised", "incursions-repelled", "military-casualties-undisclosed", "jnim-responsibility", "barracks-seized",
            "enemy-losses", "materiel-recovered", "attack-coordinated-high-quality", "jnim-casualties-undisclosed", "third-attack-in-month", "seven-towns",
            "worrying-trend", "security-concerns", "concerning-escalation",
        ];

        Assert.Equal(expected, Index.ClaimsAbout(new EngagementId("western-mali-attacks")).Select(c => c.Id.Value).ToArray());
        Assert.Equal(["kayes-gunfire"], Index.ClaimsAbout(new EngagementId("kayes-attack")).Select(c => c.Id.Value).ToArray());
        Assert.Equal(["kayes-gunfire"], Index.ClaimsAbout(new LocationId("governors-residence")).Select(c => c.Id.Value).ToArray());
    }

    [Fact]
    public void EngagementsOf_TheCampaign_AreItsThreeNamedSites()
        => Assert.Equal(["kayes-attack", "diboli-attack", "sandare-attack"], Index.EngagementsOf(new EngagementId("western-mali-attacks")).Select(e => e.Id.Value).ToArray());

    [Fact]
    public void AncestorsOf_TheGovernorsResidence_AreKayesThenMali()
        => Assert.Equal(["kayes", "mali"], Index.AncestorsOf(new LocationId("governors-residence")).Select(l => l.Id.Value).ToArray());

    [Fact]
    public void MentionsOf_Diboli_IsTheMisspeltBinoli()
        => Assert.Equal(["Binoli"], Index.MentionsOf(EntityReference.To(new LocationId("diboli"))).Select(m => m.AsPrinted).ToArray());

    [Fact]
    public void AttributionsOf_TheArmysRepulse_QuoteTheArticle()
    {
        var resolved = Assert.Single(Index.AttributionsOf(Index.Get(new ClaimId("incursions-repelled"))));

        Assert.Equal("mali-article", resolved.Source?.Id.Value);
        Assert.Equal(TextSpanMatch.Matches, resolved.Match);
        Assert.Equal("the Mali military reported that it successfully repelled these incursions, asserting that more than 80 militants were “neutralised.”", resolved.QuotedText);
    }

    /// <summary>
    /// The one comparison on the current fixture: the army's repulse against JNIM's seizure of three
    /// barracks, both about the campaign. Nothing else qualifies: the army's two casualty claims
    /// (more than 80 neutralised, significant losses) have one claimant; the article's undisclosed
    /// military casualties have no bound; the 30 soldiers are of another engagement; JNIM alone claims
    /// responsibility; characterisations and assessments are free text; no claim is disputed.
    /// </summary>
    [Fact]
    public void Find_OnTheMaliReport_FlagsTheArmysRepulseAgainstJnimsSeizureOfBarracks()
    {
        var comparison = Assert.Single(ClaimComparisons.Find(MaliArticle.Report));

        Assert.Equal(ClaimAgreement.Disagreement, comparison.Kind);
        Assert.Equal(ComparisonRule.OutcomeContradictedByControl, comparison.Rule);
        Assert.Equal(EntityReference.To(new EngagementId("western-mali-attacks")), comparison.Subject);
        Assert.Equal(["incursions-repelled", "barracks-seized"], comparison.Claims.Select(c => c.Id.Value).ToArray());
        Assert.Equal(
            [
                "incursions-repelled: the Mali military reported that it successfully repelled these incursions, asserting that more than 80 militants were “neutralised.”",
                "barracks-seized: asserts it has seized control of three army barracks during the attacks",
            ],
            comparison.Quotes.Select(q => $"{q.Claim}: {q.Text}").ToArray());
        Assert.Contains("says it prevailed (repelled) in western-mali-attacks", comparison.Reason, System.StringComparison.Ordinal);
        Assert.Contains("says it seized 3 army barracks", comparison.Reason, System.StringComparison.Ordinal);
    }
}
