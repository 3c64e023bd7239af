using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// The job of the streaming benchmarks, whose one operation takes seconds: no pilot, three warm-up
/// and eight measured iterations of one operation each (BenchmarkDotNet's Monitoring strategy),
/// unless the command line names a job.
/// </summary>
/// <remarks>
/// The counts are those of <see cref="BenchmarkConfig"/>'s default job, which BenchmarkDotNet applies
/// to this job too; they are stated here so that the job says what runs.
/// </remarks>
public sealed class StreamingConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public StreamingConfig()
    {
        if (!BenchmarkConfig.JobOnCommandLine)
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8).WithId("Streaming"));
        }
    }
}
