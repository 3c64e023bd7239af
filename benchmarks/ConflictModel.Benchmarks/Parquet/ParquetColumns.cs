using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using ParquetSharp;

namespace ConflictModel.Benchmarks.Parquet;

/// <summary>
/// The columns of a Parquet dataset held in arrays, file by file and row group by row group, and the
/// floors of <see cref="ParquetBenchmarks"/>: writing them back with Parquet.Net or ParquetSharp, and
/// reading chosen columns into arrays.
/// </summary>
public static class ParquetColumns
{
    /// <summary>The columns <see cref="ConflictModel.Parquet.ConflictParquet.ReadAsync"/> reads from every file.</summary>
    public static IReadOnlyList<string> ReaderColumns { get; } = ["batch", "ordinal", "json"];

    /// <summary>Reads every column of every file of a dataset into arrays.</summary>
    /// <param name="dataset">The dataset's directory.</param>
    /// <returns>The files, with paths relative to the directory.</returns>
    public static async Task<IReadOnlyList<File>> LoadAsync(string dataset)
    {
        var files = new List<File>();
        foreach (var path in Files(dataset))
        {
            await using var reader = await ParquetReader.CreateAsync(path).ConfigureAwait(false);
            // Parquet.Net reports text columns as ReadOnlyMemory<char>; they are loaded and written as strings.
            var read = reader.Schema.GetDataFields();
            var fields = read.Select(f => IsText(f) ? new DataField<string>(f.Name, f.IsNullable) : f.ClrType == typeof(DateTime) ? new DataField<DateOnly?>(f.Name) : f).ToArray();
            var groups = new List<Array[]>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var columns = new Array[fields.Length];
                for (var c = 0; c < fields.Length; c++)
                {
                    columns[c] = await ReadColumnAsync(group, read[c], checked((int)group.RowCount)).ConfigureAwait(false);
                }

                groups.Add(columns);
            }

            files.Add(new File(Path.GetRelativePath(dataset, path), fields, new Dictionary<string, string>(reader.CustomMetadata), groups));
        }

        return files;
    }

    /// <summary>Gets the bytes of every Parquet file of a dataset.</summary>
    /// <param name="dataset">The dataset's directory.</param>
    /// <returns>The total size.</returns>
    public static long Size(string dataset) => Files(dataset).Sum(path => new FileInfo(path).Length);

    /// <summary>Writes the files with Parquet.Net, the same schema, metadata and row groups, Snappy-compressed (its default).</summary>
    /// <param name="files">The files.</param>
    /// <param name="output">The directory to write them under.</param>
    /// <returns>A task that completes when every file is written.</returns>
    public static async Task WriteParquetNetAsync(IReadOnlyList<File> files, string output)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(file.Fields.Select(f => (Field)f).ToArray()), stream).ConfigureAwait(false);
            writer.CustomMetadata = file.Metadata;
            foreach (var columns in file.RowGroups)
            {
                using var group = writer.CreateRowGroup();
                for (var c = 0; c < columns.Length; c++)
                {
                    await WriteColumnAsync(group, file.Fields[c], columns[c]).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Writes the files with ParquetSharp: the same columns (text as optional UTF-8 strings), metadata and row groups, Snappy-compressed.</summary>
    /// <param name="files">The files.</param>
    /// <param name="output">The directory to write them under.</param>
    public static void WriteParquetSharp(IReadOnlyList<File> files, string output)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var columns = file.RowGroups[0].Select((array, c) => SharpColumn(file.Fields[c].Name, array)).ToArray();
            using var writer = new ParquetFileWriter(path, columns, Factory, Compression.Snappy, file.Metadata);
            foreach (var arrays in file.RowGroups)
            {
                using var group = writer.AppendRowGroup();
                foreach (var array in arrays)
                {
                    using var column = group.NextColumn();
                    WriteSharp(column, array);
                }
            }

            writer.Close();
        }
    }

    /// <summary>Reads the named columns of every file of a dataset into arrays with Parquet.Net.</summary>
    /// <param name="dataset">The dataset's directory.</param>
    /// <param name="names">The columns; a file without one skips it.</param>
    /// <returns>The number of rows read.</returns>
    public static async Task<long> ReadParquetNetAsync(string dataset, IReadOnlyList<string> names)
    {
        long rows = 0;
        foreach (var path in Files(dataset))
        {
            await using var reader = await ParquetReader.CreateAsync(path).ConfigureAwait(false);
            var fields = reader.Schema.GetDataFields().Where(f => names.Contains(f.Name)).ToArray();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                foreach (var field in fields)
                {
                    _ = await ReadColumnAsync(group, field, checked((int)group.RowCount)).ConfigureAwait(false);
                }

                rows += group.RowCount;
            }
        }

        return rows;
    }

    /// <summary>Reads the named columns of every file of a dataset into arrays with ParquetSharp.</summary>
    /// <param name="dataset">The dataset's directory.</param>
    /// <param name="names">The columns; a file without one skips it.</param>
    /// <returns>The number of rows read.</returns>
    public static long ReadParquetSharp(string dataset, IReadOnlyList<string> names)
    {
        long rows = 0;
        foreach (var path in Files(dataset))
        {
            using var reader = new ParquetFileReader(path);
            var schema = reader.FileMetaData.Schema;
            var indexes = Enumerable.Range(0, schema.NumColumns).Where(i => names.Contains(schema.Column(i).Name)).ToArray();
            for (var g = 0; g < reader.FileMetaData.NumRowGroups; g++)
            {
                using var group = reader.RowGroup(g);
                var count = checked((int)group.MetaData.NumRows);
                foreach (var index in indexes)
                {
                    using var column = group.Column(index);
                    _ = schema.Column(index).PhysicalType switch
                    {
                        PhysicalType.Int64 => column.LogicalReader<long>().ReadAll(count),
                        PhysicalType.Int32 => column.LogicalReader<int>().ReadAll(count), // a child table's ordinal
                        _ => (Array)column.LogicalReader<string?>().ReadAll(count),
                    };
                }

                rows += count;
            }
        }

        return rows;
    }

    private static readonly LogicalTypeFactory Factory = new() { DateAsDateOnly = true };

    private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static string[] Files(string dataset) => [.. Directory.EnumerateFiles(dataset, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        switch (field.ClrType)
        {
            case var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>):
                var text = new string?[count];
                await group.ReadAsync(field, text.AsMemory(), null).ConfigureAwait(false);
                return text;
            case var t when t == typeof(int):
                return field.IsNullable ? await ReadNullableAsync<int>(group, field, count).ConfigureAwait(false) : await ReadRequiredAsync<int>(group, field, count).ConfigureAwait(false);
            case var t when t == typeof(long):
                return field.IsNullable ? await ReadNullableAsync<long>(group, field, count).ConfigureAwait(false) : await ReadRequiredAsync<long>(group, field, count).ConfigureAwait(false);
            case var t when t == typeof(double):
                return await ReadNullableAsync<double>(group, field, count).ConfigureAwait(false);
            case var t when t == typeof(DateOnly):
                return await ReadNullableAsync<DateOnly>(group, field, count).ConfigureAwait(false);
            case var t when t == typeof(DateTime):
                // Parquet.Net reads a DATE column as DateTime by default; the model writes it from DateOnly.
                var times = await ReadNullableAsync<DateTime>(group, field, count).ConfigureAwait(false);
                return Array.ConvertAll(times, time => time is { } value ? DateOnly.FromDateTime(value) : (DateOnly?)null);
            default:
                throw new NotSupportedException($"Column '{field.Name}' has type {field.ClrType}, which the benchmark does not load.");
        }
    }

    private static async Task<T[]> ReadRequiredAsync<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = new T[count];
        await group.ReadAsync<T>(field, values.AsMemory(), null).ConfigureAwait(false);
        return values;
    }

    private static async Task<T?[]> ReadNullableAsync<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync<T>(field, values.AsMemory(), null).ConfigureAwait(false);
        return values;
    }

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, Array values) => values switch
    {
        string?[] text => group.WriteAsync(field, text!, null),
        int[] a => group.WriteAsync<int>(field, a.AsMemory(), null),
        int?[] a => group.WriteAsync<int>(field, a.AsMemory(), null),
        long[] a => group.WriteAsync<long>(field, a.AsMemory(), null),
        long?[] a => group.WriteAsync<long>(field, a.AsMemory(), null),
        double?[] a => group.WriteAsync<double>(field, a.AsMemory(), null),
        DateOnly?[] a => group.WriteAsync<DateOnly>(field, a.AsMemory(), null),
        _ => throw new NotSupportedException($"Column '{field.Name}' holds {values.GetType()}."),
    };

    private static Column SharpColumn(string name, Array values) => values switch
    {
        string?[] => new Column<string>(name),
        int[] => new Column<int>(name),
        int?[] => new Column<int?>(name),
        long[] => new Column<long>(name),
        long?[] => new Column<long?>(name),
        double?[] => new Column<double?>(name),
        DateOnly?[] => new Column<DateOnly?>(name),
        _ => throw new NotSupportedException($"Column '{name}' holds {values.GetType()}."),
    };

    private static void WriteSharp(ColumnWriter column, Array values)
    {
        switch (values)
        {
            case string?[] a:
                using (var w = column.LogicalWriter<string?>())
                {
                    w.WriteBatch(a);
                }

                break;
            case int[] a:
                using (var w = column.LogicalWriter<int>())
                {
                    w.WriteBatch(a);
                }

                break;
            case int?[] a:
                using (var w = column.LogicalWriter<int?>())
                {
                    w.WriteBatch(a);
                }

                break;
            case long[] a:
                using (var w = column.LogicalWriter<long>())
                {
                    w.WriteBatch(a);
                }

                break;
            case long?[] a:
                using (var w = column.LogicalWriter<long?>())
                {
                    w.WriteBatch(a);
                }

                break;
            case double?[] a:
                using (var w = column.LogicalWriter<double?>())
                {
                    w.WriteBatch(a);
                }

                break;
            case DateOnly?[] a:
                using (var w = column.LogicalWriter<DateOnly?>())
                {
                    w.WriteBatch(a);
                }

                break;
            default:
                throw new NotSupportedException($"A column holds {values.GetType()}.");
        }
    }

    /// <summary>One Parquet file's columns.</summary>
    /// <param name="RelativePath">The path under the dataset's directory.</param>
    /// <param name="Fields">The schema's columns, in order.</param>
    /// <param name="Metadata">The key-value metadata.</param>
    /// <param name="RowGroups">Each row group's columns, in the order of <paramref name="Fields"/>.</param>
    public sealed record File(string RelativePath, DataField[] Fields, Dictionary<string, string> Metadata, IReadOnlyList<Array[]> RowGroups);
}
