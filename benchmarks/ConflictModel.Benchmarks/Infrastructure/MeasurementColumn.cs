using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// A column computed from what the benchmark processes recorded in <see cref="Measurements"/>:
/// the input's size, the throughput, the bytes allocated per input byte, and peak memory.
/// </summary>
public sealed class MeasurementColumn : IColumn
{
    private const double Megabyte = 1024 * 1024;

    private readonly Func<Summary, BenchmarkCase, double?> _value;
    private readonly string _format;

    private MeasurementColumn(string name, string legend, int priority, string format, Func<Summary, BenchmarkCase, double?> value)
    {
        ColumnName = name;
        Legend = legend;
        PriorityInCategory = priority;
        _format = format;
        _value = value;
    }

    /// <summary>Gets the size of the benchmark's input in MiB.</summary>
    public static MeasurementColumn Input { get; } = new(
        "Input MiB", "Size of the JSON the benchmark reads, writes or validates (1 MiB = 1,048,576 bytes)", 0, "0.000", (_, c) => InputBytes(c) / Megabyte);

    /// <summary>Gets the input's size divided by the mean time.</summary>
    public static MeasurementColumn Throughput { get; } = new(
        "MiB/s", "Input size divided by the mean time", 1, "0.0", (s, c) => InputBytes(c) / Megabyte / (Mean(s, c) / 1e9));

    /// <summary>Gets the bytes allocated per operation divided by the input's size.</summary>
    public static MeasurementColumn AllocatedPerInputByte { get; } = new(
        "Alloc/Input", "Bytes allocated per operation divided by the input's size", 2, "0.00", (s, c) => Allocated(s, c) / InputBytes(c));

    /// <summary>Gets the peak working set of the process while the benchmark ran, for the benchmarks that record it.</summary>
    public static MeasurementColumn PeakWorkingSet { get; } = new(
        "Peak WS MiB",
        "Peak working set of the benchmark process during an operation (Linux VmHWM, reset before each operation); whole process, runtime included",
        3,
        "0.0",
        (_, c) => Measurements.Read(KeyOf(c, c.Descriptor.WorkloadMethod.Name + ".peak")) / Megabyte);

    /// <inheritdoc/>
    public string Id => nameof(MeasurementColumn) + "." + ColumnName;

    /// <inheritdoc/>
    public string ColumnName { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory { get; }

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend { get; }

    /// <summary>Makes the key under which a benchmark process recorded a fact about a benchmark case.</summary>
    /// <param name="benchmarkCase">The benchmark case.</param>
    /// <param name="name">The fact.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(BenchmarkCase benchmarkCase, string name)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var parameters = string.Join("-", benchmarkCase.Parameters.Items.Select(p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)));
        return Measurements.Key(benchmarkCase.Descriptor.Type, parameters, name);
    }

    /// <summary>Gets the size of a benchmark case's input, when its method names one and its setup recorded it.</summary>
    /// <param name="benchmarkCase">The benchmark case.</param>
    /// <returns>The size in bytes, or null.</returns>
    public static double? InputBytes(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var input = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<InputAttribute>();
        return input is null ? null : Measurements.Read(KeyOf(benchmarkCase, input.Name));
    }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => _value(summary, benchmarkCase) is { } value && double.IsFinite(value) ? value.ToString(_format, CultureInfo.InvariantCulture) : "-";

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.BenchmarksCases.Any(c => _value(summary, c) is { } value && double.IsFinite(value));
    }

    /// <inheritdoc/>
    public override string ToString() => ColumnName;

    private static double? Mean(Summary summary, BenchmarkCase benchmarkCase) => summary[benchmarkCase]?.ResultStatistics?.Mean;

    private static double? Allocated(Summary summary, BenchmarkCase benchmarkCase)
        => summary[benchmarkCase] is { } report ? report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) : null;
}
