using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// The configuration every benchmark class shares: one launch, three warm-up and eight measured
/// iterations (enough for stable ratios on a shared two-core machine, in minutes rather than hours),
/// the memory diagnoser, baselines compared within a category, and the input-size columns.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>
    /// Gets or sets a value indicating whether the command line names a job (<c>--job Dry</c> in CI);
    /// then that job replaces the jobs of this configuration and of <see cref="StreamingConfig"/>
    /// rather than running beside them.
    /// </summary>
    public static bool JobOnCommandLine { get; set; }

    /// <summary>Initializes the configuration.</summary>
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        if (!JobOnCommandLine)
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8).WithId("Measured").AsDefault());
        }

        AddDiagnoser(MemoryDiagnoser.Default);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        AddColumn(CategoriesColumn.Default);
        AddColumn(MeasurementColumn.Input, MeasurementColumn.Throughput, MeasurementColumn.AllocatedPerInputByte, MeasurementColumn.PeakWorkingSet);
    }
}
