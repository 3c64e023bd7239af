using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ConflictModel.Parquet;

/// <summary>
/// Reads the lines of a JSON Lines stream into reports and writes them into the tables, the parsing
/// spread over every core and beside the writing. One task cuts the lines and hands them on in
/// batches, each parsed on a task of its own (with each entity's JSON found in the line, and the
/// line's lookups built); the writer takes the batches in order. A few batches at most are in
/// flight, their lines in buffers reused from batch to batch (a batch closes at 32 lines or 1 MB), so memory stays bounded; the order is the lines'.
/// </summary>
internal static class JsonLinesPipeline
{
    // Lines a batch holds: enough that handing on a batch costs little beside parsing it.
    private const int BatchLines = 32;

    // The bytes after which a batch is handed on with fewer lines, so that long lines keep the
    // batches' buffers (reused, never given back while the write lasts) near this size.
    private const int BatchBytes = 1 << 20;

    public static async Task WriteAsync(IAsyncEnumerable<ConflictJsonLine> lines, ConflictJsonOptions options, DatasetWriter writer, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Batches being parsed ahead of the writer: two for each core keeps every core busy.
        var channel = Channel.CreateBounded<Task<Batch>>(new BoundedChannelOptions(2 * Math.Max(1, Environment.ProcessorCount)) { SingleReader = true, SingleWriter = true });

        // The scanners and batches in flight go back here once written, so only those in flight are ever made.
        var scanners = new ConcurrentQueue<EntityJson>();
        var batches = new ConcurrentQueue<Batch>();
        var reading = Task.Run(() => ReadAsync(lines, options, scanners, batches, channel.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var parsing in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var batch = await parsing.ConfigureAwait(false);
                try
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        await writer.AddAsync(batch.Reports[i]!, batch.Json[i], batch.Slices[i], cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    batch.Return(scanners);
                    batches.Enqueue(batch);
                }
            }
        }
        catch
        {
            // The writer failed, or a batch did not parse: stop the reader, let the batches in flight
            // end, and report this error rather than the reader's cancellation.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ConflictParquetException)
            {
            }

            while (channel.Reader.TryRead(out var parsing))
            {
                try
                {
                    (await parsing.ConfigureAwait(false)).Return(scanners);
                }
                catch (ConflictParquetException)
                {
                }
            }

            throw;
        }

        // The reader's own error, if it stopped on one (the channel is completed either way).
        await reading.ConfigureAwait(false);
    }

    private static async Task ReadAsync(IAsyncEnumerable<ConflictJsonLine> lines, ConflictJsonOptions options, ConcurrentQueue<EntityJson> scanners, ConcurrentQueue<Batch> batches, ChannelWriter<Task<Batch>> channel, CancellationToken cancellationToken)
    {
        try
        {
            var batch = Next(batches);
            await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                // The line's bytes are the reader's buffer until it moves on: the batch gets a copy.
                batch.Add(line);
                if (batch.Count == BatchLines || batch.Bytes >= BatchBytes)
                {
                    await channel.WriteAsync(Parse(batch, options, scanners), cancellationToken).ConfigureAwait(false);
                    batch = Next(batches);
                }
            }

            if (batch.Count > 0)
            {
                await channel.WriteAsync(Parse(batch, options, scanners), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ConflictJsonException e) when (e.Kind == ConflictJsonErrorKind.LineTooLong)
        {
            throw new ConflictParquetException(e.Message, (e.LineNumber ?? 0) + 1, e);
        }
        finally
        {
            channel.TryComplete();
        }
    }

    private static Batch Next(ConcurrentQueue<Batch> batches) => batches.TryDequeue(out var batch) ? batch : new Batch();

    private static Task<Batch> Parse(Batch batch, ConflictJsonOptions options, ConcurrentQueue<EntityJson> scanners)
        => Task.Run(() =>
        {
            batch.Parse(options, scanners);
            return batch;
        });

    /// <summary>
    /// Up to <see cref="BatchLines"/> lines: their bytes, one after another in one buffer of the batch's
    /// own, and once parsed their reports, lookups and entity ranges. A batch is used again once written.
    /// </summary>
    private sealed class Batch
    {
        private readonly int[] _starts = new int[BatchLines];
        private readonly int[] _lengths = new int[BatchLines];
        private readonly long[] _lineNumbers = new long[BatchLines];
        private byte[] _buffer = new byte[64 * 1024];

        public int Count { get; private set; }

        /// <summary>Gets the bytes of the lines held.</summary>
        public int Bytes { get; private set; }

        public ConflictReport?[] Reports { get; } = new ConflictReport?[BatchLines];

        public Slice?[] Slices { get; } = new Slice?[BatchLines];

        /// <summary>Gets where each line's entities lie in it; null to take the core's serialization.</summary>
        public EntityJson?[] Json { get; } = new EntityJson?[BatchLines];

        public void Add(ConflictJsonLine line)
        {
            var length = line.Utf8.Length;
            if (_buffer.Length - Bytes < length)
            {
                // Earlier lines keep their places: the buffer grows, its ranges stay.
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Bytes + length));
            }

            line.Utf8.Span.CopyTo(_buffer.AsSpan(Bytes));
            _starts[Count] = Bytes;
            _lengths[Count] = length;
            _lineNumbers[Count] = line.LineNumber;
            Bytes += length;
            Count++;
        }

        public void Parse(ConflictJsonOptions options, ConcurrentQueue<EntityJson> scanners)
        {
            // A line read tolerantly may hold members the model does not know, which its bytes would carry
            // into the json cells: the writer then takes the core's serialization instead (no ranges).
            var ownBytes = options.ReadMode == ConflictJsonReadMode.Strict;
            for (var i = 0; i < Count; i++)
            {
                var document = _buffer.AsMemory(_starts[i], _lengths[i]);
                ConflictReport report;
                try
                {
                    report = ConflictJson.Deserialize(document.Span, options);
                }
                catch (ConflictJsonException e)
                {
                    Return(scanners);

                    // A document's errors count lines within the line: name the line of the stream.
                    throw new ConflictParquetException($"Line {_lineNumbers[i]} of the JSON Lines stream is not a valid report: {e.Message}", _lineNumbers[i] + (e.LineNumber ?? 0), e);
                }

                Reports[i] = report;
                Slices[i] = new Slice(report);
                if (ownBytes)
                {
                    var json = scanners.TryDequeue(out var free) ? free : new EntityJson();
                    if (json.Scan(document) && json.Holds(report))
                    {
                        Json[i] = json;
                    }
                    else
                    {
                        scanners.Enqueue(json);
                    }
                }
            }
        }

        /// <summary>Gives the scanners back and empties the batch for its next lines.</summary>
        public void Return(ConcurrentQueue<EntityJson> scanners)
        {
            for (var i = 0; i < Count; i++)
            {
                if (Json[i] is { } json)
                {
                    scanners.Enqueue(json);
                }
            }

            Array.Clear(Json);
            Array.Clear(Reports);
            Array.Clear(Slices);
            Count = 0;
            Bytes = 0;
        }
    }
}
