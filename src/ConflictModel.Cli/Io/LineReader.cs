using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ConflictModel.Cli.Io;

/// <summary>One line of a stream: its number (from 0), its bytes without the line end, or that it was too long to hold.</summary>
/// <param name="Number">The line number, from 0.</param>
/// <param name="Bytes">The bytes, without "\n" or "\r\n"; valid until the next line is read.</param>
/// <param name="TooLong">Whether the line was longer than the limit (its bytes are then empty and the line skipped).</param>
internal readonly record struct Line(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

/// <summary>
/// Cuts a stream into lines in bounded memory: the buffer grows only to the longest line allowed.
/// <c>validate</c> reads JSON Lines through this rather than through the library's reader, because
/// placing a validation issue at a line and column needs that line's bytes.
/// </summary>
internal static class LineReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Reads the lines of a stream.</summary>
    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, int maxLineLength, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limit = maxLineLength + 1; // "\r\n"
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(ChunkSize, limit + 1));
        try
        {
            int start = 0, end = 0;
            long number = 0;
            bool endOfStream = false, skipping = false;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0 || (endOfStream && end > start))
                {
                    var length = newline >= 0 ? newline : end - start;
                    if (!skipping)
                    {
                        var bytes = buffer.AsMemory(start, length);
                        if (bytes.Span.EndsWith("\r"u8))
                        {
                            bytes = bytes[..^1];
                        }

                        yield return new Line(number, bytes, false);
                    }

                    skipping = false;
                    start += newline >= 0 ? length + 1 : length;
                    number++;
                    continue;
                }

                if (endOfStream)
                {
                    yield break;
                }

                if (end - start > limit && !skipping)
                {
                    yield return new Line(number, ReadOnlyMemory<byte>.Empty, true);
                    skipping = true;
                }

                if (skipping)
                {
                    start = end = 0; // drop the rest of the line as it comes
                }

                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1L));
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                endOfStream = read == 0;
                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
