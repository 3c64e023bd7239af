using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConflictModel.Benchmarks.Infrastructure;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (<c>--filter '*'</c> runs them all), then computes
/// the goal ratios. Exits with 1 when a benchmark failed or none ran, so that CI notices.
/// <c>cli-baseline …</c> runs the in-process side of build/bench-cli.sh instead (<see cref="CliBaseline"/>).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    /// <returns>0 when every benchmark chosen ran; 1 otherwise.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["cli-baseline", .. var rest])
        {
            return CliBaseline.RunAsync(rest).GetAwaiter().GetResult(); // build/bench-cli.sh, not BenchmarkDotNet
        }

        BenchmarkConfig.JobOnCommandLine = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        Measurements.StartRun();
        List<Summary> summaries;
        try
        {
            summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig()).ToList();
            GoalReport.Write(summaries);
        }
        finally
        {
            Measurements.EndRun();
        }

        // --list, --help and the like run nothing and are not failures.
        var listedOnly = args.Any(a => a.StartsWith("--list", StringComparison.Ordinal) || a is "--help" or "-h" or "--version" or "--info");
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        var ranNone = summaries.Sum(s => s.Reports.Length) == 0;
        return failed || (ranNone && !listedOnly) ? 1 : 0;
    }
}
