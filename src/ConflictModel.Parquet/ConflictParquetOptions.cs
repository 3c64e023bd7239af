using System;

namespace ConflictModel.Parquet;

/// <summary>How <see cref="ConflictParquet"/> writes a batch of a dataset.</summary>
public sealed class ConflictParquetOptions
{
    /// <summary>The most rows a row group holds unless <see cref="MaxRowGroupBytes"/> is reached first: 50,000.</summary>
    public const int DefaultRowGroupSize = 50_000;

    /// <summary>The text a row group buffers before it is written, about 8 MB (UTF-16 characters × 2).</summary>
    public const long DefaultMaxRowGroupBytes = 8L * 1024 * 1024;

    /// <summary>The bytes all the row groups being built in one batch may hold together, 32 MB.</summary>
    public const long DefaultMaxBufferedBytes = 32L * 1024 * 1024;

    private readonly int _rowGroupSize = DefaultRowGroupSize;
    private readonly long _maxBufferedBytes = DefaultMaxBufferedBytes;
    private readonly long _maxRowGroupBytes = DefaultMaxRowGroupBytes;
    private readonly string? _batchId;
    private readonly ConflictJsonOptions _jsonOptions = ConflictJsonOptions.Default;

    /// <summary>Gets the default options.</summary>
    public static ConflictParquetOptions Default { get; } = new();

    /// <summary>Gets the most rows in one row group; between 1 and 1,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    /// <remarks>Engines read a row group at a time; tens of thousands of rows keep statistics useful and memory bounded.</remarks>
    public int RowGroupSize
    {
        get => _rowGroupSize;
        init => _rowGroupSize = value is >= 1 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(RowGroupSize), value, "RowGroupSize must be between 1 and 1,000,000.");
    }

    /// <summary>Gets how many bytes of buffered values (text counted as two bytes a character) close a row group early; at least 64 KB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 64 KB.</exception>
    /// <remarks>A source's full text can be large: the byte limit, not the row count, is what bounds memory then.</remarks>
    public long MaxRowGroupBytes
    {
        get => _maxRowGroupBytes;
        init => _maxRowGroupBytes = value >= 64 * 1024 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRowGroupBytes), value, "MaxRowGroupBytes must be at least 65536.");
    }

    /// <summary>
    /// Gets how many bytes of buffered values all the open row groups of a batch (one per table and
    /// partition) may hold together before the largest is written early; at least 64 KB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 64 KB.</exception>
    /// <remarks>This, not the number of partitions, bounds a write's memory for row groups.</remarks>
    public long MaxBufferedBytes
    {
        get => _maxBufferedBytes;
        init => _maxBufferedBytes = value >= 64 * 1024 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBufferedBytes), value, "MaxBufferedBytes must be at least 65536.");
    }

    /// <summary>
    /// Gets the id of the batch, in every file name and in each row's <c>batch</c> column, or null
    /// for a new one (a version 7 UUID in hex: it starts with the time in milliseconds, so batches sort in the order written).
    /// </summary>
    /// <exception cref="ArgumentException">The id is empty, longer than 64 characters, or holds a character other than an ASCII letter, digit, '-' or '_'.</exception>
    /// <remarks>Batches are read back in the ordinal order of their ids; a batch id already in the dataset is refused, since its files would be overwritten.</remarks>
    public string? BatchId
    {
        get => _batchId;
        init => _batchId = value is null || IsValidBatchId(value)
            ? value
            : throw new ArgumentException($"The batch id '{value}' must be 1 to 64 ASCII letters, digits, '-' or '_'.", nameof(BatchId));
    }

    /// <summary>
    /// Gets how <see cref="ConflictParquet.WriteJsonLinesAsync(System.IO.Stream, string, ConflictParquetOptions?, System.Threading.CancellationToken)"/>
    /// reads each line: the read mode, the depth limit and the longest line, as
    /// <see cref="ConflictJsonLines.ReadAsync"/> reads them; <see cref="ConflictJsonOptions.Default"/> (strict) unless set.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <remarks>
    /// A line read <see cref="ConflictJsonReadMode.Tolerant">tolerantly</see> may hold members the
    /// model does not know; its entities' <c>json</c> cells are then the core's own serialization of
    /// what was read, not the line's bytes, so the dataset reads back strictly (and the write is slower).
    /// The writes of reports already read do not read JSON and ignore this.
    /// </remarks>
    public ConflictJsonOptions JsonOptions
    {
        get => _jsonOptions;
        init => _jsonOptions = value ?? throw new ArgumentNullException(nameof(JsonOptions));
    }

    internal static bool IsValidBatchId(string value)
    {
        if (value.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
