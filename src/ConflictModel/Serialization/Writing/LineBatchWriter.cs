using System;
using System.Collections.Generic;
using System.IO;
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
/// same order, each report a line. Only the timing differs: the caller's sequence is taken ahead of
/// the writing by at most <c>depth</c> batches, so that producing the next reports (an import's
/// mapping, a split) overlaps with serializing the ones before.</para>
/// <para>A batch holds as many reports as make about <see cref="TargetBatchBytes"/> of lines, judged
/// by the lines written so far (the first batch holds one report): memory stays bounded by about
/// <c>depth + 1</c> such buffers and the reports they are made of, whatever the size of a report.</para>
/// <para>Not thread-safe: one caller adds, completes and disposes.</para>
/// </remarks>
internal sealed class LineBatchWriter : IAsyncDisposable
{
    /// <summary>The bytes of lines a batch aims at: enough that handing a batch to another thread costs little beside writing it.</summary>
    public const int TargetBatchBytes = 1 << 20;

    // A bound on the reports a batch holds, whatever their size: a batch of empty reports is still a
    // batch of objects held until it is written.
    private const int MaxBatchReports = 4096;

    private readonly Stream _stream;
    private readonly int _depth;
    private readonly Queue<Task<Batch>> _inFlight;
    private readonly Stack<Batch> _free = new();
    private readonly List<Batch> _all = [];
    private List<ConflictReport> _pending = [];
    private int _batchReports = 1;
    private long _linesWritten;
    private long _bytesWritten;

    /// <summary>Initializes a new instance of the <see cref="LineBatchWriter"/> class.</summary>
    /// <param name="stream">The stream the lines go to; left open.</param>
    /// <param name="depth">The most batches serialized at once, at least 1; 1 serializes every batch on the calling thread.</param>
    public LineBatchWriter(Stream stream, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        _stream = stream;
        _depth = depth;
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

    /// <summary>Takes a report to write after those before it; writes batches to the stream as they are serialized, waiting when <c>depth</c> batches are under way.</summary>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the report is taken.</returns>
    public async ValueTask AddAsync(ConflictReport report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _pending.Add(report);
        if (_pending.Count >= _batchReports)
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
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Only after an earlier failure, which is what the caller is told: these lines come after it.
            }
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
            batch = new Batch();
            _all.Add(batch);
        }

        batch.Reports = _pending;
        _pending = new List<ConflictReport>(_batchReports);
        _inFlight.Enqueue(_depth == 1 ? Task.FromResult(batch.Serialize()) : Task.Run(batch.Serialize, CancellationToken.None));
        while (_inFlight.Count >= _depth)
        {
            await WriteOldestAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the oldest batch's serialization and writes its lines to the stream.</summary>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the lines are written.</returns>
    public async ValueTask WriteOldestAsync(CancellationToken cancellationToken)
    {
        Batch batch;
        long bytes;
        try
        {
            batch = await _inFlight.Dequeue().ConfigureAwait(false);
            bytes = batch.Buffer.WrittenCount;
            await batch.Buffer.DrainToAsync(_stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            Failed = true;
            throw;
        }

        var lines = batch.Reports!.Count;
        batch.Reports = null;
        _free.Push(batch);

        // The next batches hold as many reports as the lines so far say make the target size.
        _linesWritten += lines;
        _bytesWritten += bytes;
        _batchReports = (int)Math.Clamp(TargetBatchBytes * _linesWritten / Math.Max(_bytesWritten, 1), 1, MaxBatchReports);
    }

    /// <summary>A batch of reports and the buffer their lines are written into; reused once its lines are written.</summary>
    private sealed class Batch : IDisposable
    {
        private readonly Utf8JsonWriter _writer;

        public Batch()
        {
            Buffer = new PooledBufferWriter(64 * 1024);
            _writer = new Utf8JsonWriter(Buffer, ReportWriter.Options(indented: false));
        }

        public PooledBufferWriter Buffer { get; }

        public List<ConflictReport>? Reports { get; set; }

        /// <summary>Writes the reports as lines into the buffer, as <see cref="ConflictJsonLines"/>' one-at-a-time writer does.</summary>
        public Batch Serialize()
        {
            Buffer.Clear();
            foreach (var report in Reports!)
            {
                _writer.Reset();
                ReportWriter.Write(_writer, report);
                _writer.Flush();
                Buffer.GetSpan(1)[0] = (byte)'\n';
                Buffer.Advance(1);
            }

            return this;
        }

        public void Dispose()
        {
            _writer.Dispose();
            Buffer.Dispose();
        }
    }
}
