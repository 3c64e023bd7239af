using System;
using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;
using System.Linq;

namespace ConflictModel.Benchmarks.Csv;

/// <summary>
/// The rows in memory as a <see cref="DbDataReader"/> of string columns: Sylvan.Data.Csv writes
/// only from a data reader (it has no field-by-field writer), so its write benchmark needs one.
/// Only what <c>CsvDataWriter</c> calls does real work.
/// </summary>
internal sealed class StringRowsDataReader : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly string[] _header;
    private readonly string[][] _rows;
    private int _index = -1;

    /// <summary>Initializes a reader over the rows.</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows, each as long as the header.</param>
    public StringRowsDataReader(string[] header, string[][] rows)
    {
        _header = header;
        _rows = rows;
    }

    /// <inheritdoc/>
    public override int FieldCount => _header.Length;

    /// <inheritdoc/>
    public override object this[int ordinal] => GetValue(ordinal);

    /// <inheritdoc/>
    public override object this[string name] => GetValue(GetOrdinal(name));

    /// <inheritdoc/>
    public override int RecordsAffected => -1;

    /// <inheritdoc/>
    public override bool HasRows => _rows.Length > 0;

    /// <inheritdoc/>
    public override bool IsClosed => false;

    /// <inheritdoc/>
    public override int Depth => 0;

    /// <inheritdoc/>
    public ReadOnlyCollection<DbColumn> GetColumnSchema() => new([.. _header.Select((name, i) => new StringColumn(name, i))]);

    /// <inheritdoc/>
    public override bool Read() => ++_index < _rows.Length;

    /// <inheritdoc/>
    public override bool NextResult() => false;

    /// <inheritdoc/>
    public override string GetName(int ordinal) => _header[ordinal];

    /// <inheritdoc/>
    public override int GetOrdinal(string name) => Array.IndexOf(_header, name);

    /// <inheritdoc/>
    public override string GetDataTypeName(int ordinal) => "string";

    /// <inheritdoc/>
    public override Type GetFieldType(int ordinal) => typeof(string);

    /// <inheritdoc/>
    public override string GetString(int ordinal) => _rows[_index][ordinal];

    /// <inheritdoc/>
    public override object GetValue(int ordinal) => _rows[_index][ordinal];

    /// <inheritdoc/>
    public override bool IsDBNull(int ordinal) => false;

    /// <inheritdoc/>
    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, FieldCount);
        Array.Copy(_rows[_index], values, count);
        return count;
    }

    /// <inheritdoc/>
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var value = _rows[_index][ordinal];
        var count = (int)Math.Min(length, value.Length - dataOffset);
        value.CopyTo((int)dataOffset, buffer!, bufferOffset, count);
        return count;
    }

    /// <inheritdoc/>
    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    /// <inheritdoc/>
    public override bool GetBoolean(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override char GetChar(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override double GetDouble(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override float GetFloat(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override short GetInt16(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override int GetInt32(int ordinal) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long GetInt64(int ordinal) => throw new NotSupportedException();

    /// <summary>A non-null string column, as Sylvan asks the schema of.</summary>
    private sealed class StringColumn : DbColumn
    {
        public StringColumn(string name, int ordinal)
        {
            ColumnName = name;
            ColumnOrdinal = ordinal;
            DataType = typeof(string);
            DataTypeName = "string";
            AllowDBNull = false;
        }
    }
}
