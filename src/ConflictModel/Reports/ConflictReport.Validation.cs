namespace ConflictModel;

/// <content>Report validation: <see cref="Validate()"/>.</content>
public sealed partial class ConflictReport
{
    /// <summary>
    /// Checks that the parts of the report fit together — ids are unique, references resolve, no
    /// cycles, quotes match their source, dates are in order, codes exist — with the built-in rules,
    /// and returns every problem at once.
    /// </summary>
    /// <returns>The issues found; <see cref="ValidationResult.IsValid"/> when none is an error.</returns>
    /// <remarks>The easy path. Each code is described in <c>docs/validation.md</c>; to add rules or change severities, build a <see cref="ReportValidator"/> and call its <see cref="ReportValidator.Validate(ConflictReport)"/>.</remarks>
    public ValidationResult Validate() => ReportValidator.Default.Validate(this);
}
