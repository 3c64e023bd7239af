using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Parquet;

/// <summary>One column of a row group being built: the values of the rows added since the last flush.</summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal abstract class ColumnBuffer<TRow>
{
    public abstract DataField Field { get; }

    /// <summary>Gets an estimate of the bytes held, for closing a row group before memory grows.</summary>
    public long Bytes { get; protected set; }

    public abstract void Add(TRow row);

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken);

    public abstract void Clear();
}

/// <summary>
/// A text column (UTF-8 BYTE_ARRAY, logical type STRING), its values copied into character blocks
/// of the batch's <see cref="CharBlocks"/> and handed to Parquet.Net as slices of them. The values
/// buffered hold no object of their own, and the blocks go back to the batch's pool when the row
/// group is written: nothing a row group held outlives it as garbage in the older generations of
/// the heap, and the blocks in use at once are bounded by the batch's buffer budget.
/// </summary>
internal sealed class TextBuffer<TRow> : ColumnBuffer<TRow>
{
    private readonly string _name;
    private readonly bool _nullable;
    private readonly CharBlocks _pool;
    private readonly Func<TRow, string?>? _text;
    private readonly Func<TRow, ReadOnlyMemory<byte>>? _utf8;
    private readonly List<char[]> _blocks = [];
    private char[] _block = [];
    private int _used;
    private bool _inBlock;
    private ReadOnlyMemory<char>[] _values = new ReadOnlyMemory<char>[256];
    private bool[] _nulls = [];
    private int _count;
    private ReadOnlyMemory<char>?[] _optional = [];

    /// <summary>A column of the strings <paramref name="get"/> gives.</summary>
    public TextBuffer(string name, bool nullable, CharBlocks pool, Func<TRow, string?> get)
        : this(name, nullable, pool) => _text = get;

    /// <summary>A required column of the UTF-8 text <paramref name="get"/> gives (a slice of a document, say), decoded straight into the blocks.</summary>
    public TextBuffer(string name, CharBlocks pool, Func<TRow, ReadOnlyMemory<byte>> get)
        : this(name, false, pool) => _utf8 = get;

    private TextBuffer(string name, bool nullable, CharBlocks pool)
    {
        _name = name;
        _nullable = nullable;
        _pool = pool;
        Field = new DataField<string>(name, nullable);
    }

    public override DataField Field { get; }

    public override void Add(TRow row)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _count * 2);
        }

        if (_nullable && _nulls.Length < _values.Length)
        {
            Array.Resize(ref _nulls, _values.Length);
        }

        var isNull = false;
        ReadOnlyMemory<char> value;
        if (_utf8 is not null)
        {
            var utf8 = _utf8(row).Span;
            var room = Room(Encoding.UTF8.GetMaxCharCount(utf8.Length));
            value = room[..Encoding.UTF8.GetChars(utf8, room.Span)];
        }
        else if (_text!(row) is { } text)
        {
            var room = Room(text.Length);
            text.CopyTo(room.Span);
            value = room[..text.Length];
        }
        else if (_nullable)
        {
            (value, isNull) = (default, true);
        }
        else
        {
            throw new InvalidOperationException($"Column '{_name}' is required but the row gives no value.");
        }

        if (_nullable)
        {
            _nulls[_count] = isNull;
        }

        _values[_count++] = value;
        if (_inBlock)
        {
            _used += value.Length;
            _inBlock = false;
        }

        Bytes += 16 + (2L * value.Length);
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken)
    {
        if (!_nullable)
        {
            return writer.WriteAsync<ReadOnlyMemory<char>>(Field, _values.AsMemory(0, _count), null, null, cancellationToken);
        }

        if (_optional.Length < _count)
        {
            _optional = new ReadOnlyMemory<char>?[_values.Length];
        }

        for (var i = 0; i < _count; i++)
        {
            _optional[i] = _nulls[i] ? null : _values[i];
        }

        return writer.WriteAsync<ReadOnlyMemory<char>>(Field, _optional.AsMemory(0, _count), null, null, cancellationToken);
    }

    public override void Clear()
    {
        Array.Clear(_values, 0, _count);
        Array.Clear(_optional);
        _count = 0;
        Bytes = 0;
        foreach (var block in _blocks)
        {
            _pool.Return(block);
        }

        _blocks.Clear();
        _block = [];
        _used = 0;
    }

    // Where the next value goes: the rest of the current block, a new block, or (for a value longer
    // than a block) an array of its own, which is garbage once the row group is written.
    private Memory<char> Room(int chars)
    {
        if (chars > CharBlocks.BlockLength)
        {
            return new char[chars];
        }

        if (_block.Length - _used < chars)
        {
            _block = _pool.Rent();
            _blocks.Add(_block);
            _used = 0;
        }

        _inBlock = true;
        return _block.AsMemory(_used, chars);
    }
}

/// <summary>
/// The character blocks the text columns of one batch buffer their values in, kept for reuse when
/// a row group is written. Each block is below the large-object threshold, so blocks are ordinary
/// heap objects, and the blocks ever made are about the most the batch's row groups held at once.
/// </summary>
internal sealed class CharBlocks
{
    /// <summary>The characters in a block: 32 K, 64 KB (the large-object heap starts at 85,000 bytes).</summary>
    public const int BlockLength = 32 * 1024;

    private readonly Stack<char[]> _free = new();

    public char[] Rent() => _free.TryPop(out var block) ? block : new char[BlockLength];

    public void Return(char[] block) => _free.Push(block);
}

/// <summary>A column of a value type that may be null.</summary>
internal sealed class OptionalBuffer<TRow, T>(string name, Func<TRow, T?> get) : ColumnBuffer<TRow>
    where T : struct
{
    private T?[] _values = new T?[256];
    private int _count;

    public override DataField Field { get; } = new DataField<T?>(name);

    public override void Add(TRow row)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[_count++] = get(row);
        Bytes += 16;
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken)
        => writer.WriteAsync<T>(Field, new ReadOnlyMemory<T?>(_values, 0, _count), null, null, cancellationToken);

    public override void Clear()
    {
        _count = 0;
        Bytes = 0;
    }
}

/// <summary>A column of a value type that is never null.</summary>
internal sealed class RequiredBuffer<TRow, T>(string name, Func<TRow, T> get) : ColumnBuffer<TRow>
    where T : struct
{
    private T[] _values = new T[256];
    private int _count;

    public override DataField Field { get; } = new DataField<T>(name);

    public override void Add(TRow row)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[_count++] = get(row);
        Bytes += 8;
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken)
        => writer.WriteAsync<T>(Field, new ReadOnlyMemory<T>(_values, 0, _count), null, null, cancellationToken);

    public override void Clear()
    {
        _count = 0;
        Bytes = 0;
    }
}
