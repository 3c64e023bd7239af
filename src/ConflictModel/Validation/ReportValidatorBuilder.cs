using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// Configures a <see cref="ReportValidator"/>: adds custom rules after the built-in ones, sets a
/// code's severity up or down, or disables it, and limits the threads one validation may use.
/// </summary>
/// <remarks>
/// <code>
/// var validator = ReportValidatorBuilder.WithBuiltInRules()
///     .AddRule(new EveryClaimHasTwoSourcesRule())
///     .SetSeverity(ValidationCodes.SpanNotCheckable, ValidationSeverity.Warning)
///     .Disable(ValidationCodes.AttributionNotCited)
///     .Build();
/// </code>
/// This type is mutable and not thread-safe; the validators it builds are immutable.
/// </remarks>
public sealed class ReportValidatorBuilder
{
    private readonly List<IReportRule> _rules = [];
    private readonly Dictionary<string, ValidationSeverity?> _overrides = new(StringComparer.Ordinal);
    private int _maxDegreeOfParallelism = -1;

    private ReportValidatorBuilder(IEnumerable<IReportRule> rules) => _rules.AddRange(rules);

    /// <summary>Starts a builder with the built-in rules at their default severities: the usual start.</summary>
    /// <returns>The builder.</returns>
    public static ReportValidatorBuilder WithBuiltInRules() => new(BuiltInRules.All);

    /// <summary>Starts a builder with no rule at all, for a validator of custom rules only.</summary>
    /// <returns>The builder.</returns>
    public static ReportValidatorBuilder WithNoRules() => new([]);

    internal ReportValidatorBuilder(ReportValidator validator)
    {
        _rules.AddRange(validator.Rules);
        _maxDegreeOfParallelism = validator.MaxDegreeOfParallelism;
        foreach (var descriptor in validator.Descriptors)
        {
            var severity = validator.Severities[descriptor.Code];
            if (severity != descriptor.DefaultSeverity)
            {
                _overrides[descriptor.Code] = severity;
            }
        }
    }

    /// <summary>Adds a rule, to run after the rules already added.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule was already added, declares no code, declares a code another rule declares, or, being a custom rule, declares a built-in <c>CM</c> code.</exception>
    public ReportValidatorBuilder AddRule(IReportRule rule)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckArgument(!_rules.Contains(rule), nameof(rule), "The rule has already been added.");
        var descriptors = rule.Descriptors;
        Preconditions.CheckArgument(!descriptors.IsDefaultOrEmpty, nameof(rule), "A rule must declare at least one code in its Descriptors.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var existing in _rules)
        {
            foreach (var d in existing.Descriptors)
            {
                seen.Add(d.Code);
            }
        }

        foreach (var descriptor in descriptors)
        {
            Preconditions.CheckArgument(descriptor is not null, nameof(rule), "A rule's Descriptors must not contain null.");
            Preconditions.CheckArgument(
                !descriptor.IsBuiltIn || rule is BuiltInRule,
                nameof(rule),
                $"The codes 'CM' followed by digits belong to the built-in rules; choose a code with a prefix of your own instead of '{MessageQuote.Of(descriptor.Code)}'.");
            Preconditions.CheckArgument(seen.Add(descriptor.Code), nameof(rule), $"The code '{MessageQuote.Of(descriptor.Code)}' is already declared; a code is declared by one rule only and never reused.");
        }

        _rules.Add(rule);
        return this;
    }

    /// <summary>Sets the severity of a code, up or down, and enables it if it was disabled.</summary>
    /// <param name="code">The code, such as <see cref="ValidationCodes.SpanNotCheckable"/>.</param>
    /// <param name="severity">The severity to give its issues.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined.</exception>
    /// <remarks>Whether a rule declares the code is checked by <see cref="Build"/>, so a rule may be added after its code is configured.</remarks>
    public ReportValidatorBuilder SetSeverity(string code, ValidationSeverity severity)
    {
        _overrides[ValidationDescriptor.CheckCode(code)] = Preconditions.CheckDefined(severity);
        return this;
    }

    /// <summary>Disables a code: its issues are not reported.</summary>
    /// <param name="code">The code.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    public ReportValidatorBuilder Disable(string code)
    {
        _overrides[ValidationDescriptor.CheckCode(code)] = null;
        return this;
    }

    /// <summary>Gives a code back its default severity, enabling it if it was disabled.</summary>
    /// <param name="code">The code.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code.</exception>
    public ReportValidatorBuilder ResetSeverity(string code)
    {
        _overrides.Remove(ValidationDescriptor.CheckCode(code));
        return this;
    }

    /// <summary>
    /// Sets how many threads may validate one large report at once: the built-in rules of a report of
    /// many entities run side by side (see <see cref="ReportValidator.MaxDegreeOfParallelism"/>).
    /// </summary>
    /// <param name="maxDegreeOfParallelism">
    /// At most this many threads; 1 validates every report on the calling thread alone; -1, the
    /// default, as many as the thread pool gives, up to one a processor.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    public ReportValidatorBuilder SetMaxDegreeOfParallelism(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be -1 (no limit) or at least 1 (the calling thread only).");
        }

        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        return this;
    }

    /// <summary>Builds the validator.</summary>
    /// <returns>The validator.</returns>
    /// <exception cref="InvalidOperationException">A severity was set or a code disabled that no rule declares.</exception>
    public ReportValidator Build()
    {
        var severities = new Dictionary<string, ValidationSeverity?>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            foreach (var descriptor in rule.Descriptors)
            {
                severities[descriptor.Code] = _overrides.TryGetValue(descriptor.Code, out var severity) ? severity : descriptor.DefaultSeverity;
            }
        }

        foreach (var code in _overrides.Keys)
        {
            if (!severities.ContainsKey(code))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The code '{MessageQuote.Of(code)}' was configured, but no rule of the validator declares it."));
            }
        }

        return new ReportValidator(_rules.ToImmutableArray(), severities.ToFrozenDictionary(StringComparer.Ordinal), _maxDegreeOfParallelism);
    }
}
