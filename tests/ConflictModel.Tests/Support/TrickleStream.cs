using System;

namespace ConflictModel.Tests.Support;

/// <summary>A read-only stream that hands out at most a few bytes a read, as a network stream may.</summary>
internal sealed class TrickleStream(byte[] bytes, int chunk) : ReadOnlyTestStream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }
}
