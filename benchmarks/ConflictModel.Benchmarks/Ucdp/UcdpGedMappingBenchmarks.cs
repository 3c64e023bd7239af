using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Csv;
using ConflictModel.Benchmarks.Infrastructure;
using ConflictModel.Interop.Ucdp;

namespace ConflictModel.Benchmarks.Ucdp;

/// <summary>
/// The UCDP GED mapping (issue 15): a generated file of GED's 49 columns imported into a report and
/// the report exported back, each beside CsvHelper's raw read or write of the same file in the
/// same run. Goals as for ACLED: import at least 0.25× and export at least 0.5× the raw throughput.
/// </summary>
public class UcdpGedMappingBenchmarks
{
    private const string CsvInput = "csv";

    private byte[] _utf8 = [];
    private List<string[]> _rows = [];
    private ConflictReport _report = ConflictReport.Empty;

    /// <summary>Gets or sets the number of rows.</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    /// <summary>Prepares the file's bytes for the reading benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(CsvHelperRead), nameof(Import), nameof(ImportEvents)])]
    public void SetupReading()
    {
        _utf8 = GeneratedUcdpFile.ToUtf8(GeneratedUcdpFile.Rows(Rows));
        Record(_utf8.Length);
    }

    /// <summary>Prepares the rows (raw) and the imported report for the writing benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(CsvHelperWrite), nameof(Export)])]
    public void SetupWriting()
    {
        _rows = GeneratedUcdpFile.Rows(Rows);
        var utf8 = GeneratedUcdpFile.ToUtf8(_rows);
        _report = UcdpGedImport.Read(new MemoryStream(utf8));
        Record(utf8.Length);
        GC.Collect();
    }

    /// <summary>CsvHelper's raw read of every field as a string: the baseline of import.</summary>
    /// <returns>The total length of the fields.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CsvLibraryBenchmarks.Read)]
    [Input(CsvInput)]
    public long CsvHelperRead()
    {
        var options = new CsvHelper.CsvReaderOptions
        {
            Separator = ',',
            MalformedData = CsvHelper.CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvHelper.CsvFieldCountHandling.Throw,
            DetectSeparatorHint = false,
            PoolStrings = true,
        };
        using var reader = CsvHelper.CsvReader.Create(new MemoryStream(_utf8), options, leaveOpen: false);
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }

        return total;
    }

    /// <summary>The file read into checked rows and imported into one report (shared actors and places).</summary>
    /// <returns>The number of engagements.</returns>
    [Benchmark]
    [BenchmarkCategory(CsvLibraryBenchmarks.Read)]
    [Input(CsvInput)]
    public int Import() => UcdpGedImport.Read(new MemoryStream(_utf8)).Engagements.Length;

    /// <summary>The file read one report per row, in bounded memory.</summary>
    /// <returns>The number of reports.</returns>
    [Benchmark]
    [BenchmarkCategory(CsvLibraryBenchmarks.Read)]
    [Input(CsvInput)]
    public int ImportEvents() => UcdpGedImport.ReadEvents(new MemoryStream(_utf8)).Count();

    /// <summary>CsvHelper's raw write of the same rows: the baseline of export.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CsvLibraryBenchmarks.Write)]
    [Input(CsvInput)]
    public void CsvHelperWrite()
    {
        using var writer = CsvHelper.CsvWriter.Create(Stream.Null, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        foreach (var name in GeneratedUcdpFile.Header)
        {
            writer.WriteField(name);
        }

        writer.EndRecord();
        foreach (var row in _rows)
        {
            foreach (var field in row)
            {
                writer.WriteField(field);
            }

            writer.EndRecord();
        }
    }

    /// <summary>The imported report exported to rows and written as CSV.</summary>
    [Benchmark]
    [BenchmarkCategory(CsvLibraryBenchmarks.Write)]
    [Input(CsvInput)]
    public void Export() => UcdpGedExport.Write(_report, Stream.Null, Interop.DatasetWriteOptions.MachineToMachine);

    private void Record(long bytes)
        => Measurements.Record(Measurements.Key(Measurements.BenchmarkType(this), Rows.ToString(CultureInfo.InvariantCulture), CsvInput), bytes);
}
