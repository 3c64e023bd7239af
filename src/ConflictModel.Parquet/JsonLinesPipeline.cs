using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ConflictModel.Parquet;

/// <summary>
/// Reads the lines of a JSON Lines stream into reports on one task and writes them into the tables
/// on another, so that reading the JSON and writing the Parquet run side by side. A few dozen lines
/// at most are in flight, each in a pooled array, so memory stays bounded; the order is the lines'.
/// </summary>
internal static class JsonLinesPipeline
{
    // Lines read ahead of the writer: enough to keep both tasks busy, few enough to be a few hundred KB.
    private const int Capacity = 64;

    public static async Task WriteAsync(IAsyncEnumerable<ConflictJsonLine> lines, ConflictJsonOptions options, DatasetWriter writer, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<(ConflictReport Report, byte[] Line, int Length)>(
            new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAsync(lines, options, channel.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var (report, line, length) in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                try
                {
                    await writer.AddAsync(report, line.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(line);
                }
            }
        }
        catch
        {
            // The writer failed: stop the reader, and report the writer's error rather than the reader's cancellation.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ConflictParquetException)
            {
            }

            throw;
        }

        // The reader's own error, if it stopped on one (the channel is completed either way).
        await reading.ConfigureAwait(false);
    }

    private static async Task ReadAsync(IAsyncEnumerable<ConflictJsonLine> lines, ConflictJsonOptions options, ChannelWriter<(ConflictReport, byte[], int)> channel, CancellationToken cancellationToken)
    {
        try
        {
            // A line read tolerantly may hold members the model does not know, which its bytes would carry
        // into the json cells: the writer then takes the core's serialization instead (length 0).
        var ownBytes = options.ReadMode == ConflictJsonReadMode.Strict;
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                // The line's bytes are the reader's buffer until it moves on: the writer gets a copy.
                var copy = ArrayPool<byte>.Shared.Rent(line.Utf8.Length);
                line.Utf8.Span.CopyTo(copy);
                ConflictReport report;
                try
                {
                    report = ConflictJson.Deserialize(copy.AsSpan(0, line.Utf8.Length), options);
                }
                catch (ConflictJsonException e)
                {
                    ArrayPool<byte>.Shared.Return(copy);

                    // A document's errors count lines within the line: name the line of the stream.
                    throw new ConflictParquetException($"Line {line.LineNumber} of the JSON Lines stream is not a valid report: {e.Message}", line.LineNumber + (e.LineNumber ?? 0), e);
                }

                await channel.WriteAsync((report, copy, ownBytes ? line.Utf8.Length : 0), cancellationToken).ConfigureAwait(false);
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
}
