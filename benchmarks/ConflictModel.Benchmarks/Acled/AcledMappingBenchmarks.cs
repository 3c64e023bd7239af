using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Csv;
using ConflictModel.Benchmarks.Infrastructure;
using ConflictModel.Interop.Acled;

namespace ConflictModel.Benchmarks.Acled;

/// <summary>
/// The ACLED mapping (issue 14): a generated file of ACLED's layout imported into a report and a
/// report exported back to the file, each beside CsvHelper's own raw read or write of the same
/// file in the same run (the baselines are <see cref="CsvLibraryBenchmarks"/>'s, called through it).
/// Goals: import at least 0.25× and export at least 0.5× the raw library's throughput.
/// </summary>
public class AcledMappingBenchmarks
{
    private const string CsvInput = "csv";

    private readonly CsvLibraryBenchmarks _raw = new();
    private byte[] _utf8 = [];
    private ConflictModel.ConflictReport _report = ConflictModel.ConflictReport.Empty;

    /// <summary>Gets or sets the number of rows.</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    /// <summary>Prepares the file's bytes for the reading benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(CsvHelperRead), nameof(Import), nameof(ImportToJsonLines)])]
    public void SetupReading()
    {
        _raw.Rows = Rows;
        _raw.SetupReading();
        _utf8 = GeneratedAcledFile.ToUtf8(GeneratedAcledFile.Rows(Rows));
        Record(_utf8.Length);
    }

    /// <summary>Prepares the rows (raw) and the imported report for the writing benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(CsvHelperWrite), nameof(Export)])]
    public void SetupWriting()
    {
        _raw.Rows = Rows;
        _raw.SetupWriting();
        var utf8 = GeneratedAcledFile.ToUtf8(GeneratedAcledFile.Rows(Rows));
        _report = AcledImport.ToReport(AcledCsv.Read(new MemoryStream(utf8)));
        Record(utf8.Length);
        GC.Collect();
    }

    /// <summary>CsvHelper's raw read of every field as a string: the baseline of import.</summary>
    /// <returns>The total length of the fields.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CsvLibraryBenchmarks.Read)]
    [Input(CsvInput)]
    public long CsvHelperRead() => _raw.CsvHelperRead();

    /// <summary>The file read into checked rows and imported into one report (shared actors and places).</summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark]
    [BenchmarkCategory(CsvLibraryBenchmarks.Read)]
    [Input(CsvInput)]
    public int Import() => AcledImport.ToReport(AcledCsv.Read(new MemoryStream(_utf8))).Engagements.Length;

    /// <summary>The file streamed to JSON Lines, one report per row, in bounded memory (to a stream that discards it).</summary>
    /// <returns>A task.</returns>
    [Benchmark]
    [BenchmarkCategory(CsvLibraryBenchmarks.Read)]
    [Input(CsvInput)]
    public Task ImportToJsonLines() => AcledImport.WriteJsonLinesAsync(AcledCsv.Read(new MemoryStream(_utf8)), Stream.Null);

    /// <summary>CsvHelper's raw write of the same rows: the baseline of export.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CsvLibraryBenchmarks.Write)]
    [Input(CsvInput)]
    public void CsvHelperWrite() => _raw.CsvHelperWrite();

    /// <summary>The imported report exported to rows and written as CSV, each row as it is derived, with the loss report (<see cref="AcledExport.Write"/>).</summary>
    /// <returns>The number of loss entries.</returns>
    [Benchmark]
    [BenchmarkCategory(CsvLibraryBenchmarks.Write)]
    [Input(CsvInput)]
    public int Export() => AcledExport.Write(_report, Stream.Null, Interop.DatasetWriteOptions.MachineToMachine).Entries.Length;

    private void Record(long bytes)
        => Measurements.Record(Measurements.Key(Measurements.BenchmarkType(this), Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvInput), bytes);
}
