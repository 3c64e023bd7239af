using System;
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
/// A text column (UTF-8 BYTE_ARRAY, logical type STRING), its values copied into one character
/// buffer that the column reuses from row group to row group and handed to Parquet.Net as slices of
/// it: the values buffered hold no object of their own, so nothing they hold outlives its row group
/// as garbage in the older generations of the heap.
/// </summary>
internal sealed class TextBuffer<TRow> : ColumnBuffer<TRow>
{
    private readonly string _name;
    private readonly bool _nullable;
    private readonly Func<TRow, string?>? _text;
    private readonly Func<TRow, ReadOnlyMemory<byte>>? _utf8;
    private char[] _chars = [];
    private int _length;
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];
    private int _count;
    private ReadOnlyMemory<char>?[]? _optionalSlices;
    private ReadOnlyMemory<char>[]? _requiredSlices;

    /// <summary>A column of the strings <paramref name="get"/> gives.</summary>
    public TextBuffer(string name, bool nullable, Func<TRow, string?> get)
        : this(name, nullable) => _text = get;

    /// <summary>A required column of the UTF-8 text <paramref name="get"/> gives (a slice of a document, say), decoded straight into the buffer.</summary>
    public TextBuffer(string name, Func<TRow, ReadOnlyMemory<byte>> get)
        : this(name, false) => _utf8 = get;

    private TextBuffer(string name, bool nullable)
    {
        _name = name;
        _nullable = nullable;
        Field = new DataField<string>(name, nullable);
    }

    public override DataField Field { get; }

    public override void Add(TRow row)
    {
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _lengths, _count * 2);
        }

        int length;
        if (_utf8 is not null)
        {
            var utf8 = _utf8(row).Span;
            Reserve(Encoding.UTF8.GetMaxCharCount(utf8.Length));
            length = Encoding.UTF8.GetChars(utf8, _chars.AsSpan(_length));
        }
        else if (_text!(row) is { } text)
        {
            Reserve(text.Length);
            text.CopyTo(_chars.AsSpan(_length));
            length = text.Length;
        }
        else if (_nullable)
        {
            length = -1;
        }
        else
        {
            throw new InvalidOperationException($"Column '{_name}' is required but the row gives no value.");
        }

        _starts[_count] = _length;
        _lengths[_count++] = length;
        _length += Math.Max(length, 0);
        Bytes += 16 + (2L * Math.Max(length, 0));
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken)
    {
        if (_nullable)
        {
            var values = Slices(ref _optionalSlices);
            for (var i = 0; i < _count; i++)
            {
                values[i] = _lengths[i] < 0 ? null : _chars.AsMemory(_starts[i], _lengths[i]);
            }

            return writer.WriteAsync<ReadOnlyMemory<char>>(Field, values.AsMemory(0, _count), null, null, cancellationToken);
        }

        var required = Slices(ref _requiredSlices);
        for (var i = 0; i < _count; i++)
        {
            required[i] = _chars.AsMemory(_starts[i], _lengths[i]);
        }

        return writer.WriteAsync<ReadOnlyMemory<char>>(Field, required.AsMemory(0, _count), null, null, cancellationToken);
    }

    public override void Clear()
    {
        _count = 0;
        _length = 0;
        Bytes = 0;
    }

    private T[] Slices<T>(ref T[]? slices) => slices is { } reused && reused.Length >= _count ? reused : slices = new T[_starts.Length];

    private void Reserve(int chars)
    {
        if (_chars.Length - _length < chars)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + chars));
        }
    }
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
