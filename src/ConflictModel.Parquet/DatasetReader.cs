using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Parquet;

/// <summary>
/// Reads a dataset back: the lossless JSON of each entity table, by batch and then by ordinal, put
/// together by the core's own reader.
/// </summary>
internal static class DatasetReader
{
    // The entity tables in the order of the JSON document, with their JSON member names.
    private static readonly (string Table, string Member)[] EntityTables =
    [
        ("sources", "sources"),
        ("actors", "actors"),
        ("locations", "locations"),
        ("engagements", "engagements"),
        ("claims", "claims"),
        ("attributions", "attributions"),
        ("mentions", "mentions"),
        ("dataset_fields", "datasetFields"),
    ];

    // Entities per JSON document handed to the core's reader, to stay far below its document size limit.
    private const int ChunkSize = 10_000;

    public static async Task<ConflictReport> ReadAsync(string root, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            throw new ConflictParquetException($"The dataset directory '{root}' does not exist.", root, null);
        }

        var batches = new SortedDictionary<string, List<ConflictReport>>(StringComparer.Ordinal);
        foreach (var (table, member) in EntityTables)
        {
            var directory = Path.Combine(root, table);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var rows = new SortedDictionary<string, List<(long Ordinal, string Json)>>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await ReadFileAsync(file, table, rows, cancellationToken).ConfigureAwait(false);
            }

            foreach (var (batch, list) in rows)
            {
                list.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
                if (!batches.TryGetValue(batch, out var reports))
                {
                    reports = [];
                    batches.Add(batch, reports);
                }

                // The chunks are independent documents: read them on every core, keep them in order.
                var chunks = new ConflictReport[(list.Count + ChunkSize - 1) / ChunkSize];
                try
                {
                    Parallel.For(
                        0,
                        chunks.Length,
                        new ParallelOptions { CancellationToken = cancellationToken },
                        c => chunks[c] = Deserialize(member, list, c * ChunkSize, Math.Min(ChunkSize, list.Count - (c * ChunkSize)), table));
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                }

                reports.AddRange(chunks);
            }
        }

        // Batches in the order of their ids; within one, the tables in the order of the JSON document.
        return ConflictReport.Merge(batches.Values.SelectMany(reports => reports));
    }

    private static async Task ReadFileAsync(string file, string table, SortedDictionary<string, List<(long Ordinal, string Json)>> rows, CancellationToken cancellationToken)
    {
        try
        {
            await using var reader = await ParquetReader.CreateAsync(file, null, cancellationToken).ConfigureAwait(false);
            var version = reader.CustomMetadata.GetValueOrDefault(ConflictParquet.SchemaVersionKey);
            if (version is null || !int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != ConflictParquet.SchemaVersion)
            {
                throw new ConflictParquetException(
                    $"The file '{file}' has schema version '{version ?? "(none)"}' in its '{ConflictParquet.SchemaVersionKey}' metadata; this reader reads version {ConflictParquet.SchemaVersion}.",
                    file,
                    null);
            }

            var fields = reader.Schema.GetDataFields();
            var batchField = Field(fields, "batch", file);
            var ordinalField = Field(fields, "ordinal", file);
            var jsonField = Field(fields, "json", file);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                var batches = new string?[count];
                var ordinals = new long[count];
                var json = new string?[count];
                await group.ReadAsync(batchField, batches.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                await group.ReadAsync<long>(ordinalField, ordinals.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                await group.ReadAsync(jsonField, json.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    var batch = batches[i] ?? throw new ConflictParquetException($"Row {i} of row group {g} of '{file}' has no batch.", file, null);
                    if (!rows.TryGetValue(batch, out var list))
                    {
                        list = [];
                        rows.Add(batch, list);
                    }

                    list.Add((ordinals[i], json[i] ?? throw new ConflictParquetException($"Row {i} of row group {g} of '{file}' has no json.", file, null)));
                }
            }
        }
        catch (Exception e) when (e is not ConflictParquetException and not OperationCanceledException)
        {
            throw new ConflictParquetException($"The file '{file}' of table '{table}' cannot be read: {e.Message}", file, e);
        }
    }

    private static DataField Field(DataField[] fields, string name, string file)
        => Array.Find(fields, f => f.Name == name)
            ?? throw new ConflictParquetException($"The file '{file}' has no column '{name}'.", file, null);

    private static ConflictReport Deserialize(string member, List<(long Ordinal, string Json)> rows, int start, int count, string table)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("schemaVersion", SchemaVersion.Current.ToString());
            writer.WriteStartArray(member);
            for (var i = start; i < start + count; i++)
            {
                writer.WriteRawValue(rows[i].Json);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        try
        {
            return ConflictJson.Deserialize(buffer.WrittenSpan);
        }
        catch (ConflictJsonException e)
        {
            throw new ConflictParquetException($"A row of table '{table}' does not hold a valid entity: {e.Message}", table, e);
        }
    }
}
