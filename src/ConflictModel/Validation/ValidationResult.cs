using System;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// What report validation found: every issue at once, in a deterministic order, and whether the
/// report is valid (no issue of <see cref="ValidationSeverity.Error"/> severity).
/// </summary>
/// <remarks>
/// <para>Issues are ordered by the place of the offending element in the serialized report: first
/// anything about the report as a whole, then the sections in the order the JSON form writes them
/// (<c>sources</c>, <c>actors</c>, <c>locations</c>, <c>engagements</c>, <c>claims</c>,
/// <c>attributions</c>, <c>mentions</c>), within a section by index, and for one element in the
/// order of the validator's rules. The same report and validator always give the same issues in the
/// same order.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class ValidationResult
{
    /// <summary>Initializes a new result.</summary>
    /// <param name="issues">The issues, in the order to report them.</param>
    /// <exception cref="ArgumentException"><paramref name="issues"/> holds null.</exception>
    public ValidationResult(ImmutableArray<ValidationIssue> issues)
    {
        Issues = Preconditions.CheckElements(issues);
        Errors = Issues.Where(i => i.Severity == ValidationSeverity.Error).ToImmutableArray();
        Warnings = Issues.Where(i => i.Severity == ValidationSeverity.Warning).ToImmutableArray();
    }

    /// <summary>Gets a result with no issue.</summary>
    public static ValidationResult Valid { get; } = new(ImmutableArray<ValidationIssue>.Empty);

    /// <summary>Gets a value indicating whether the report is valid: no issue is an error.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>Gets every issue found, in the order described on <see cref="ValidationResult"/>.</summary>
    public ImmutableArray<ValidationIssue> Issues { get; }

    /// <summary>Gets the issues of <see cref="ValidationSeverity.Error"/> severity, in order.</summary>
    public ImmutableArray<ValidationIssue> Errors { get; }

    /// <summary>Gets the issues of <see cref="ValidationSeverity.Warning"/> severity, in order.</summary>
    public ImmutableArray<ValidationIssue> Warnings { get; }

    /// <summary>Returns "valid" or "invalid", with the number of errors, warnings and notes.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{(IsValid ? "valid" : "invalid")}: {Errors.Length} error(s), {Warnings.Length} warning(s), {Issues.Length - Errors.Length - Warnings.Length} info";
}
