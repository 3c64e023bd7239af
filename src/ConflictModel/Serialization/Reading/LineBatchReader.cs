using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// Reads the reports of a JSON Lines stream on several threads, in order: the enumerating thread
/// cuts the lines (<see cref="LineCutter"/>) into batches of what one read of the stream buffered,
/// each batch is read into reports on the thread pool, and the batches are given back in the order
/// of the stream, each as soon as it and every batch before it are read.
/// </summary>
/// <remarks>
/// <para>What a caller sees is what reading one line at a time gives: the same reports in the same
/// order, and the first error of the stream — a bad line, a line too long, a failed read of the
/// stream — thrown after every report of the lines before it. Only the timing differs: the stream
/// is read ahead of the enumeration by at most <c>depth</c> batches, so memory stays bounded by
/// about <c>depth + 1</c> times the longer of one buffered read and the longest line allowed.</para>
/// <para>A batch is cut from whatever the stream has delivered, so a slow stream (a pipe, a
/// socket) gives its reports as its lines arrive rather than once a batch is full; and while a
/// read of the stream waits, batches already read are given back.</para>
/// <para>Each of the <c>depth</c> slots has its own <see cref="StringTable"/>: the batch in a slot
/// is read only after the one before it in that slot has been given back.</para>
/// </remarks>
internal static class LineBatchReader
{
    /// <summary>
    /// Gets the batches read at once by <see cref="ConflictJsonLines.ReadAsync"/>: with more than one
    /// processor, one for each and one ready behind them, at most 5 (past that the enumerating thread,
    /// which cuts every line, is the limit); with one processor 1, every batch on the enumerating thread.
    /// </summary>
    public static int DefaultDepth { get; } = Environment.ProcessorCount > 1 ? Math.Min(Environment.ProcessorCount + 1, 5) : 1;

    /// <summary>Reads the reports; with a depth of 1, every batch on the calling thread.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The options.</param>
    /// <param name="depth">The most batches read ahead of the enumeration, at least 1; 1 reads on the calling thread only.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports in the order of the lines.</returns>
    public static async IAsyncEnumerable<ConflictReport> ReadAsync(Stream utf8Json, ConflictJsonOptions options, int depth, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var strings = new StringTable[depth];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = new StringTable();
        }

        var inFlight = new Queue<Task<LineBatch>>(depth);
        long dispatched = 0;
        ExceptionDispatchInfo? streamError = null; // from cutting or reading: thrown once every batch before it is given back
        var ended = false;
        Task<bool>? read = null; // the read of the stream under way, into the cutter's buffer
        using var lines = new LineCutter(utf8Json, options);
        try
        {
            while (true)
            {
                // Give back every batch already read, and wait for the oldest when no slot is free or nothing more will come.
                while (inFlight.Count > 0 && (inFlight.Peek().IsCompleted || inFlight.Count >= depth || ended))
                {
                    using var batch = await inFlight.Dequeue().ConfigureAwait(false);
                    for (var i = 0; i < batch.ReadCount; i++)
                    {
                        yield return batch.Reports[i];
                    }

                    batch.Error?.Throw();
                }

                if (ended)
                {
                    streamError?.Throw();
                    yield break;
                }

                if (read is not null)
                {
                    // While the read waits, a batch that finishes is given back above; then the read is waited for.
                    if (!read.IsCompleted && inFlight.Count > 0)
                    {
                        await Task.WhenAny(read, inFlight.Peek()).ConfigureAwait(false);
                        continue;
                    }

                    try
                    {
                        ended = !await read.ConfigureAwait(false);
                    }
                    catch (Exception e)
                    {
                        streamError = ExceptionDispatchInfo.Capture(e);
                        ended = true;
                    }

                    read = null;
                    continue;
                }

                // Cut what the stream has buffered into a batch; a line too long ends the stream after it.
                var next = new LineBatch(64 * 1024);
                try
                {
                    while (lines.TryCut(out var line))
                    {
                        next.Add(line);
                    }
                }
                catch (ConflictJsonException e)
                {
                    streamError = ExceptionDispatchInfo.Capture(e);
                    ended = true;
                }

                if (next.Count > 0)
                {
                    var table = strings[dispatched++ % depth];
                    inFlight.Enqueue(depth == 1 ? ReadHere(next, options, table, cancellationToken) : ReadOnPool(next, options, table, cancellationToken));
                }
                else
                {
                    next.Dispose();
                }

                if (!ended)
                {
                    read = lines.ReadAsync(cancellationToken).AsTask(); // fails only through the task
                }
            }
        }
        finally
        {
            // A read left under way (the enumeration was left while it waited) must end before the cutter returns its buffer to the pool.
            if (read is not null)
            {
                try
                {
                    await read.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // The enumeration is over; what the abandoned read met is nobody's to see.
                }
            }

            // An enumeration left early, or ended by an error, still waits for the batches it started and returns their buffers.
            while (inFlight.Count > 0)
            {
                (await inFlight.Dequeue().ConfigureAwait(false)).Dispose();
            }
        }
    }

    private static Task<LineBatch> ReadHere(LineBatch batch, ConflictJsonOptions options, StringTable strings, CancellationToken cancellationToken)
    {
        batch.Read(options, strings, cancellationToken);
        return Task.FromResult(batch);
    }

    private static Task<LineBatch> ReadOnPool(LineBatch batch, ConflictJsonOptions options, StringTable strings, CancellationToken cancellationToken)
        => Task.Run(
            () =>
            {
                batch.Read(options, strings, cancellationToken);
                return batch;
            },
            CancellationToken.None); // cancellation is the batch's to notice, so that it always completes and returns its buffer
}
