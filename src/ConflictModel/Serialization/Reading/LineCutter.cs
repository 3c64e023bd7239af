using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// Cuts a stream of newline-delimited JSON into the lines that hold a document, in a pooled buffer
/// that grows only as far as the longest line allowed. <see cref="ConflictJsonLines.ReadAsync"/> and
/// <see cref="ConflictJsonLines.ReadLinesAsync"/> both drive it directly, so that reading reports
/// costs no second iterator a line.
/// </summary>
/// <remarks>Not thread-safe: one reader at a time, as an enumerator.</remarks>
internal sealed class LineCutter : IDisposable
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly ConflictJsonOptions _options;
    private readonly int _limit; // a line may end in "\r\n"
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _line; // lines cut so far
    private long _bufferOffset; // where _buffer[0] is in the stream
    private bool _endOfStream;

    public LineCutter(Stream stream, ConflictJsonOptions options)
    {
        _stream = stream;
        _options = options;
        _limit = options.MaxLineLength + 1;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(ChunkSize, _limit + 1));
    }

    /// <summary>Cuts the next line that holds a document from what is buffered; false when more must be read first (<see cref="ReadAsync"/>).</summary>
    /// <exception cref="ConflictJsonException">The line is longer than the limit.</exception>
    public bool TryCut(out ConflictJsonLine line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0 && !(_endOfStream && _end > _start))
            {
                line = default;
                return false;
            }

            var length = newline >= 0 ? newline : _end - _start;
            var bytes = _buffer.AsMemory(_start, length);
            if (bytes.Span.EndsWith("\r"u8))
            {
                bytes = bytes[..^1];
            }

            if (bytes.Length > _options.MaxLineLength)
            {
                throw TooLong();
            }

            var offset = _bufferOffset + _start;
            _start += newline >= 0 ? length + 1 : length;
            _line++;
            if (!bytes.Span.Trim(" \t"u8).IsEmpty)
            {
                line = new ConflictJsonLine(_line, offset, bytes);
                return true;
            }
        }
    }

    /// <summary>Reads more of the stream after the unfinished line; false at the end of the stream, once every line is cut.</summary>
    /// <exception cref="ConflictJsonException">The unfinished line is already longer than the limit.</exception>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (_endOfStream)
        {
            return false;
        }

        if (_end - _start > _limit)
        {
            throw TooLong();
        }

        // Keep the unfinished line at the front, growing the buffer only as far as the longest line allowed.
        _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
        _bufferOffset += _start;
        _end -= _start;
        _start = 0;
        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, _limit + 1L));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _endOfStream = read == 0;
        _end += read;
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private ConflictJsonException TooLong()
        => new(
            ConflictJsonErrorKind.LineTooLong,
            $"Line {_line + 1} is longer than the limit of {_options.MaxLineLength} bytes (ConflictJsonOptions.MaxLineLength).",
            "$",
            string.Empty,
            _line,
            _options.MaxLineLength,
            null);
}
