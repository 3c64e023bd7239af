using System;
using System.Linq;
using static ConflictModel.Tests.Reports.TestReports;

namespace ConflictModel.Tests.Reports;

public sealed class ClaimComparisonsTests
{
    private static readonly Actor[] Sides = [Actor("army", "the army"), Actor("jnim", "JNIM"), Actor("witness", "a witness"), Actor("isgs", "ISGS"), Actor("al-qaeda", "al-Qaeda"), Actor("affiliate", "an affiliate", "al-qaeda")];

    [Fact]
    public void Find_CasualtyRangesThatDoNotOverlap_IsADisagreementWithTheQuotes()
    {
        var army = Casualties("army-12", By("army"), CountEstimate.MoreThan(12), "jnim", attributions: ["army-said"]);
        var jnim = Casualties("jnim-3", By("jnim"), CountEstimate.AtMost(3), "jnim", attributions: ["jnim-said"]);
        var report = WithText(army, jnim);

        var comparison = Assert.Single(ClaimComparisons.Find(report));

        Assert.Equal(ClaimAgreement.Disagreement, comparison.Kind);
        Assert.Equal(ComparisonRule.CasualtyRangesDisjoint, comparison.Rule);
        Assert.Equal(AboutEngagement("attack"), comparison.Subject);
        Assert.Equal(["army-12", "jnim-3"], comparison.Claims.Select(c => c.Id.Value).ToArray());
        Assert.Equal(
            "the army gives more than 12 (13 or more) killed among JNIM in attack; JNIM gives at most 3 (0 to 3). The ranges do not overlap, so both cannot be true of the same victims.",
            comparison.Reason);
        Assert.Equal(
            ["army-12: \"killed 12 fighters\"", "jnim-3: \"lost 3 fighters\""],
            comparison.Quotes.Select(q => $"{q.Claim}: \"{q.Text}\"").ToArray());
    }

    [Fact]
    public void Find_CasualtyRangesThatOverlap_FromIndependentClaimants_IsACorroboration()
    {
        var army = Casualties("army-12", By("army"), CountEstimate.Exactly(12), "jnim", attributions: ["army-said"]);
        var witness = Casualties("witness-10", By("witness"), CountEstimate.AtLeast(10), "jnim", attributions: ["witness-said"]);

        var comparison = Assert.Single(ClaimComparisons.Find(WithText(army, witness)));

        Assert.Equal(ClaimAgreement.Corroboration, comparison.Kind);
        Assert.Equal(ComparisonRule.CasualtyRangesOverlap, comparison.Rule);
        Assert.Equal(
            "the army gives 12 (exactly 12) killed among JNIM in attack; a witness gives at least 10 (10 or more). The ranges overlap (exactly 12), and the claimants are independent.",
            comparison.Reason);
    }

    [Theory]
    [InlineData("other victims")]
    [InlineData("no victims")]
    [InlineData("other outcome")]
    [InlineData("same claimant")]
    [InlineData("no bound")]
    [InlineData("other subject")]
    [InlineData("retracted")]
    public void Find_CasualtyClaimsThatDoNotCountTheSameThing_AreNotCompared(string difference)
    {
        var army = Casualties("army-12", By("army"), CountEstimate.MoreThan(12), "jnim");
        var other = difference switch
        {
            "other victims" => Casualties("other", By("jnim"), CountEstimate.AtMost(3), "army"),
            "no victims" => Casualties("other", By("jnim"), CountEstimate.AtMost(3), null),
            "other outcome" => Casualties("other", By("jnim"), CountEstimate.AtMost(3), "jnim", CasualtyOutcome.Wounded),
            "same claimant" => Casualties("other", By("army"), CountEstimate.AtMost(3), "jnim"),
            "no bound" => Casualties("other", By("jnim"), CountEstimate.Approximately(3), "jnim"),
            "other subject" => Casualties("other", By("jnim"), CountEstimate.AtMost(3), "jnim", subject: "other-attack"),
            _ => Casualties("other", By("jnim"), CountEstimate.AtMost(3), "jnim", status: ClaimStatus.Retracted),
        };

        Assert.Empty(ClaimComparisons.Find(Report(actors: Sides, claims: [army, other])));
    }

    [Theory]
    [InlineData("shared attribution")]
    [InlineData("affiliated claimants")]
    [InlineData("spoken by the other claimant")]
    public void Find_CompatibleFiguresFromClaimantsThatAreNotIndependent_AreNoCorroboration(string dependence)
    {
        var (first, second) = dependence switch
        {
            "shared attribution" => (
                Casualties("a", By("army"), CountEstimate.Exactly(12), "jnim", attributions: ["army-said"]),
                Casualties("b", By("witness"), CountEstimate.AtLeast(10), "jnim", attributions: ["army-said"])),
            "affiliated claimants" => (
                Casualties("a", By("al-qaeda"), CountEstimate.Exactly(12), "army"),
                Casualties("b", By("affiliate"), CountEstimate.AtLeast(10), "army")),
            _ => (
                Casualties("a", By("army"), CountEstimate.Exactly(12), "jnim"),
                Casualties("b", BySource("article"), CountEstimate.AtLeast(10), "jnim", attributions: ["army-said"])),
        };

        Assert.Empty(ClaimComparisons.Find(WithText(first, second)));
    }

    [Fact]
    public void Find_AnOutcomeOneSideWonAndTheOtherSidesSeizure_IsADisagreement()
    {
        var repelled = Outcome("repelled", By("army"), EngagementOutcome.Repelled, "army", attributions: ["army-said"]);
        var seized = Control("seized", By("jnim"), "jnim", ControlChange.Seized, attributions: ["jnim-said"]);

        var comparison = Assert.Single(ClaimComparisons.Find(WithText(repelled, seized)));

        Assert.Equal(ClaimAgreement.Disagreement, comparison.Kind);
        Assert.Equal(ComparisonRule.OutcomeContradictedByControl, comparison.Rule);
        Assert.Equal(
            "the army says it prevailed (repelled) in attack; JNIM says it seized camp. JNIM gaining ground there contradicts the army prevailing, unless one followed the other.",
            comparison.Reason);
        Assert.Equal(["army-said", "jnim-said"], comparison.Quotes.Select(q => q.Attribution.Attribution.Id.Value).ToArray());
    }

    [Fact]
    public void Find_AnOutcomeWonAndTheWinnersOwnLossOfGround_IsADisagreementInEitherOrder()
    {
        var lost = Control("lost", By("jnim"), "army", ControlChange.Lost);
        var repelled = Outcome("repelled", By("army"), EngagementOutcome.Repelled, "army");

        var comparison = Assert.Single(ClaimComparisons.Find(Report(actors: Sides, claims: [lost, repelled])));

        Assert.Equal(ComparisonRule.OutcomeContradictedByControl, comparison.Rule);
        Assert.Equal(["lost", "repelled"], comparison.Claims.Select(c => c.Id.Value).ToArray());
        Assert.EndsWith("The army losing ground there contradicts its prevailing, unless one followed the other.", comparison.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EngagementOutcome.Repelled, "army", ControlChange.Held, "army")]
    [InlineData(EngagementOutcome.Inconclusive, "army", ControlChange.Seized, "jnim")]
    [InlineData(EngagementOutcome.Repelled, null, ControlChange.Seized, "jnim")]
    [InlineData(EngagementOutcome.Succeeded, "jnim", ControlChange.Seized, "jnim")]
    public void Find_AnOutcomeAndAControlClaimThatFitTogether_AreNotADisagreement(EngagementOutcome outcome, string? prevailing, ControlChange change, string controller)
    {
        var said = Outcome("outcome", By("army"), outcome, prevailing);
        var control = Control("control", By("jnim"), controller, change);

        Assert.Empty(ClaimComparisons.Find(Report(actors: Sides, claims: [said, control])));
    }

    [Fact]
    public void Find_TwoOutcomesWithDifferentWinners_IsADisagreement()
    {
        var repelled = Outcome("repelled", By("army"), EngagementOutcome.Repelled, "army");
        var succeeded = Outcome("succeeded", By("jnim"), EngagementOutcome.Succeeded, "jnim");

        var comparison = Assert.Single(ClaimComparisons.Find(Report(actors: Sides, claims: [repelled, succeeded])));

        Assert.Equal(ClaimAgreement.Disagreement, comparison.Kind);
        Assert.Equal(ComparisonRule.RivalOutcomes, comparison.Rule);
        Assert.Equal("the army says it prevailed (repelled) in attack; JNIM says it prevailed (succeeded). Two sides cannot both have prevailed.", comparison.Reason);
        Assert.Equal("disagreement (rival outcomes): " + comparison.Reason, comparison.ToString());
    }

    [Fact]
    public void Find_TwoIndependentClaimantsGivingTheSameOutcome_IsACorroboration()
    {
        var army = Outcome("army", By("army"), EngagementOutcome.Repelled, "army");
        var witness = Outcome("witness", By("witness"), EngagementOutcome.Repelled, "army");

        var comparison = Assert.Single(ClaimComparisons.Find(Report(actors: Sides, claims: [army, witness])));

        Assert.Equal(ClaimAgreement.Corroboration, comparison.Kind);
        Assert.Equal(ComparisonRule.SameOutcome, comparison.Rule);
        Assert.Equal("the army says it prevailed (repelled) in attack; a witness says the army prevailed (repelled). The claimants are independent.", comparison.Reason);
    }

    [Fact]
    public void Find_ResponsibilityClaimedByTwoActors_IsADisagreement()
    {
        var jnim = Responsibility("jnim", By("jnim"), "jnim");
        var isgs = Responsibility("isgs", By("isgs"), "isgs");

        var comparison = Assert.Single(ClaimComparisons.Find(Report(actors: Sides, claims: [jnim, isgs])));

        Assert.Equal(ClaimAgreement.Disagreement, comparison.Kind);
        Assert.Equal(ComparisonRule.RivalResponsibility, comparison.Rule);
        Assert.Equal("JNIM says it is responsible for attack; ISGS says it is responsible. The two are not affiliated, so each claim excludes the other.", comparison.Reason);
    }

    [Fact]
    public void Find_ResponsibilityOfAnAffiliateAndItsParent_IsNotADisagreement()
    {
        var parent = Responsibility("parent", By("army"), "al-qaeda");
        var affiliate = Responsibility("affiliate", By("witness"), "affiliate");

        Assert.Empty(ClaimComparisons.Find(Report(actors: Sides, claims: [parent, affiliate])));
    }

    [Fact]
    public void Find_TheSameResponsibleFromIndependentClaimants_IsACorroboration()
    {
        var jnim = Responsibility("jnim", By("jnim"), "jnim");
        var army = Responsibility("army", By("army"), "jnim");

        var comparison = Assert.Single(ClaimComparisons.Find(Report(actors: Sides, claims: [jnim, army])));

        Assert.Equal(ComparisonRule.SameResponsibility, comparison.Rule);
        Assert.Equal(ClaimAgreement.Corroboration, comparison.Kind);
        Assert.StartsWith("corroboration (same responsibility): JNIM says it is responsible for attack; the army says JNIM is responsible.", comparison.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClaimStatus.Disputed, "disputed")]
    [InlineData(ClaimStatus.Denied, "denied")]
    public void Find_AContestedClaimAndAClaimAboutIt_IsADisagreementContestedFirst(ClaimStatus status, string word)
    {
        var figure = Casualties("army-12", By("army"), CountEstimate.Exactly(12), "jnim", status: status, attributions: ["army-said"]);
        var denial = Characterisation("jnim-denial", By("jnim"), [AboutClaim("army-12")], attributions: ["jnim-said"]);

        var comparison = Assert.Single(ClaimComparisons.Find(WithText(denial, figure)));

        Assert.Equal(ClaimAgreement.Disagreement, comparison.Kind);
        Assert.Equal(ComparisonRule.DisputedByClaim, comparison.Rule);
        Assert.Equal(AboutClaim("army-12"), comparison.Subject);
        Assert.Equal(["army-12", "jnim-denial"], comparison.Claims.Select(c => c.Id.Value).ToArray());
        Assert.Equal($"the army's claim army-12 stands {word}, and JNIM makes a claim about it (jnim-denial).", comparison.Reason);
        Assert.Equal(["army-12", "jnim-denial"], comparison.Quotes.Select(q => q.Claim.Value).ToArray());
    }

    [Fact]
    public void Find_AContestedClaimThatNoOtherClaimantAddresses_IsADisagreementOfOneClaim()
    {
        var figure = Casualties("army-12", By("army"), CountEstimate.Exactly(12), "jnim", status: ClaimStatus.Disputed);
        var ownRemark = Characterisation("army-remark", By("army"), [AboutClaim("army-12")]);

        var comparison = Assert.Single(ClaimComparisons.Find(Report(actors: Sides, claims: [figure, ownRemark])));

        Assert.Equal(ComparisonRule.MarkedDisputed, comparison.Rule);
        Assert.Equal(ClaimAgreement.Disagreement, comparison.Kind);
        Assert.Equal(["army-12"], comparison.Claims.Select(c => c.Id.Value).ToArray());
        Assert.Equal("the army's claim army-12 stands disputed; the report holds no claim of another claimant about it.", comparison.Reason);
    }

    [Fact]
    public void Find_ManyClaims_OrdersByReportPositionAndComparesEachPairOnce()
    {
        // Two subjects shared by the same pair: the pair is still compared once.
        var a = Responsibility("a", By("jnim"), "jnim");
        var b = Responsibility("b", By("isgs"), "isgs");
        var c = Casualties("c", By("army"), CountEstimate.MoreThan(12), "jnim");
        var d = Casualties("d", By("jnim"), CountEstimate.AtMost(3), "jnim");
        var report = Report(actors: Sides, claims: [c, a, d, b]);

        var found = ClaimComparisons.Find(report);

        Assert.Equal(
            ["CasualtyRangesDisjoint c d", "RivalResponsibility a b"],
            found.Select(f => $"{f.Rule} {string.Join(" ", f.Claims.Select(x => x.Id))}").ToArray());
    }

    [Fact]
    public void Find_ClaimsNamingActorsOrSourcesNotInTheReport_NamesThemByTheirIds()
    {
        var army = Responsibility("a", By("ghost"), "ghost");
        var other = Responsibility("b", BySource("nowhere"), "jnim");

        var comparison = Assert.Single(ClaimComparisons.Find(Report(claims: [army, other])));

        Assert.Equal("ghost says it is responsible for attack; the source nowhere says jnim is responsible. The two are not affiliated, so each claim excludes the other.", comparison.Reason);
        Assert.Empty(comparison.Quotes);
    }

    [Fact]
    public void Find_NullReport_IsRefused()
        => Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ClaimComparisons.Find(null!)).ParamName);

    private static ConflictReport WithText(params Claim[] claims)
        => Report(
            [Source("article")],
            Sides,
            claims: claims,
            attributions:
            [
                Attribution("army-said", "killed 12 fighters", speaker: "army"),
                Attribution("jnim-said", "lost 3 fighters", speaker: "jnim"),
                Attribution("witness-said", "counted 10 dead fighters", speaker: "witness"),
            ]);
}
