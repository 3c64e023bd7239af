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
internal sealed class TableWriter<TRow>(TableDefinition<TRow> table, string root, string batch, ConflictParquetOptions options) : IAsyncDisposable
{
    private readonly Dictionary<string, PartitionFile> _files = new(StringComparer.Ordinal);

    public async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        var partition = table.Partition?.Invoke(row) ?? string.Empty;
        if (!_files.TryGetValue(partition, out var file))
        {
            var directory = partition.Length == 0 ? Path.Combine(root, table.Name) : Path.Combine(root, table.Name, partition);
            file = new PartitionFile(table, Path.Combine(directory, $"part-{batch}.parquet"), batch, options);
            _files.Add(partition, file);
        }

        await file.AddAsync(row, cancellationToken).ConfigureAwait(false);
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

    private sealed class PartitionFile(TableDefinition<TRow> table, string path, string batch, ConflictParquetOptions options) : IAsyncDisposable
    {
        private readonly ColumnBuffer<TRow>[] _buffers = table.CreateBuffers();
        private int _rows;
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

        private async ValueTask FlushAsync(CancellationToken cancellationToken)
        {
            if (_writer is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);

                // CreateNew: a batch never overwrites a file, its own or another's.
                _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
                var schema = new ParquetSchema(_buffers.Select(b => (Field)b.Field).ToArray());
                _writer = await ParquetWriter.CreateAsync(schema, _stream, new ParquetOptions(), false, cancellationToken).ConfigureAwait(false);
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
        }
    }
}
