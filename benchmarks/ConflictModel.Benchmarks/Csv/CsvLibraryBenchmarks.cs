using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Infrastructure;
using ConflictModel.Interop;
using ConflictModel.Interop.Acled;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace ConflictModel.Benchmarks.Csv;

/// <summary>
/// The choice of CSV library for ConflictModel.Interop (docs/interop/csv.md): CsvHelper 34, Sep and
/// Sylvan.Data.Csv each read and write the same generated file of ACLED's layout, every field as a
/// string (what the row layer keeps: the raw text of every value). CsvHelper is the baseline
/// because it is the library chosen; the ratios say what the choice costs.
/// </summary>
/// <remarks>
/// Reading decodes UTF-8 strictly where the library lets the caller say so (a text reader with a
/// throwing decoder for Sep and Sylvan; CsvHelper reads UTF-8 bytes itself and the row layer checks
/// each record with <c>Utf8.IsValid</c>, which is included here), and checks every quote, as the
/// row layer needs.
/// </remarks>
public class CsvLibraryBenchmarks
{
    /// <summary>The category of the benchmarks that read the file.</summary>
    public const string Read = "Read";

    /// <summary>The category of the benchmarks that write the file.</summary>
    public const string Write = "Write";

    private const string CsvInput = "csv";

    private byte[] _utf8 = [];
    private string[][] _rows = [];
    private AcledRow[] _acledRows = [];

    /// <summary>Gets or sets the number of rows.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>Prepares the file's bytes for the reading benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(CsvHelperRead), nameof(SepRead), nameof(SylvanRead), nameof(AcledRowsRead)])]
    public void SetupReading()
    {
        _utf8 = GeneratedAcledFile.ToUtf8(GeneratedAcledFile.Rows(Rows));
        Record(_utf8.Length);
        Settle();
    }

    /// <summary>Prepares the rows in memory for the writing benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(CsvHelperWrite), nameof(SepWrite), nameof(SylvanWrite)])]
    public void SetupWriting()
    {
        _rows = GeneratedAcledFile.Rows(Rows);
        Record(GeneratedAcledFile.ToUtf8(_rows).Length);
        Settle();
    }

    /// <summary>Prepares the same rows as checked <see cref="AcledRow"/>s for the row layer's writer.</summary>
    [GlobalSetup(Target = nameof(AcledRowsWrite))]
    public void SetupAcledRows()
    {
        var utf8 = GeneratedAcledFile.ToUtf8(GeneratedAcledFile.Rows(Rows));
        _acledRows = [.. AcledCsv.Read(new MemoryStream(utf8))];
        Record(utf8.Length);
        Settle();
    }

    /// <summary>CsvHelper 34 reads every field of every row as a string, malformed quoting and ragged rows refused.</summary>
    /// <returns>The total length of the fields.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Read)]
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
            if (!System.Text.Unicode.Utf8.IsValid(reader.RawRecord))
            {
                throw new InvalidDataException("Invalid UTF-8.");
            }

            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }

        return total;
    }

    /// <summary>Sep reads every field of every row as a string, unescaped.</summary>
    /// <returns>The total length of the fields.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(CsvInput)]
    public long SepRead()
    {
        using var text = new StreamReader(new MemoryStream(_utf8), GeneratedAcledFile.StrictUtf8);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(text);
        long total = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                total += row[i].ToString().Length;
            }
        }

        return total;
    }

    /// <summary>Sylvan.Data.Csv reads every field of every row as a string.</summary>
    /// <returns>The total length of the fields.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(CsvInput)]
    public long SylvanRead()
    {
        using var text = new StreamReader(new MemoryStream(_utf8), GeneratedAcledFile.StrictUtf8);
        using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { Delimiter = ',' });
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.RowFieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }

        return total;
    }

    /// <summary>CsvHelper 34 writes the header and every field of every row, as UTF-8, to a stream that discards it.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Write)]
    [Input(CsvInput)]
    public void CsvHelperWrite()
    {
        using var writer = CsvHelper.CsvWriter.Create(Stream.Null, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        foreach (var name in GeneratedAcledFile.Header)
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

    /// <summary>Sep writes the same, through a UTF-8 stream writer.</summary>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(CsvInput)]
    public void SepWrite()
    {
        using var text = new StreamWriter(Stream.Null, GeneratedAcledFile.StrictUtf8, leaveOpen: true);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        var header = GeneratedAcledFile.Header;
        foreach (var fields in _rows)
        {
            using var row = writer.NewRow();
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]].Set(fields[i]);
            }
        }
    }

    /// <summary>Sylvan.Data.Csv writes the same, through a UTF-8 stream writer, from a data reader over the rows (its only way in).</summary>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(CsvInput)]
    public void SylvanWrite()
    {
        using var text = new StreamWriter(Stream.Null, GeneratedAcledFile.StrictUtf8, leaveOpen: true);
        using var writer = CsvDataWriter.Create(text, new CsvDataWriterOptions { Delimiter = ',', NewLine = "\n" });
        using var source = new StringRowsDataReader(GeneratedAcledFile.Header, _rows);
        writer.Write(source);
    }

    /// <summary>The row layer (ConflictModel.Interop) reads the same file into checked <see cref="AcledRow"/>s: what it costs beyond the raw read.</summary>
    /// <returns>The number of rows.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(CsvInput)]
    public int AcledRowsRead() => AcledCsv.Read(new MemoryStream(_utf8)).Count();

    /// <summary>The row layer writes the same rows, spreadsheet-safe (its default), to a stream that discards them.</summary>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(CsvInput)]
    public void AcledRowsWrite() => AcledCsv.Write(Stream.Null, _acledRows);

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private void Record(long bytes)
        => Measurements.Record(Measurements.Key(Measurements.BenchmarkType(this), Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvInput), bytes);
}
