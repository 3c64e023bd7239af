using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// Writes reports as JSON Lines with their serialization on the thread pool, in order: the caller's
/// thread takes the reports and gathers them into batches, each batch is written into a buffer of
/// its own on the thread pool, and the buffers are copied to the stream in the order of the batches.
/// The counterpart of <see cref="LineBatchReader"/>.
/// </summary>
/// <remarks>
/// <para>What the stream receives is what writing one report at a time gives: the same bytes in the
/// same order, each report a line, and, when a report cannot be written, every line before it and
/// then its error. Only the timing differs: the caller's sequence is taken ahead of the writing by at
/// most <c>depth</c> batches, so that producing the next reports (an import's mapping, a split)
/// overlaps with serializing the ones before.</para>
/// <para>A batch holds as many reports as made about <see cref="TargetBatchBytes"/> of lines in the
/// batch written last, at most twice as many as that batch and at most <see cref="MaxBatchReports"/>
/// (the first batch holds one report). Memory is bounded by <c>depth + 1</c> batches: when the
/// reports grow suddenly larger, the batches already under way were sized for the smaller ones, and
/// the next are sized again.</para>
/// <para>Cancellation is observed between batches, never inside one, so the stream never holds part
/// of a line because of it.</para>
/// <para>Not thread-safe: one caller adds, completes and disposes.</para>
/// </remarks>
internal sealed class LineBatchWriter : IAsyncDisposable
{
    /// <summary>The bytes of lines a batch aims at: enough that handing a batch to another thread costs little beside writing it, few enough that its reports are still young when the collector runs.</summary>
    /// <remarks>
    /// Measured on 3 December 2026 (`JsonLinesBenchmarks.WriteLines` ÷ `GenerateLines`, 1,000,000
    /// engagements, two cores): 1 MiB 1.87–2.20, 256 KiB 1.88–1.89, 64 KiB 1.45–1.63, 32 KiB 1.53,
    /// 16 KiB 1.77, against 2.05 one report at a time. With 1 MiB batches the reports waiting in them
    /// outlived the young generation, and nearly every collection became a generation 1 collection.
    /// </remarks>
    public const int TargetBatchBytes = 1 << 16;

    /// <summary>The most reports a batch holds, whatever their size: a batch of tiny reports is still a batch of objects held until it is written.</summary>
    public const int MaxBatchReports = 4096;

    // A batch's buffer keeps its last array for the next batch; one that grew far past the target
    // (a batch of unusually large reports) is given back rather than held for the rest of the write.
    private const int MaxKeptBufferBytes = 1 << 20;

    // A new batch's first array: the target, so that a batch of the usual size fits in one.
    private const int InitialBufferBytes = TargetBatchBytes;

    private readonly Stream _stream;
    private readonly int _depth;
    private readonly Action<Utf8JsonWriter, ConflictReport> _writeReport;
    private readonly Queue<Task<Batch>> _inFlight;
    private readonly Stack<Batch> _free = new();
    private readonly List<Batch> _all = [];
    private List<ConflictReport> _pending = [];

    /// <summary>Initializes a new instance of the <see cref="LineBatchWriter"/> class.</summary>
    /// <param name="stream">The stream the lines go to; left open.</param>
    /// <param name="depth">The most batches serialized at once, at least 1; 1 serializes every batch on the calling thread.</param>
    public LineBatchWriter(Stream stream, int depth)
        : this(stream, depth, ReportWriter.Write)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LineBatchWriter"/> class that writes each report with <paramref name="writeReport"/> (the tests' way to make a report fail).</summary>
    /// <param name="stream">The stream the lines go to; left open.</param>
    /// <param name="depth">The most batches serialized at once, at least 1.</param>
    /// <param name="writeReport">Writes one report as a JSON value.</param>
    internal LineBatchWriter(Stream stream, int depth, Action<Utf8JsonWriter, ConflictReport> writeReport)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        _stream = stream;
        _depth = depth;
        _writeReport = writeReport;
        _inFlight = new Queue<Task<Batch>>(depth);
    }

    /// <summary>Gets the batches serialized at once by <see cref="ConflictJsonLines.WriteAsync(Stream, IEnumerable{ConflictReport}, ConflictJsonOptions?, CancellationToken)"/>: as many as <see cref="LineBatchReader.DefaultDepth"/> reads.</summary>
    public static int DefaultDepth => LineBatchReader.DefaultDepth;

    /// <summary>Gets the number of batches being serialized or waiting to be written.</summary>
    public int InFlightCount => _inFlight.Count;

    /// <summary>Gets the serialization of the oldest batch not yet written; only while <see cref="InFlightCount"/> is not 0.</summary>
    public Task OldestInFlight => _inFlight.Peek();

    /// <summary>Gets a value indicating whether a batch failed to be serialized or written: its error was thrown, and no later line is written.</summary>
    public bool Failed { get; private set; }

    /// <summary>Gets whether reports are taken that no batch holds yet.</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>Gets the number of reports the next batch is to hold.</summary>
    public int NextBatchReports { get; private set; } = 1;

    /// <summary>Takes a report to write after those before it; writes batches to the stream as they are serialized, waiting when <c>depth</c> batches are under way.</summary>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the report is taken.</returns>
    public async ValueTask AddAsync(ConflictReport report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _pending.Add(report);
        if (_pending.Count >= NextBatchReports)
        {
            await DispatchAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes every report taken, in order, to the stream (not flushed).</summary>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every line is written.</returns>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await DispatchAsync(cancellationToken).ConfigureAwait(false);
        while (_inFlight.Count > 0)
        {
            await WriteOldestAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for any batch still being serialized (after a failure, its lines are not written) and returns the buffers to the pool.</summary>
    /// <returns>A task that completes when every batch is done with.</returns>
    public async ValueTask DisposeAsync()
    {
        while (_inFlight.TryDequeue(out var task))
        {
            // A batch's serialization never throws (its error travels in the batch): this only waits.
            await task.ConfigureAwait(false);
        }

        foreach (var batch in _all)
        {
            batch.Dispose();
        }
    }

    /// <summary>Hands the reports taken to a batch of their own, to be serialized; waits, writing the oldest batches, while <c>depth</c> batches are under way.</summary>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the batch is under way.</returns>
    public async ValueTask DispatchAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        if (!_free.TryPop(out var batch))
        {
            batch = new Batch(_writeReport);
            _all.Add(batch);
        }

        // The batch takes the reports; its emptied list gathers the next ones.
        (batch.Reports, _pending) = (_pending, batch.Reports);
        _inFlight.Enqueue(_depth == 1 ? Task.FromResult(batch.Serialize()) : Task.Run(batch.Serialize, CancellationToken.None));
        while (_inFlight.Count >= _depth)
        {
            await WriteOldestAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the oldest batch's serialization and writes its lines to the stream; throws the error of a report that could not be written after the lines before it.</summary>
    /// <param name="cancellationToken">Cancels the writing before the batch is written.</param>
    /// <returns>A task that completes when the lines are written.</returns>
    public async ValueTask WriteOldestAsync(CancellationToken cancellationToken)
    {
        Batch batch;
        try
        {
            batch = await _inFlight.Dequeue().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            // Not cancelled once begun: a batch goes to the stream whole, so no line is cut short.
            await batch.Buffer.DrainToAsync(_stream, batch.LinesBytes, CancellationToken.None).ConfigureAwait(false);
            if (batch.Error is { } error)
            {
                error.Throw();
            }
        }
        catch (Exception)
        {
            Failed = true;
            throw;
        }

        // The next batches hold as many reports as this batch's lines say make the target size,
        // growing at most twice a batch so that one batch of small reports does not size the next
        // for thousands.
        var lines = batch.Reports.Count;
        var perLine = Math.Max(batch.LinesBytes / lines, 1);
        NextBatchReports = (int)Math.Clamp(Math.Min(TargetBatchBytes / perLine, 2L * lines), 1, MaxBatchReports);

        batch.Reports.Clear();
        batch.Recycle();
        _free.Push(batch);
    }

    /// <summary>A batch of reports and the buffer their lines are written into; reused once its lines are written.</summary>
    private sealed class Batch(Action<Utf8JsonWriter, ConflictReport> writeReport) : IDisposable
    {
        private Utf8JsonWriter? _writer;

        public PooledBufferWriter Buffer { get; private set; } = new(InitialBufferBytes);

        public List<ConflictReport> Reports { get; set; } = [];

        /// <summary>Gets the bytes of the whole lines written: all of the buffer, or those before the report that failed.</summary>
        public long LinesBytes { get; private set; }

        /// <summary>Gets the error of the report that could not be written, if one could not.</summary>
        public ExceptionDispatchInfo? Error { get; private set; }

        /// <summary>Writes the reports as lines into the buffer, as one report at a time would; a report that fails ends the batch, keeping the lines before it and the error.</summary>
        /// <returns>This batch.</returns>
        public Batch Serialize()
        {
            Buffer.Clear();
            LinesBytes = 0;
            Error = null;
            _writer ??= new Utf8JsonWriter(Buffer, ReportWriter.Options(indented: false));
            try
            {
                foreach (var report in Reports)
                {
                    _writer.Reset();
                    writeReport(_writer, report);
                    _writer.Flush();
                    Buffer.GetSpan(1)[0] = (byte)'\n';
                    Buffer.Advance(1);
                    LinesBytes = Buffer.WrittenCount;
                }
            }
            catch (Exception e)
            {
                // Raised on the stream's side, in order, after the lines before it.
                Error = ExceptionDispatchInfo.Capture(e);
            }

            return this;
        }

        /// <summary>Gives back a buffer that grew far past the target, so that it is not held for the rest of the write.</summary>
        public void Recycle()
        {
            if (Buffer.Capacity > MaxKeptBufferBytes)
            {
                Dispose();
                Buffer = new PooledBufferWriter(InitialBufferBytes);
            }
        }

        public void Dispose()
        {
            _writer?.Dispose();
            _writer = null;
            Buffer.Dispose();
        }
    }
}
