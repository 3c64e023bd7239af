using System;
using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation;

public sealed class ReportValidationContextTests
{
    [Fact]
    public void Lookups_DuplicateAndUnknownIds_ResolveToTheFirstOrToNothing()
    {
        var report = Report.WithActors(Report.Actors.Add(Actor("jnim", "Another JNIM")));
        var seen = (First: -1, Name: string.Empty, Unknown: 0, Found: true, Location: false, Claim: false, MissingClaim: true);
        var rule = new ReportingRule([ReportValidatorTests.Descriptor], c =>
        {
            c.TryGetActor(A("jnim"), out var jnim);
            seen = (
                c.IndexOf(A("jnim")),
                jnim!.Name.Text,
                c.IndexOf(A("ghost")),
                c.TryGetActor(A("ghost"), out _),
                c.Contains(EntityReference.To(L("kayes"))),
                c.Contains(EntityReference.To(new ClaimId("c-toll"))),
                c.Contains(EntityReference.To(new ClaimId("c-ghost"))));
        });

        ReportValidatorBuilder.WithBuiltInRules().AddRule(rule).Build().Validate(report);

        Assert.Equal((Jnim, "JNIM", -1, false, true, true, false), seen);
    }

    [Fact]
    public void Lookups_EveryKind_FindsTheFixtureEntities()
    {
        var found = Array.Empty<bool>();
        var rule = new ReportingRule([ReportValidatorTests.Descriptor], c => found =
        [
            c.TryGetSource(ArticleId, out _),
            c.TryGetLocation(L("diboli"), out _),
            c.TryGetEngagement(E("kayes-attack"), out _),
            c.TryGetClaim(new ClaimId("c-outcome"), out _),
            c.TryGetAttribution(At("a-toll"), out _),
            c.IndexOf(At("a-toll")) == TollAttribution,
            c.IndexOf(new ClaimId("c-outcome")) == OutcomeIndex,
        ]);

        ReportValidatorBuilder.WithBuiltInRules().AddRule(rule).Build().Validate(Report);

        Assert.Equal([true, true, true, true, true, true, true], found);
    }
}
