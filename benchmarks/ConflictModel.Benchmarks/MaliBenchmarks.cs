using ConflictModel.Fixtures;

namespace ConflictModel.Benchmarks;

/// <summary>Reading, writing and validating the Mali article's report, a small, dense, real one.</summary>
public class MaliBenchmarks : JsonBenchmarks
{
    /// <inheritdoc/>
    protected override string ParameterText => string.Empty;

    /// <inheritdoc/>
    protected override ConflictReport CreateReport() => MaliArticle.Report;
}
