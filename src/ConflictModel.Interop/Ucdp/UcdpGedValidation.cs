using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// Validation of what UCDP GED keeps: the rule reporting death estimates that UCDP published out of
/// order (<c>low &lt;= best &lt;= high</c> failing, as in about 1 % of real rows), which the model's
/// <see cref="CountEstimate"/> cannot hold and the importer keeps as dataset fields.
/// </summary>
/// <remarks>The rule only reports: the published figures stay as they are (docs/validation.md, UCDP0001).</remarks>
public static class UcdpGedValidation
{
    /// <summary>Gets the descriptor of code <c>UCDP0001</c>, a warning: a claim's published low, best and high estimates are out of order.</summary>
    public static ValidationDescriptor UnorderedEstimates { get; } = new(
        "UCDP0001",
        ValidationSeverity.Warning,
        "A claim's UCDP GED estimates are published in order: low <= best <= high.");

    /// <summary>Gets the rule that reports <see cref="UnorderedEstimates"/>; add it with <see cref="ReportValidatorBuilder.AddRule(IReportRule)"/>.</summary>
    public static IReportRule Rule { get; } = new EstimatesRule();

    /// <summary>Gets a validator with the built-in rules and <see cref="Rule"/>.</summary>
    public static ReportValidator Validator { get; } = ReportValidatorBuilder.WithBuiltInRules().AddRule(Rule).Build();

    private sealed class EstimatesRule : IReportRule
    {
        public ImmutableArray<ValidationDescriptor> Descriptors { get; } = [UnorderedEstimates];

        public void Validate(ReportValidationContext context)
        {
            var claims = context.Report.Claims;
            for (var i = 0; i < claims.Length; i++)
            {
                var fields = claims[i].DatasetFields;
                if (fields.IsEmpty)
                {
                    continue;
                }

                int? Value(string name)
                    => fields.FirstOrDefault(f => f.Dataset == UcdpGedExport.Dataset && f.Name == name)?.Value is { } text
                        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
                if (Value("low") is { } low && Value("best") is { } best && Value("high") is { } high && !(low <= best && best <= high))
                {
                    context.AddIssue(
                        UnorderedEstimates,
                        ReportValidationContext.ElementPath(EntityKind.Claim, i) + "/datasetFields",
                        claims[i].Id.Value,
                        string.Create(CultureInfo.InvariantCulture, $"UCDP GED published low {low}, best {best}, high {high}, which are not in order; they are kept as published (do not correct them: UCDP's own figures)."));
                }
            }
        }
    }
}
