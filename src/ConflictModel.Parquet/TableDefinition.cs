using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ConflictModel.Parquet;

/// <summary>A table of the dataset: its directory, its columns in order, and how rows are partitioned.</summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal sealed class TableDefinition<TRow>(string name, Func<TRow, string?>? partition = null)
{
    private readonly List<Func<CharBlocks, ColumnBuffer<TRow>>> _columns = [];

    /// <summary>Gets the table's name, which is also its directory.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the Hive partition path of a row ("country=ML/year=2024"), or null when the table is not partitioned.</summary>
    public Func<TRow, string?>? Partition { get; } = partition;

    public TableDefinition<TRow> Text(string column, bool nullable, Func<TRow, string?> get)
    {
        _columns.Add(pool => new TextBuffer<TRow>(column, nullable, pool, get));
        return this;
    }

    /// <summary>Adds a required text column whose values are UTF-8 already (an entity's JSON, as a slice of its document).</summary>
    public TableDefinition<TRow> Utf8Text(string column, Func<TRow, ReadOnlyMemory<byte>> get)
    {
        _columns.Add(pool => new TextBuffer<TRow>(column, pool, get));
        return this;
    }

    public TableDefinition<TRow> Int(string column, Func<TRow, int?> get)
    {
        _columns.Add(_ => new OptionalBuffer<TRow, int>(column, get));
        return this;
    }

    public TableDefinition<TRow> RequiredInt(string column, Func<TRow, int> get)
    {
        _columns.Add(_ => new RequiredBuffer<TRow, int>(column, get));
        return this;
    }

    public TableDefinition<TRow> RequiredLong(string column, Func<TRow, long> get)
    {
        _columns.Add(_ => new RequiredBuffer<TRow, long>(column, get));
        return this;
    }

    public TableDefinition<TRow> Double(string column, Func<TRow, double?> get)
    {
        _columns.Add(_ => new OptionalBuffer<TRow, double>(column, get));
        return this;
    }

    public TableDefinition<TRow> Date(string column, Func<TRow, LocalDate?> get)
    {
        _columns.Add(_ => new OptionalBuffer<TRow, DateOnly>(column, row => get(row) is { } date ? date.ToDateOnly() : null));
        return this;
    }

    public ColumnBuffer<TRow>[] CreateBuffers(CharBlocks pool) => _columns.Select(create => create(pool)).ToArray();
}
