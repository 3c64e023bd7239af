using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Infrastructure;
using ConflictModel.GeoJson;
using ConflictModel.Interop;
using ConflictModel.Interop.Stix;

namespace ConflictModel.Benchmarks.Export;

/// <summary>
/// The STIX 2.1 and GeoJSON exports of synthetic reports (see <see cref="SyntheticReports"/>),
/// beside the baseline of writing the same report in the model's own JSON: the ratios say what
/// each export costs over the format it embeds (STIX carries every entity's model JSON in its
/// extension) or derives from.
/// </summary>
/// <remarks>
/// Each writes to one reused in-memory stream, so that the benchmarks measure the export, not the
/// growth of a buffer. The Input columns give each output's size: the formats differ in size, so
/// compare MiB/s as well as times.
/// </remarks>
#pragma warning disable CA1001 // BenchmarkDotNet calls [GlobalCleanup], which disposes the stream, not Dispose.
public class ExportBenchmarks
#pragma warning restore CA1001
{
    /// <summary>The category of the export benchmarks.</summary>
    public const string Export = "Export";

    private const string ModelOutput = "model";
    private const string StixOutput = "stix";
    private const string GeoJsonOutput = "geojson";

    private readonly MemoryStream _output = new();
    private ConflictReport _report = ConflictReport.Empty;

    /// <summary>Gets or sets the number of engagements in the report.</summary>
    [Params(1_000, 10_000)]
    public int Engagements { get; set; }

    /// <summary>Builds the report and records the size of each output.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _report = SyntheticReports.Create(Engagements);
        Record(ModelOutput, ConflictJson.SerializeToUtf8Bytes(_report).Length);
        Record(StixOutput, Measure(s => StixBundleWriter.Write(_report, s)));
        Record(GeoJsonOutput, Measure(s => GeoJsonExport.Write(_report, s)));
        System.GC.Collect();
        System.GC.WaitForPendingFinalizers();
        System.GC.Collect();
    }

    /// <summary>Releases the output stream.</summary>
    [GlobalCleanup]
    public void Cleanup() => _output.Dispose();

    /// <summary>The baseline: the report in the model's own JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Export)]
    [Input(ModelOutput)]
    public byte[] ModelJson() => ConflictJson.SerializeToUtf8Bytes(_report);

    /// <summary>The report as a STIX 2.1 bundle, with its loss report.</summary>
    /// <returns>The loss report.</returns>
    [Benchmark]
    [BenchmarkCategory(Export)]
    [Input(StixOutput)]
    public LossReport StixBundle()
    {
        _output.SetLength(0);
        return StixBundleWriter.Write(_report, _output);
    }

    /// <summary>The report as a GeoJSON FeatureCollection.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    [BenchmarkCategory(Export)]
    [Input(GeoJsonOutput)]
    public long GeoJson()
    {
        _output.SetLength(0);
        GeoJsonExport.Write(_report, _output);
        return _output.Length;
    }

    private long Measure(System.Action<Stream> write)
    {
        _output.SetLength(0);
        write(_output);
        return _output.Length;
    }

    private void Record(string name, long bytes) =>
        Measurements.Record(Measurements.Key(Measurements.BenchmarkType(this), Engagements.ToString(CultureInfo.InvariantCulture), name), bytes);
}
