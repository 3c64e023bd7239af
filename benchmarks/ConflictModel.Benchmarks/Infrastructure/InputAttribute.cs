using System;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// Names the input a benchmark method reads, writes or validates ("model" for the model's JSON,
/// "acled" for the ACLED rows' JSON), so that the columns can show its size and the throughput.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Initializes a new attribute.</summary>
    /// <param name="name">The name under which the benchmark's setup records the input's size.</param>
    public InputAttribute(string name) => Name = name;

    /// <summary>Gets the name under which the setup records the input's size.</summary>
    public string Name { get; }
}
