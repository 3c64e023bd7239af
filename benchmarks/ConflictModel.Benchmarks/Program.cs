using System;
using System.Linq;
using BenchmarkDotNet.Running;
using ConflictModel.Benchmarks.Infrastructure;

namespace ConflictModel.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (<c>--filter '*'</c> runs them all), then computes the goal ratios.</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Measurements.Clear();

        BenchmarkConfig.JobOnCommandLine = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
        GoalReport.Write(summaries.ToList());
    }
}
