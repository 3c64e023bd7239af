using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Infrastructure;
using ConflictModel.Parquet;

namespace ConflictModel.Benchmarks.Parquet;

/// <summary>
/// Parquet datasets of 100,000 and 1,000,000 engagements (<see cref="SyntheticReports.Slices"/>, one
/// a line of JSON Lines): <see cref="ConflictParquet.WriteJsonLinesAsync(Stream, string, ConflictParquetOptions?, System.Threading.CancellationToken)"/>
/// from the JSON Lines file and <see cref="ConflictParquet.ReadAsync"/> back, beside the floor — the
/// Parquet library writing the very columns, files and row groups of that dataset from arrays already
/// in memory, and reading the columns the reader reads (batch, ordinal, json) into arrays — with
/// Parquet.Net (the library used) and with ParquetSharp (the one not chosen; Arrow C++ underneath).
/// The peak working set of each operation is recorded for the Peak WS column.
/// </summary>
/// <remarks>
/// An operation takes seconds to minutes, so this class has the streaming job (see <see cref="StreamingConfig"/>).
/// The setup writes the dataset once with <see cref="ConflictParquet"/> and loads every column of it,
/// so the floors write exactly what the model writes.
/// </remarks>
[Config(typeof(StreamingConfig))]
public class ParquetBenchmarks
{
    /// <summary>The category of the writes.</summary>
    public const string Write = "Write";

    /// <summary>The category of the reads.</summary>
    public const string Read = "Read";

    private const string LinesInput = "lines";
    private const string DatasetInput = "dataset";
    private const int BufferSize = 64 * 1024;

    private string _lines = string.Empty;
    private string _dataset = string.Empty;
    private string _output = string.Empty;
    private IReadOnlyList<ParquetColumns.File> _files = [];

    /// <summary>The environment variable that narrows <see cref="Sizes"/> ("100000"): the 1M case needs a 4 GB file and minutes an operation.</summary>
    public const string SizesVariable = "CONFLICTMODEL_BENCHMARKS_PARQUET_SIZES";

    /// <summary>Gets the sizes measured: 100,000 and 1,000,000 engagements, or those listed in <see cref="SizesVariable"/> (comma-separated).</summary>
    public static IEnumerable<int> Sizes
        => Environment.GetEnvironmentVariable(SizesVariable) is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [100_000, 1_000_000];

    /// <summary>Gets or sets the number of engagements, one a line.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Engagements { get; set; }

    /// <summary>Writes the JSON Lines file and the dataset (once a run), and loads the dataset's columns for the floors.</summary>
    /// <returns>A task that completes when both are written and loaded.</returns>
    /// <remarks>
    /// BenchmarkDotNet runs each benchmark in a process of its own, and at 1,000,000 engagements the
    /// input takes minutes to make: the first process of a run writes it (to a temporary name, then
    /// renamed, so that a file is there only when whole) into the run's own directory
    /// (<see cref="Measurements.Directory"/>), the others of the same run and build reuse it, and the
    /// run's end deletes the directory.
    /// </remarks>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        System.IO.Directory.CreateDirectory(Measurements.Directory);
        _lines = Path.Combine(Measurements.Directory, $"parquet-{Engagements}.ndjson");
        _dataset = Path.Combine(Measurements.Directory, $"parquet-{Engagements}-dataset");
        _output = Path.Combine(Measurements.Directory, $"parquet-{Engagements}-output");
        if (!File.Exists(_lines))
        {
            var partial = _lines + ".partial";
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await ConflictJsonLines.WriteAsync(file, SyntheticReports.Slices(Engagements).ToAsyncEnumerable()).ConfigureAwait(false);
            }

            File.Move(partial, _lines, overwrite: true);
        }

        if (!System.IO.Directory.Exists(_dataset))
        {
            var partial = _dataset + ".partial";
            DeleteDirectory(partial);
            await using (var lines = OpenLines())
            {
                await ConflictParquet.WriteAsync(ConflictJsonLines.ReadAsync(lines), partial).ConfigureAwait(false);
            }

            System.IO.Directory.Move(partial, _dataset);
        }

        _files = await ParquetColumns.LoadAsync(_dataset).ConfigureAwait(false);
        var parameters = Engagements.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Measurements.Record(Key(parameters, LinesInput), new FileInfo(_lines).Length);
        Measurements.Record(Key(parameters, DatasetInput), ParquetColumns.Size(_dataset));
    }

    /// <summary>Deletes the last write's output; the input stays for the run's other processes (see <see cref="SetupAsync"/>).</summary>
    [GlobalCleanup]
    public void Cleanup() => DeleteDirectory(_output);

    /// <summary>Removes the last write's output and resets the peak working set before each operation.</summary>
    [IterationSetup]
    public void Reset()
    {
        DeleteDirectory(_output);
        PeakMemory.Reset();
    }

    /// <summary>The floor of writing: Parquet.Net writing the dataset's columns from arrays in memory, file by file, row group by row group.</summary>
    /// <returns>A task that completes when every file is written.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Write)]
    [Input(DatasetInput)]
    public Task ParquetNetWriteArrays() => ParquetColumns.WriteParquetNetAsync(_files, _output);

    /// <summary>The same floor with ParquetSharp (Arrow C++), Snappy as well.</summary>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(DatasetInput)]
    public void ParquetSharpWriteArrays() => ParquetColumns.WriteParquetSharp(_files, _output);

    /// <summary>The model writer: the JSON Lines file read line by line and written as a dataset (<see cref="ConflictParquet.WriteJsonLinesAsync(Stream, string, ConflictParquetOptions?, System.Threading.CancellationToken)"/>).</summary>
    /// <returns>The batch id.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(DatasetInput)]
    public async Task<string> WriteFromLines()
    {
        await using var lines = OpenLines();
        return await ConflictParquet.WriteJsonLinesAsync(lines, _output).ConfigureAwait(false);
    }

    /// <summary>The floor of reading: Parquet.Net reading the columns the reader reads (batch, ordinal, json) of every file into arrays.</summary>
    /// <returns>The number of rows read.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Read)]
    [Input(DatasetInput)]
    public Task<long> ParquetNetReadArrays() => ParquetColumns.ReadParquetNetAsync(_dataset, ParquetColumns.ReaderColumns);

    /// <summary>The same floor with ParquetSharp.</summary>
    /// <returns>The number of rows read.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(DatasetInput)]
    public long ParquetSharpReadArrays() => ParquetColumns.ReadParquetSharp(_dataset, ParquetColumns.ReaderColumns);

    /// <summary>The model reader: the dataset back into one report.</summary>
    /// <returns>The number of engagements read.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(DatasetInput)]
    public async Task<int> ReadReport() => (await ConflictParquet.ReadAsync(_dataset).ConfigureAwait(false)).Engagements.Length;

    /// <summary>Records the peak working set of the operation that just ran.</summary>
    [IterationCleanup(Target = nameof(ParquetNetWriteArrays))]
    public void RecordParquetNetWriteArraysPeak() => RecordPeak(nameof(ParquetNetWriteArrays));

    /// <summary>Records the peak working set of the operation that just ran.</summary>
    [IterationCleanup(Target = nameof(ParquetSharpWriteArrays))]
    public void RecordParquetSharpWriteArraysPeak() => RecordPeak(nameof(ParquetSharpWriteArrays));

    /// <summary>Records the peak working set of the operation that just ran.</summary>
    [IterationCleanup(Target = nameof(WriteFromLines))]
    public void RecordWriteFromLinesPeak() => RecordPeak(nameof(WriteFromLines));

    /// <summary>Records the peak working set of the operation that just ran.</summary>
    [IterationCleanup(Target = nameof(ParquetNetReadArrays))]
    public void RecordParquetNetReadArraysPeak() => RecordPeak(nameof(ParquetNetReadArrays));

    /// <summary>Records the peak working set of the operation that just ran.</summary>
    [IterationCleanup(Target = nameof(ParquetSharpReadArrays))]
    public void RecordParquetSharpReadArraysPeak() => RecordPeak(nameof(ParquetSharpReadArrays));

    /// <summary>Records the peak working set of the operation that just ran.</summary>
    [IterationCleanup(Target = nameof(ReadReport))]
    public void RecordReadReportPeak() => RecordPeak(nameof(ReadReport));

    private void RecordPeak(string method)
    {
        if (PeakMemory.Peak() is { } peak)
        {
            Measurements.RecordMax(Key(Engagements.ToString(System.Globalization.CultureInfo.InvariantCulture), method + ".peak"), peak);
        }
    }

    private static string Key(string parameters, string name) => Measurements.Key(typeof(ParquetBenchmarks), parameters, name);

    private static void DeleteDirectory(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private FileStream OpenLines() => new(_lines, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
