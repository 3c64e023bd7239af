using System;
using System.IO;
using System.Text;

namespace ConflictModel.Interop.Tests.Support;

/// <summary>
/// A read-only stream of a header and then the same data line forever: only a reader that holds
/// one record at a time can give rows from it.
/// </summary>
internal sealed class EndlessCsvStream : Stream
{
    private readonly byte[] _header;
    private readonly byte[] _line;
    private long _position;

    public EndlessCsvStream(string header, string line)
    {
        _header = Encoding.UTF8.GetBytes(header);
        _line = Encoding.UTF8.GetBytes(line);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        for (var i = 0; i < count; i++)
        {
            buffer[offset + i] = _position < _header.Length ? _header[_position] : _line[(_position - _header.Length) % _line.Length];
            _position++;
        }

        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
