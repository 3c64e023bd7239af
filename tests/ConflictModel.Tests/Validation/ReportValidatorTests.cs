using System;
using System.Collections.Immutable;
using System.Linq;
using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation;

public sealed class ReportValidatorTests
{
    private static readonly ConflictReport GhostParticipant = Report.WithEngagement(KayesAttack, KayesEngagement(participant: "ghost"));

    [Fact]
    public void Default_Descriptors_AreTheBuiltInCodesInCodeOrder()
        => Assert.Equal(ValidationCodes.All.AsEnumerable(), ReportValidator.Default.Descriptors.AsEnumerable());

    [Fact]
    public void Validate_CustomRule_ReportsLikeABuiltInRuleAtItsDefaultSeverity()
    {
        var validator = ReportValidatorBuilder.WithBuiltInRules().AddRule(new ActorsHaveCountryRule()).Build();

        var result = validator.Validate(Report);

        Assert.Equal(
            ["/actors/1/country", "/actors/2/country", "/actors/3/country"],
            result.Issues.Select(i => i.Path));
        Assert.All(result.Issues, i => Assert.Equal(("ACME001", ValidationSeverity.Warning), (i.Code, i.Severity)));
        Assert.Equal(["jnim", "al-qaeda", "dembele"], result.Issues.Select(i => i.EntityId));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_CustomRuleTurnedUpToError_MakesTheReportInvalid()
    {
        var validator = ReportValidatorBuilder.WithBuiltInRules()
            .SetSeverity("ACME001", ValidationSeverity.Error)
            .AddRule(new ActorsHaveCountryRule())
            .Build();

        var result = validator.Validate(Report);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.Errors.Length);
        Assert.All(result.Issues, i => Assert.Equal(ValidationSeverity.Error, i.Severity));
    }

    [Fact]
    public void Validate_BuiltInCodeTurnedDownToInfo_LeavesTheReportValid()
    {
        var validator = ReportValidatorBuilder.WithBuiltInRules().SetSeverity(ValidationCodes.UnknownActor, ValidationSeverity.Info).Build();

        var result = validator.Validate(GhostParticipant);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((ValidationCodes.UnknownActor, ValidationSeverity.Info), (issue.Code, issue.Severity));
        Assert.True(result.IsValid);
        Assert.False(GhostParticipant.Validate().IsValid);
    }

    [Fact]
    public void Validate_DisabledCode_IsNotReported()
    {
        var validator = ReportValidatorBuilder.WithBuiltInRules().Disable(ValidationCodes.UnknownActor).Build();

        Assert.Empty(validator.Validate(GhostParticipant).Issues);
        Assert.Null(validator.SeverityOf(ValidationCodes.UnknownActor));
    }

    [Fact]
    public void ResetSeverity_DisabledCode_IsReportedAgainAtItsDefault()
    {
        var validator = ReportValidatorBuilder.WithBuiltInRules().Disable(ValidationCodes.UnknownActor).ResetSeverity(ValidationCodes.UnknownActor).Build();

        Assert.Equal(ValidationSeverity.Error, validator.SeverityOf(ValidationCodes.UnknownActor));
    }

    [Fact]
    public void ToBuilder_ConfiguredValidator_KeepsRulesAndSeverities()
    {
        var validator = ReportValidatorBuilder.WithBuiltInRules()
            .AddRule(new ActorsHaveCountryRule())
            .SetSeverity(ValidationCodes.SpanNotCheckable, ValidationSeverity.Error)
            .Disable(ValidationCodes.AttributionNotCited)
            .Build();

        var copy = validator.ToBuilder().Build();

        Assert.Equal(validator.Rules.AsEnumerable(), copy.Rules.AsEnumerable());
        Assert.Equal(ValidationSeverity.Error, copy.SeverityOf(ValidationCodes.SpanNotCheckable));
        Assert.Null(copy.SeverityOf(ValidationCodes.AttributionNotCited));
        Assert.Equal(ValidationSeverity.Warning, copy.SeverityOf("ACME001"));
    }

    [Fact]
    public void Builder_WithoutBuiltInRules_RunsOnlyTheRulesAdded()
    {
        var validator = ReportValidatorBuilder.WithNoRules().AddRule(new ActorsHaveCountryRule()).Build();

        var result = validator.Validate(GhostParticipant);

        Assert.All(result.Issues, i => Assert.Equal("ACME001", i.Code));
        Assert.Single(validator.Rules);
    }

    [Fact]
    public void AddRule_CustomRuleWithBuiltInCode_Throws()
    {
        var rule = new ActorsHaveCountryRule(new ValidationDescriptor("CM0999", ValidationSeverity.Warning, "Pretends to be built in."));

        var error = Assert.Throws<ArgumentException>(() => ReportValidatorBuilder.WithBuiltInRules().AddRule(rule));
        Assert.Contains("CM0999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRule_CodeAlreadyDeclared_Throws()
    {
        var builder = ReportValidatorBuilder.WithBuiltInRules().AddRule(new ActorsHaveCountryRule());

        var error = Assert.Throws<ArgumentException>(() => builder.AddRule(new ActorsHaveCountryRule()));
        Assert.Contains("ACME001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRule_SameRuleTwice_Throws()
    {
        var rule = new ActorsHaveCountryRule();
        var builder = ReportValidatorBuilder.WithBuiltInRules().AddRule(rule);

        Assert.Throws<ArgumentException>(() => builder.AddRule(rule));
    }

    [Fact]
    public void AddRule_NoDescriptor_Throws()
        => Assert.Throws<ArgumentException>(() => ReportValidatorBuilder.WithBuiltInRules().AddRule(new ReportingRule([], _ => { })));

    [Fact]
    public void Build_SeverityOfCodeNoRuleDeclares_Throws()
    {
        var builder = ReportValidatorBuilder.WithBuiltInRules().SetSeverity("ACME404", ValidationSeverity.Error);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("ACME404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RuleReportsACodeItDoesNotDeclare_Throws()
    {
        var undeclared = new ValidationDescriptor("ACME002", ValidationSeverity.Error, "Not declared.");
        var rule = new ReportingRule([Descriptor], c => c.AddIssue(undeclared, "/actors/0", "fama", "Reported without being declared."));
        var validator = ReportValidatorBuilder.WithBuiltInRules().AddRule(rule).Build();

        Assert.Throws<InvalidOperationException>(() => validator.Validate(Report));
    }

    [Fact]
    public void AddIssue_ContextKeptAfterTheRuleReturned_Throws()
    {
        ReportValidationContext? kept = null;
        var validator = ReportValidatorBuilder.WithBuiltInRules().AddRule(new ReportingRule([Descriptor], c => kept = c)).Build();
        validator.Validate(Report);

        Assert.Throws<InvalidOperationException>(() => kept!.AddIssue(Descriptor, "/actors/0", "fama", "Too late."));
    }

    [Fact]
    public void IsEnabled_DisabledCode_IsFalseForTheRule()
    {
        var seen = new bool[2];
        var rule = new ReportingRule([Descriptor], c =>
        {
            seen[0] = c.IsEnabled(ValidationCodes.UnknownActor);
            seen[1] = c.IsEnabled("ACME001");
        });
        var validator = ReportValidatorBuilder.WithBuiltInRules().AddRule(rule).Disable(ValidationCodes.UnknownActor).Build();

        validator.Validate(Report);

        Assert.Equal([false, true], seen);
    }

    [Fact]
    public void SeverityOf_CodeNoRuleDeclares_Throws()
        => Assert.Throws<ArgumentException>(() => ReportValidator.Default.SeverityOf("ACME001"));

    [Fact]
    public void Validate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReportValidator.Default.Validate(null!));
    }

    internal static ValidationDescriptor Descriptor { get; } = new("ACME001", ValidationSeverity.Warning, "An actor has no country.");

    /// <summary>A custom rule as a user would write one: every actor has a country.</summary>
    private sealed class ActorsHaveCountryRule(ValidationDescriptor? descriptor = null) : IReportRule
    {
        private readonly ValidationDescriptor _descriptor = descriptor ?? Descriptor;

        public ImmutableArray<ValidationDescriptor> Descriptors => [_descriptor];

        public void Validate(ReportValidationContext context)
        {
            var actors = context.Report.Actors;
            for (var i = 0; i < actors.Length; i++)
            {
                if (actors[i].Country is null)
                {
                    context.AddIssue(_descriptor, JsonPointer.Combine(ReportValidationContext.ElementPath(EntityKind.Actor, i), "country"), actors[i].Id.Value, "The actor has no country; give the ISO 3166-1 code of the country it belongs to.");
                }
            }
        }
    }
}

/// <summary>A rule that runs a given action: for tests of the validator itself.</summary>
internal sealed class ReportingRule(ImmutableArray<ValidationDescriptor> descriptors, Action<ReportValidationContext> validate) : IReportRule
{
    public ImmutableArray<ValidationDescriptor> Descriptors => descriptors;

    public void Validate(ReportValidationContext context) => validate(context);
}
