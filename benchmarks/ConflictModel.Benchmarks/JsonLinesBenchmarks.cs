using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Infrastructure;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Newline-delimited JSON of 1,000,000 engagements, one self-contained report a line (see
/// <see cref="SyntheticReports.Slices"/>), read from and written to a file without ever holding the
/// whole data: <see cref="ConflictJsonLines.ReadAsync"/> beside a token scan of the same lines, and
/// <see cref="ConflictJsonLines.WriteAsync(Stream, System.Collections.Generic.IAsyncEnumerable{ConflictReport}, ConflictJsonOptions?, System.Threading.CancellationToken)"/>
/// from a lazily generated sequence beside generating that sequence alone. The peak working set of
/// each operation is recorded for the Peak WS column.
/// </summary>
/// <remarks>
/// An operation takes seconds to tens of seconds, so this class has a job of its own (see <see cref="StreamingConfig"/>).
/// </remarks>
[Config(typeof(StreamingConfig))]
public class JsonLinesBenchmarks
{
    /// <summary>The number of engagements, one a line.</summary>
    public const int Engagements = 1_000_000;

    private const string LinesInput = "lines";
    private const int BufferSize = 64 * 1024;

    private string _path = string.Empty;

    /// <summary>Writes the file of lines, generating the engagements one at a time.</summary>
    /// <returns>A task that completes when the file is written.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        System.IO.Directory.CreateDirectory(Measurements.Directory);
        _path = Path.Combine(Measurements.Directory, "engagements-1m.ndjson");
        await using (var file = new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
        {
            await ConflictJsonLines.WriteAsync(file, SyntheticReports.Slices(Engagements).ToAsyncEnumerable()).ConfigureAwait(false);
        }

        Measurements.Record(Key(LinesInput), new FileInfo(_path).Length);
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Resets the peak working set before each operation.</summary>
    [IterationSetup]
    public void ResetPeak() => PeakMemory.Reset();

    /// <summary>The floor of reading: the same lines cut at each "\n" and every token scanned, with nothing decoded or built.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(JsonBenchmarks.Read)]
    [Input(LinesInput)]
    public async Task<long> ScanLines()
    {
        await using var file = OpenRead();
        var buffer = new byte[BufferSize];
        int start = 0, end = 0;
        long tokens = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                tokens += CountTokens(buffer.AsSpan(start, newline));
                start += newline + 1;
                continue;
            }

            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await file.ReadAsync(buffer.AsMemory(end)).ConfigureAwait(false);
            if (read == 0)
            {
                return end == 0 ? tokens : tokens + CountTokens(buffer.AsSpan(0, end));
            }

            end += read;
        }
    }

    /// <summary>The model reader: every line to a checked report, one at a time.</summary>
    /// <returns>The number of engagements read.</returns>
    [Benchmark]
    [BenchmarkCategory(JsonBenchmarks.Read)]
    [Input(LinesInput)]
    public async Task<long> ReadLines()
    {
        await using var file = OpenRead();
        long engagements = 0;
        await foreach (var report in ConflictJsonLines.ReadAsync(file).ConfigureAwait(false))
        {
            engagements += report.Engagements.Length;
        }

        return engagements;
    }

    /// <summary>The floor of writing: generating the engagements alone, without writing them.</summary>
    /// <returns>The number of engagements generated.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(JsonBenchmarks.Write)]
    [Input(LinesInput)]
    public async Task<long> GenerateLines()
    {
        long engagements = 0;
        await foreach (var report in SyntheticReports.Slices(Engagements).ToAsyncEnumerable().ConfigureAwait(false))
        {
            engagements += report.Engagements.Length;
        }

        return engagements;
    }

    /// <summary>The model writer: the lazily generated engagements to a stream, one line each.</summary>
    /// <returns>A task that completes when every line is written.</returns>
    [Benchmark]
    [BenchmarkCategory(JsonBenchmarks.Write)]
    [Input(LinesInput)]
    public Task WriteLines() => ConflictJsonLines.WriteAsync(Stream.Null, SyntheticReports.Slices(Engagements).ToAsyncEnumerable());

    /// <summary>Records the peak working set of the scan that just ran.</summary>
    [IterationCleanup(Target = nameof(ScanLines))]
    public void RecordScanPeak() => RecordPeak(nameof(ScanLines));

    /// <summary>Records the peak working set of the read that just ran.</summary>
    [IterationCleanup(Target = nameof(ReadLines))]
    public void RecordReadPeak() => RecordPeak(nameof(ReadLines));

    /// <summary>Records the peak working set of the generation that just ran.</summary>
    [IterationCleanup(Target = nameof(GenerateLines))]
    public void RecordGeneratePeak() => RecordPeak(nameof(GenerateLines));

    /// <summary>Records the peak working set of the write that just ran.</summary>
    [IterationCleanup(Target = nameof(WriteLines))]
    public void RecordWritePeak() => RecordPeak(nameof(WriteLines));

    private static void RecordPeak(string method)
    {
        if (PeakMemory.Peak() is { } peak)
        {
            Measurements.RecordMax(Key(method + ".peak"), peak);
        }
    }

    private static int CountTokens(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
    private static string Key(string name) => Measurements.Key(typeof(JsonLinesBenchmarks), string.Empty, name);

    private FileStream OpenRead() => new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
