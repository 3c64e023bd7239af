using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

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
/// <para>A report of at least <see cref="ParallelThreshold"/> entities is validated on several
/// threads, up to <see cref="MaxDegreeOfParallelism"/>: the indexes are built side by side, then the
/// built-in rules run side by side, each reporting into its own list, while custom rules run on the
/// calling thread, one after another, as always. The issues are the same, in the same order, as on
/// one thread.</para>
/// <para>This type is immutable; safe to share between threads, and to validate several reports at
/// once, provided its custom rules are thread-safe.</para>
/// </remarks>
public sealed class ReportValidator
{
    internal ReportValidator(ImmutableArray<IReportRule> rules, FrozenDictionary<string, ValidationSeverity?> severities, int maxDegreeOfParallelism)
    {
        Rules = rules;
        Severities = severities;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        Descriptors = rules.SelectMany(r => r.Descriptors).ToImmutableArray();
    }

    /// <summary>Gets the validator of the built-in rules at their default severities.</summary>
    public static ReportValidator Default { get; } = ReportValidatorBuilder.WithBuiltInRules().Build();

    /// <summary>
    /// Gets the number of entities (sources, actors, locations, engagements, claims, attributions and
    /// mentions together) from which a report is validated on several threads: below it, starting
    /// threads costs more than it saves.
    /// </summary>
    public static int ParallelThreshold => 16_384;

    /// <summary>
    /// Gets how many threads may validate one report of at least <see cref="ParallelThreshold"/>
    /// entities: -1 (the default) as many as the thread pool gives, 1 the calling thread only. Set by
    /// <see cref="ReportValidatorBuilder.SetMaxDegreeOfParallelism"/>.
    /// </summary>
    /// <remarks>
    /// Validating a large report is bound by the memory it reads, scattered across the heap; two
    /// threads keep twice as many reads in flight. Set 1 where the caller already keeps every
    /// processor busy, as a server validating many reports at once does.
    /// </remarks>
    public int MaxDegreeOfParallelism { get; }

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
        var parallel = ParallelOptionsFor(report);
        var lookups = new ValidationLookups(report, parallel);
        var issues = parallel is null ? RunInOrder(lookups) : RunSideBySide(lookups, parallel);
        return issues.IsEmpty ? ValidationResult.Valid : new ValidationResult(issues);
    }

    private static int EntityCount(ConflictReport report)
        => report.Sources.Length + report.Actors.Length + report.Locations.Length + report.Engagements.Length
            + report.Claims.Length + report.Attributions.Length + report.Mentions.Length;

    private ParallelOptions? ParallelOptionsFor(ConflictReport report)
        => MaxDegreeOfParallelism == 1 || Environment.ProcessorCount == 1 || EntityCount(report) < ParallelThreshold
            ? null
            : new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism };

    private ImmutableArray<ValidationIssue> RunInOrder(ValidationLookups lookups)
    {
        var context = new ReportValidationContext(lookups, Severities);
        foreach (var rule in Rules)
        {
            context.Run(rule);
        }

        return context.Issues.ToImmutableArray();
    }

    private ImmutableArray<ValidationIssue> RunSideBySide(ValidationLookups lookups, ParallelOptions parallel)
    {
        // Every shared reference is resolved before the rules start, so that they only read the lookups.
        lookups.ResolveAll(parallel);
        var contexts = new ReportValidationContext[Rules.Length];
        var failures = new Exception?[Rules.Length];
        var builtIn = new List<int>(Rules.Length);
        for (var i = 0; i < Rules.Length; i++)
        {
            contexts[i] = new ReportValidationContext(lookups, Severities);
            if (Rules[i] is BuiltInRule)
            {
                builtIn.Add(i);
            }
        }

        // One rule at a time to whichever thread is free: the rules differ much in cost.
        Parallel.ForEach(Partitioner.Create(builtIn, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
        {
            try
            {
                contexts[i].Run(Rules[i]);
            }
#pragma warning disable CA1031 // Kept, to be thrown as it would have been on one thread: the first rule's in rule order.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[i] = e;
            }
        });

        for (var i = 0; i < Rules.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            if (Rules[i] is not BuiltInRule)
            {
                // Custom rules run on the calling thread, in order: they need not be thread-safe.
                contexts[i].Run(Rules[i]);
            }
        }

        return IssueCollector.Merge(contexts.Select(c => c.Issues).ToArray());
    }
}
