using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// A buffer for <see cref="System.Text.Json.Utf8JsonWriter"/> made of arrays rented from
/// <see cref="ArrayPool{T}.Shared"/>: when one is full the next, twice as large (up to 64 MB), is
/// rented beside it, so that writing a large report never copies what it has written to grow, and
/// leaves no trail of ever larger arrays to the garbage collector.
/// </summary>
/// <remarks>
/// <para>Doubling up to a large cap, rather than many chunks of one small size, is what lets the pool
/// serve a large write: it keeps only a few dozen arrays of each size, so 1 MB chunks for a
/// 400 MB document came back from it only in part and the rest were allocated afresh on every write
/// (1.64 bytes allocated per byte written at 100,000 engagements, against 1.00 for
/// System.Text.Json's own buffer), while doubling needs one array of each size and, past 64 MB, a
/// handful of the largest.</para>
/// <para>Not thread-safe: one writer at a time. Dispose returns the arrays to the pool.</para>
/// </remarks>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int MaxChunkSize = 64 * 1024 * 1024;

    private readonly List<(byte[] Array, int Count)> _full = [];
    private byte[] _current;
    private int _written;
    private long _fullCount;

    /// <summary>Initializes a new instance of the <see cref="PooledBufferWriter"/> class.</summary>
    /// <param name="initialCapacity">The size of the first array rented.</param>
    public PooledBufferWriter(int initialCapacity) => _current = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>Gets the number of bytes written.</summary>
    public long WrittenCount => _fullCount + _written;

    /// <summary>Gets the size of the array being written into, which <see cref="Clear"/> keeps.</summary>
    public int Capacity => _current.Length;

    /// <summary>Forgets what was written, keeping the last array.</summary>
    public void Clear()
    {
        ReturnFull();
        _written = 0;
    }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        if ((uint)count > (uint)(_current.Length - _written))
        {
            throw new ArgumentOutOfRangeException(nameof(count), "The count must not pass the end of the buffer.");
        }

        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsMemory(_written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsSpan(_written);
    }

    /// <summary>Copies the bytes written into a new array.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)WrittenCount));
        CopyTo(result);
        return result;
    }

    /// <summary>Decodes the bytes written as UTF-8.</summary>
    /// <returns>The text.</returns>
    public string ToUtf8String()
    {
        if (_full.Count == 0)
        {
            return Encoding.UTF8.GetString(_current, 0, _written);
        }

        var length = checked((int)WrittenCount);
        var whole = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            CopyTo(whole);
            return Encoding.UTF8.GetString(whole, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(whole);
        }
    }

    /// <summary>Writes the bytes written to a stream, then forgets them.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public Task DrainToAsync(Stream stream, CancellationToken cancellationToken) => DrainToAsync(stream, WrittenCount, cancellationToken);

    /// <summary>Writes the first <paramref name="count"/> bytes written to a stream, then forgets all of them.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="count">How many of the bytes written, from the first, to write; at most <see cref="WrittenCount"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public async Task DrainToAsync(Stream stream, long count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, WrittenCount);
        foreach (var (array, written) in _full)
        {
            var part = (int)Math.Min(written, count);
            if (part > 0)
            {
                await stream.WriteAsync(array.AsMemory(0, part), cancellationToken).ConfigureAwait(false);
                count -= part;
            }
        }

        if (count > 0)
        {
            await stream.WriteAsync(_current.AsMemory(0, (int)count), cancellationToken).ConfigureAwait(false);
        }

        Clear();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ReturnFull();
        var current = _current;
        _current = [];
        _written = 0;
        if (current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(current);
        }
    }

    private void CopyTo(Span<byte> destination)
    {
        foreach (var (array, count) in _full)
        {
            array.AsSpan(0, count).CopyTo(destination);
            destination = destination[count..];
        }

        _current.AsSpan(0, _written).CopyTo(destination);
    }

    private void ReturnFull()
    {
        foreach (var (array, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _full.Clear();
        _fullCount = 0;
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _written >= needed)
        {
            return;
        }

        var size = Math.Max(needed, Math.Min(MaxChunkSize, Math.Max(_current.Length * 2, 256)));
        var next = ArrayPool<byte>.Shared.Rent(size);
        if (_written > 0)
        {
            _full.Add((_current, _written));
            _fullCount += _written;
        }
        else if (_current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_current);
        }

        _current = next;
        _written = 0;
    }
}
