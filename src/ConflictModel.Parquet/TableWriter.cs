using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Parquet;

/// <summary>
/// Writes one table of one batch: a file per partition, each a sequence of row groups closed at the
/// row or byte limit, so memory holds at most one row group per open partition.
/// </summary>
internal sealed class TableWriter<TRow>(TableDefinition<TRow> table, string root, string batch, ConflictParquetOptions options, WriteBudget budget) : IAsyncDisposable
{
    // Parquet.Net pools its page buffers and keeps up to MaximumSmall/LargePoolFreeBytes of them free
    // for reuse (16 and 64 MB by default): memory held for the whole write that no row group needs
    // at the time, so bounded lower here. It also decides dictionary encoding by scanning every
    // value of a text column; sampling the first values instead skips that scan (and the set of
    // distinct strings it builds) for columns of unique values such as id, json and quote.
    private static readonly ParquetOptions WriterOptions = new()
    {
        MaximumSmallPoolFreeBytes = 4 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
        DictionaryEncodingSampleSize = 1_000,
    };

    private readonly Dictionary<string, PartitionFile> _files = new(StringComparer.Ordinal);

    public async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        var partition = table.Partition?.Invoke(row) ?? string.Empty;
        if (!_files.TryGetValue(partition, out var file))
        {
            var directory = partition.Length == 0 ? Path.Combine(root, table.Name) : Path.Combine(root, table.Name, partition);
            file = new PartitionFile(table, Path.Combine(directory, $"part-{batch}.parquet"), batch, options, budget.Blocks);
            _files.Add(partition, file);
            budget.Register(file);
        }

        await file.AddAsync(row, cancellationToken).ConfigureAwait(false);
        await budget.EnforceAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var file in _files.Values)
        {
            await file.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files.Values)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class PartitionFile(TableDefinition<TRow> table, string path, string batch, ConflictParquetOptions options, CharBlocks blocks) : IBufferedFile, IAsyncDisposable
    {
        private readonly ColumnBuffer<TRow>[] _buffers = table.CreateBuffers(blocks);
        private int _rows;

        public long BufferedBytes { get; private set; }
        private FileStream? _stream;
        private ParquetWriter? _writer;

        public async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
        {
            long bytes = 0;
            foreach (var buffer in _buffers)
            {
                buffer.Add(row);
                bytes += buffer.Bytes;
            }

            _rows++;
            BufferedBytes = bytes;
            if (_rows >= options.RowGroupSize || bytes >= options.MaxRowGroupBytes)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public async ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            if (_rows > 0)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            await DisposeAsync().ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
                _writer = null;
            }

            if (_stream is not null)
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
                _stream = null;
            }
        }

        public async ValueTask FlushAsync(CancellationToken cancellationToken)
        {
            if (_writer is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);

                // CreateNew: a batch never overwrites a file, its own or another's.
                _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
                var schema = new ParquetSchema(_buffers.Select(b => (Field)b.Field).ToArray());
                _writer = await ParquetWriter.CreateAsync(schema, _stream, WriterOptions, false, cancellationToken).ConfigureAwait(false);
                _writer.CustomMetadata = new Dictionary<string, string>
                {
                    [ConflictParquet.SchemaVersionKey] = ConflictParquet.SchemaVersion.ToString(CultureInfo.InvariantCulture),
                    [ConflictParquet.TableKey] = table.Name,
                    [ConflictParquet.BatchKey] = batch,
                };
            }

            using (var group = _writer.CreateRowGroup())
            {
                foreach (var buffer in _buffers)
                {
                    await buffer.WriteAsync(group, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var buffer in _buffers)
            {
                buffer.Clear();
            }

            _rows = 0;
            BufferedBytes = 0;
        }
    }
}

/// <summary>A file of a batch with rows buffered for its next row group.</summary>
internal interface IBufferedFile
{
    long BufferedBytes { get; }

    ValueTask FlushAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The memory all the row groups being built in one batch may hold together: past it, the largest is
/// written early. Each table and partition has a row group open, so without it memory would grow with
/// the number of partitions times <see cref="ConflictParquetOptions.MaxRowGroupBytes"/>.
/// </summary>
internal sealed class WriteBudget(long limit)
{
    private readonly List<IBufferedFile> _files = [];

    /// <summary>Gets the character blocks the batch's text columns share.</summary>
    public CharBlocks Blocks { get; } = new();

    public void Register(IBufferedFile file) => _files.Add(file);

    public async ValueTask EnforceAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        IBufferedFile? largest = null;
        foreach (var file in _files)
        {
            total += file.BufferedBytes;
            if (largest is null || file.BufferedBytes > largest.BufferedBytes)
            {
                largest = file;
            }
        }

        if (total > limit && largest is not null)
        {
            await largest.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
