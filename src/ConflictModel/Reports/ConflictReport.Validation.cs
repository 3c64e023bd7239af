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
    /// <remarks>Each code is described in <c>docs/validation.md</c>; see <see cref="ReportValidator"/> to add rules or change severities.</remarks>
    public ValidationResult Validate() => ReportValidator.Default.Validate(this);

    /// <summary>Checks the report with a configured validator.</summary>
    /// <param name="validator">The validator, with its rules and severities.</param>
    /// <returns>The issues found.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="validator"/> is null.</exception>
    public ValidationResult Validate(ReportValidator validator) => Preconditions.CheckNotNull(validator).Validate(this);
}
