using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Checks that the parts of a <see cref="ConflictReport"/> fit together and returns every problem at
/// once. <see cref="Default"/> runs the built-in rules at their default severities; a
/// <see cref="ReportValidatorBuilder"/> adds rules of one's own and turns a code's severity up, down
/// or off.
/// </summary>
/// <remarks>
/// <para>Validation builds an index of every id in one pass, then runs each rule once, in order;
/// every built-in rule visits each element a bounded number of times, so the work grows linearly
/// with the size of the report. A rule that throws stops validation with its exception: a broken
/// rule is a bug, not a finding.</para>
/// <para>This type is immutable; safe to share between threads, and to validate several reports at
/// once, provided its custom rules are thread-safe.</para>
/// </remarks>
public sealed class ReportValidator
{
    internal ReportValidator(ImmutableArray<IReportRule> rules, FrozenDictionary<string, ValidationSeverity?> severities)
    {
        Rules = rules;
        Severities = severities;
        Descriptors = rules.SelectMany(r => r.Descriptors).ToImmutableArray();
    }

    /// <summary>Gets the validator of the built-in rules at their default severities.</summary>
    public static ReportValidator Default { get; } = ReportValidatorBuilder.WithBuiltInRules().Build();

    /// <summary>Gets the rules, in the order they run.</summary>
    public ImmutableArray<IReportRule> Rules { get; }

    /// <summary>Gets the descriptors of every code the rules can report, in rule order.</summary>
    public ImmutableArray<ValidationDescriptor> Descriptors { get; }

    /// <summary>Gets each code's severity in this validator, or null for a disabled code.</summary>
    internal FrozenDictionary<string, ValidationSeverity?> Severities { get; }

    /// <summary>Starts a builder with this validator's rules and severities.</summary>
    /// <returns>The builder.</returns>
    public ReportValidatorBuilder ToBuilder() => new(this);

    /// <summary>Gets the severity this validator gives a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The severity, or null when the code is disabled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No rule of this validator declares <paramref name="code"/>.</exception>
    public ValidationSeverity? SeverityOf(string code)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(Severities.TryGetValue(code, out var severity), nameof(code), $"No rule of this validator declares the code '{MessageQuote.Of(code)}'.");
        return severity;
    }

    /// <summary>Validates a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Every issue found, in a deterministic order (see <see cref="ValidationResult"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ValidationResult Validate(ConflictReport report)
    {
        Preconditions.CheckNotNull(report);
        var context = new ReportValidationContext(report, Severities);
        foreach (var rule in Rules)
        {
            context.Run(rule);
        }

        var issues = context.ToIssues();
        return issues.IsEmpty ? ValidationResult.Valid : new ValidationResult(issues);
    }
}
