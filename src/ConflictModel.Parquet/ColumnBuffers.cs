using System;
using System.Collections.Generic;
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

/// <summary>A text column (UTF-8 BYTE_ARRAY, logical type STRING).</summary>
internal sealed class TextBuffer<TRow>(string name, bool nullable, Func<TRow, string?> get) : ColumnBuffer<TRow>
{
    private readonly List<string?> _values = [];

    public override DataField Field { get; } = new DataField<string>(name, nullable);

    public override void Add(TRow row)
    {
        var value = get(row);
        if (value is null && !nullable)
        {
            throw new InvalidOperationException($"Column '{name}' is required but the row gives no value.");
        }

        _values.Add(value);
        Bytes += 16 + (2L * (value?.Length ?? 0));
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken)
        => writer.WriteAsync(Field, _values!, null);

    public override void Clear()
    {
        _values.Clear();
        Bytes = 0;
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
