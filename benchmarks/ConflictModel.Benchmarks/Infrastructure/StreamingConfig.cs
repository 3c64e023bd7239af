using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// The job of the streaming benchmarks, whose one operation takes seconds: no pilot, one warm-up
/// and three measured iterations of one operation each (BenchmarkDotNet's Monitoring strategy),
/// unless the command line names a job.
/// </summary>
public sealed class StreamingConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public StreamingConfig()
    {
        if (!BenchmarkConfig.JobOnCommandLine)
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Streaming"));
        }
    }
}
