using System.Linq;
using NodaTime;
using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation;

public sealed class ValidationResultTests
{
    /// <summary>Eight different problems in one report, in sections given out of order on purpose.</summary>
    private static ConflictReport ManyProblems()
        => Report
            .WithMention(BinoliMention, Mention("m-binoli", EntityReference.To(L("diboli")), "Binoli"))
            .WithAttribution(ArmyAttribution, AttributionStatedAt(ArmyAttribution, ReportedTime.OnDate(new LocalDate(2025, 6, 30))))
            .WithClaim(OutcomeIndex, new OutcomeClaim(new ClaimId("c-outcome"), Claimant.ByActor(A("fama")), About(E("kayes-attack")), EngagementOutcome.Repelled).WithPrevailing(A("fama")))
            .WithEngagement(KayesAttack, KayesEngagement(participant: "ghost"))
            .WithLocation(Kayes, Location("kayes", LocationKind.Settlement, parent: "kayes-region", point: new GeoPoint(14.45, -11.44), precision: PlacePrecision.Country))
            .WithLocation(Mali, Location("mali", LocationKind.Country, parent: "kayes", iso: "ML", point: new GeoPoint(17.57, -3.99), precision: PlacePrecision.Country))
            .WithActors(Report.Actors.Add(Actor("jnim", "Another JNIM")))
            .WithSource(Article, ArticleSource(digest: Sha256Digest.Of("another text")));

    [Fact]
    public void Validate_ReportWithSeveralProblems_ReportsAllInOneCall_InReportOrder()
    {
        var result = ManyProblems().Validate();

        Assert.Equal(
            [
                (ValidationCodes.TextDigestMismatch, "/sources/0/textSha256", "article"),
                (ValidationCodes.DuplicateId, "/actors/4/id", "jnim"),
                (ValidationCodes.LocationParentCycle, "/locations/1/parent", "kayes-region"),
                (ValidationCodes.PrecisionCoarserThanPlace, "/locations/2/precision", "kayes"),
                (ValidationCodes.UnknownActor, "/engagements/1/participants/0/actor", "kayes-attack"),
                (ValidationCodes.ClaimWithoutAttribution, "/claims/3", "c-outcome"),
                (ValidationCodes.StatementBeforeEvent, "/attributions/1/statedAt", "a-army"),
                (ValidationCodes.MentionResolutionUnrated, "/mentions/0", "m-binoli"),
            ],
            result.Issues.Select(i => (i.Code, i.Path, i.EntityId!)));
        Assert.False(result.IsValid);
        Assert.Equal(6, result.Errors.Length);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Validate_SameReportTwice_GivesTheSameIssuesInTheSameOrder()
    {
        var report = ManyProblems();

        Assert.Equal(report.Validate().Issues.AsEnumerable(), report.Validate().Issues.AsEnumerable());
    }

    private static readonly string[] OutOfOrderPaths =
        ["/mentions/1", "/claims/1/claimant", "/claims/0", "", "/schemaVersion", "/engagements/1/participants/0/actor", "/claims/0/subjects/0"];

    [Fact]
    public void Validate_IssuesReportedOutOfOrder_AreOrderedByReportPlaceThenRuleOrder()
    {
        var descriptor = ReportValidatorTests.Descriptor;
        var rule = new ReportingRule([descriptor], c =>
        {
            foreach (var path in OutOfOrderPaths)
            {
                c.AddIssue(descriptor, path, null, "Reported for the order test.");
            }
        });
        var validator = ReportValidatorBuilder.WithBuiltInRules().AddRule(rule).Build();

        var result = validator.Validate(Report.WithEngagement(KayesAttack, KayesEngagement(participant: "ghost")));

        Assert.Equal(
            [
                ("ACME001", ""),
                ("ACME001", "/schemaVersion"),
                (ValidationCodes.UnknownActor, "/engagements/1/participants/0/actor"),
                ("ACME001", "/engagements/1/participants/0/actor"),
                ("ACME001", "/claims/0"),
                ("ACME001", "/claims/0/subjects/0"),
                ("ACME001", "/claims/1/claimant"),
                ("ACME001", "/mentions/1"),
            ],
            result.Issues.Select(i => (i.Code, i.Path)));
    }

    [Fact]
    public void IsValid_OnlyWarningsAndInfo_IsTrue()
    {
        var result = new ValidationResult(
        [
            new ValidationIssue("CM0801", ValidationSeverity.Warning, "/locations/2/point", "kayes", "A point without precision."),
            new ValidationIssue("CM0405", ValidationSeverity.Info, "/attributions/0/quote", "a-attack", "A span not checkable."),
        ]);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Single(result.Warnings);
        Assert.Equal("valid: 0 error(s), 1 warning(s), 1 info", result.ToString());
    }

    [Fact]
    public void Valid_HasNoIssue() => Assert.True(ValidationResult.Valid is { IsValid: true, Issues.IsEmpty: true });
}
