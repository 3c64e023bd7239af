using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Channels;
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

    // The json column read as the UTF-8 bytes stored, not decoded into strings (and encoded again for
    // the core's reader): a required BYTE_ARRAY column of that name, in a schema of its own, which
    // Parquet.Net matches to the file's column by its path.
    private static readonly DataField<byte[]> RawJson = RawField("json");

    // Entities per JSON document handed to the core's reader, to stay far below its document size limit.
    private const int ChunkSize = 10_000;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2208:Instantiate argument exceptions correctly", Justification = "The batches' disagreement is about the public ConflictParquet.ReadAsync's parameter 'directory', which this reads.")]
    public static async Task<ConflictReport> ReadAsync(string root, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            throw new ConflictParquetException($"The dataset directory '{root}' does not exist.", root, null);
        }

        // The files are read on this task while the chunks already read are parsed on every core: the
        // reading of one table overlaps the parsing of the one before. A few chunks wait at most.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parsers = Math.Max(1, Environment.ProcessorCount);
        var jobs = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(parsers * 2) { SingleWriter = true });
        var parsing = Enumerable.Range(0, parsers).Select(_ => Task.Run(() => ParseAsync(jobs.Reader, stop), stop.Token)).ToArray();
        var chunks = new List<Chunk>();
        try
        {
            await ProduceAsync(root, jobs.Writer, chunks, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A parser failed and stopped the reading: its error is the one awaited below.
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            jobs.Writer.TryComplete();
            try
            {
                await Task.WhenAll(parsing).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ConflictParquetException)
            {
            }

            throw;
        }
        finally
        {
            jobs.Writer.TryComplete();
        }

        await Task.WhenAll(parsing).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // Batches in the order of their ids; within one, the tables in the order of the JSON document,
        // each table's chunks in order (OrderBy is stable).
        try
        {
            return ConflictReport.Merge(chunks.OrderBy(c => c.Batch, StringComparer.Ordinal).ThenBy(c => c.Table).Select(c => c.Report!));
        }
        catch (ArgumentException e) when (e.ParamName == "reports")
        {
            // Most often a batch appended with a changed version of an entity an earlier batch holds.
            var batches = string.Join(", ", chunks.Select(c => c.Batch).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            var problem = e.Message.EndsWith(" (Parameter 'reports')", StringComparison.Ordinal) ? e.Message[..^" (Parameter 'reports')".Length] : e.Message;
            throw new ArgumentException($"The batches of the dataset '{root}' ({batches}) do not make one report: {problem} A batch adds entities; it cannot change one that an earlier batch holds.", "directory", e);
        }
    }

    private static async Task ProduceAsync(string root, ChannelWriter<Chunk> jobs, List<Chunk> chunks, CancellationToken cancellationToken)
    {
        for (var t = 0; t < EntityTables.Length; t++)
        {
            var (table, member) = EntityTables[t];
            var directory = Path.Combine(root, table);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var rows = new SortedDictionary<string, List<(long Ordinal, byte[] Json)>>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await ReadFileAsync(file, table, rows, cancellationToken).ConfigureAwait(false);
            }

            foreach (var (batch, list) in rows)
            {
                list.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
                for (var start = 0; start < list.Count; start += ChunkSize)
                {
                    var chunk = new Chunk(batch, t, member, table, list, start, Math.Min(ChunkSize, list.Count - start));
                    chunks.Add(chunk);
                    await jobs.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task ParseAsync(ChannelReader<Chunk> jobs, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var chunk in jobs.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                chunk.Report = Deserialize(chunk.Member, chunk.Rows, chunk.Start, chunk.Count, chunk.TableName);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Stop the reading and the other parsers: this error is the read's.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ReadFileAsync(string file, string table, SortedDictionary<string, List<(long Ordinal, byte[] Json)>> rows, CancellationToken cancellationToken)
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
            if (jsonField.IsNullable || jsonField.IsArray)
            {
                throw new ConflictParquetException($"The file '{file}' has a column 'json' that is not a required text column.", file, null);
            }

            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                var batches = new string?[count];
                var ordinals = new long[count];
                var json = new byte[]?[count];
                await group.ReadAsync(batchField, batches.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                await group.ReadAsync<long>(ordinalField, ordinals.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                await group.ReadAsync(RawJson, json.AsMemory(), null, cancellationToken).ConfigureAwait(false);
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

    private static DataField<byte[]> RawField(string name)
    {
        var field = new DataField<byte[]>(name, false);
        _ = new ParquetSchema(field);
        return field;
    }

    private static DataField Field(DataField[] fields, string name, string file)
        => Array.Find(fields, f => f.Name == name)
            ?? throw new ConflictParquetException($"The file '{file}' has no column '{name}'.", file, null);

    private static ConflictReport Deserialize(string member, List<(long Ordinal, byte[] Json)> rows, int start, int count, string table)
    {
        // The document is put together from the cells' bytes as they are: {"schemaVersion":"…","member":[cell,cell,…]}.
        // No cell is parsed here; the core's reader checks the whole, and the count below that it
        // holds exactly one entity of this table for each cell (a cell cannot smuggle in another table's).
        var prefix = Encoding.UTF8.GetBytes($"{{\"schemaVersion\":\"{SchemaVersion.Current}\",\"{member}\":[");
        var length = prefix.Length + count + 1;
        for (var i = start; i < start + count; i++)
        {
            length += rows[i].Json.Length;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            prefix.CopyTo(buffer, 0);
            var at = prefix.Length;
            for (var i = start; i < start + count; i++)
            {
                if (i > start)
                {
                    buffer[at++] = (byte)',';
                }

                var json = rows[i].Json;
                json.CopyTo(buffer, at);
                at += json.Length;
            }

            buffer[at++] = (byte)']';
            buffer[at++] = (byte)'}';
            ConflictReport report;
            try
            {
                report = ConflictJson.Deserialize(buffer.AsSpan(0, at));
            }
            catch (ConflictJsonException e)
            {
                throw new ConflictParquetException($"A row of table '{table}' does not hold a valid entity: {e.Message}", table, e);
            }

            if (Count(report, member) != count || EntityCount(report) != count)
            {
                throw new ConflictParquetException($"The rows of table '{table}' do not each hold one entity of the table ({count} rows, {EntityCount(report)} entities).", table, null);
            }

            return report;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Count(ConflictReport report, string member) => member switch
    {
        "sources" => report.Sources.Length,
        "actors" => report.Actors.Length,
        "locations" => report.Locations.Length,
        "engagements" => report.Engagements.Length,
        "claims" => report.Claims.Length,
        "attributions" => report.Attributions.Length,
        "mentions" => report.Mentions.Length,
        "datasetFields" => report.DatasetFields.Length,
        _ => throw new ArgumentOutOfRangeException(nameof(member), member, "Not an entity member."),
    };

    private static int EntityCount(ConflictReport report)
        => report.Sources.Length + report.Actors.Length + report.Locations.Length + report.Engagements.Length
            + report.Claims.Length + report.Attributions.Length + report.Mentions.Length + report.DatasetFields.Length;

    /// <summary>Up to <see cref="ChunkSize"/> rows of one table and batch, in order, read as one document.</summary>
    private sealed class Chunk(string batch, int table, string member, string tableName, List<(long Ordinal, byte[] Json)> rows, int start, int count)
    {
        public string Batch { get; } = batch;

        public int Table { get; } = table;

        public string Member { get; } = member;

        public string TableName { get; } = tableName;

        public List<(long Ordinal, byte[] Json)> Rows { get; } = rows;

        public int Start { get; } = start;

        public int Count { get; } = count;

        public ConflictReport? Report { get; set; }
    }
}
