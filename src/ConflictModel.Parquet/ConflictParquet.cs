using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Parquet;

/// <summary>
/// Writes reports as a Parquet dataset — one directory per table, normalised by id, engagements
/// partitioned Hive-style by country and year — and reads one back. Each write is a batch that adds
/// files and never rewrites any (docs/parquet.md documents the tables and their columns).
/// </summary>
public static class ConflictParquet
{
    /// <summary>The version of the table layout this library writes and reads: 1.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The key of the file metadata that holds the table layout's version.</summary>
    public const string SchemaVersionKey = "conflictmodel.parquet.schema_version";

    /// <summary>The key of the file metadata that names the file's table.</summary>
    public const string TableKey = "conflictmodel.parquet.table";

    /// <summary>The key of the file metadata that names the file's batch.</summary>
    public const string BatchKey = "conflictmodel.parquet.batch";

    /// <summary>Writes one report as a new batch of the dataset in <paramref name="directory"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">The dataset's directory; created if missing.</param>
    /// <param name="options">How to write; null (the default) for <see cref="ConflictParquetOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The batch's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException">The batch id of <paramref name="options"/> is already in the dataset.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer and ConflictJson: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static Task<string> WriteAsync(ConflictReport report, string directory, ConflictParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteAsync(new[] { report }, directory, options, cancellationToken);
    }

    /// <summary>
    /// Writes a sequence of reports (the lines of a JSON Lines file, say) as one new batch, each entity
    /// once — the first time its id is met, as <see cref="ConflictReport.Merge"/> keeps it — holding at
    /// most one row group per table and partition in memory.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <param name="directory">The dataset's directory; created if missing.</param>
    /// <param name="options">How to write; null (the default) for <see cref="ConflictParquetOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The batch's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is null, or the batch id is already in the dataset.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer and ConflictJson: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static Task<string> WriteAsync(IEnumerable<ConflictReport> reports, string directory, ConflictParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return WriteAsync(ToAsync(reports), directory, options, cancellationToken);
    }

    /// <inheritdoc cref="WriteAsync(IEnumerable{ConflictReport}, string, ConflictParquetOptions?, CancellationToken)"/>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer and ConflictJson: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static async Task<string> WriteAsync(IAsyncEnumerable<ConflictReport> reports, string directory, ConflictParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(directory);
        options ??= ConflictParquetOptions.Default;
        var batch = NewBatch(directory, options);
        var writer = new DatasetWriter(directory, batch, options);
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (report is null)
                {
                    throw new ArgumentException("The sequence of reports holds null.", nameof(reports));
                }

                await writer.AddAsync(report, null, null, cancellationToken).ConfigureAwait(false);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return batch;
    }

    /// <summary>
    /// Writes a stream of JSON Lines as one new batch, as <see cref="WriteAsync(IAsyncEnumerable{ConflictReport}, string, ConflictParquetOptions?, CancellationToken)"/>
    /// writes the reports of <see cref="ConflictJsonLines.ReadAsync"/>, but faster and in less memory:
    /// each entity's <c>json</c> cell is taken from the line's own bytes rather than written again.
    /// </summary>
    /// <param name="utf8JsonLines">The stream; it is read to its end and not closed.</param>
    /// <param name="directory">The dataset's directory; created if missing.</param>
    /// <param name="options">How to write, and with <see cref="ConflictParquetOptions.JsonOptions"/> how to read each line; null (the default) for <see cref="ConflictParquetOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The batch's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException">The batch id of <paramref name="options"/> is already in the dataset.</exception>
    /// <exception cref="ConflictParquetException">A line is not a valid report, or is longer than <see cref="ConflictJsonOptions.MaxLineLength"/>; the exception's <see cref="ConflictParquetException.LineNumber"/> is the line's, and it holds the <see cref="ConflictJsonException"/>.</exception>
    /// <remarks>The lines are those of <see cref="ConflictJsonLines.ReadLinesAsync"/>; a line of another schema version is written through the core's serialization, as the other overloads do.</remarks>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer and ConflictJson: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static Task<string> WriteJsonLinesAsync(Stream utf8JsonLines, string directory, ConflictParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(directory);
        options ??= ConflictParquetOptions.Default;
        return WriteJsonLinesAsync(ConflictJsonLines.ReadLinesAsync(utf8JsonLines, options.JsonOptions, cancellationToken), directory, options, cancellationToken);
    }

    /// <summary>
    /// Writes lines of JSON Lines already cut (those of <see cref="ConflictJsonLines.ReadLinesAsync"/>,
    /// say, counted on their way by a caller that shows progress) as one new batch, as
    /// <see cref="WriteJsonLinesAsync(Stream, string, ConflictParquetOptions?, CancellationToken)"/> writes a stream's.
    /// </summary>
    /// <param name="lines">The lines; each line's bytes are used only until the enumeration moves on.</param>
    /// <param name="directory">The dataset's directory; created if missing.</param>
    /// <param name="options">How to write, and with <see cref="ConflictParquetOptions.JsonOptions"/> how to read each line (its <see cref="ConflictJsonOptions.MaxLineLength"/> is the cutter's business); null (the default) for <see cref="ConflictParquetOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The batch's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException">The batch id of <paramref name="options"/> is already in the dataset.</exception>
    /// <exception cref="ConflictParquetException">A line is not a valid report, or the lines' enumeration failed on one that is too long; the exception's <see cref="ConflictParquetException.LineNumber"/> is the line's, and it holds the <see cref="ConflictJsonException"/>.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer and ConflictJson: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static async Task<string> WriteJsonLinesAsync(IAsyncEnumerable<ConflictJsonLine> lines, string directory, ConflictParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(directory);
        options ??= ConflictParquetOptions.Default;
        var batch = NewBatch(directory, options);
        var writer = new DatasetWriter(directory, batch, options);
        await using (writer.ConfigureAwait(false))
        {
            await JsonLinesPipeline.WriteAsync(lines, options.JsonOptions, writer, cancellationToken).ConfigureAwait(false);
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return batch;
    }

    /// <summary>Reads every batch of the dataset in <paramref name="directory"/> back into one report.</summary>
    /// <param name="directory">The dataset's directory.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report: batches in the order of their ids, each entity once, as <see cref="ConflictReport.Merge"/> puts them together.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ConflictParquetException">The directory is missing, or a file is not a table of this schema version or holds a row that is not a valid entity (the exception names the file).</exception>
    /// <exception cref="ArgumentException">Two batches hold different entities under one id (the message names the dataset and its batches; <see cref="ArgumentException.ParamName"/> is <c>directory</c>).</exception>
    public static Task<ConflictReport> ReadAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return DatasetReader.ReadAsync(directory, cancellationToken);
    }

    private static string NewBatch(string directory, ConflictParquetOptions options)
    {
        var batch = options.BatchId ?? NewBatchId();
        Directory.CreateDirectory(directory);
        if (Directory.EnumerateFiles(directory, $"part-{batch}.parquet", SearchOption.AllDirectories).Any())
        {
            throw new ArgumentException($"The dataset '{directory}' already holds batch '{batch}'; a batch is written once.", nameof(options));
        }

        return batch;
    }

    // A version 7 UUID starts with the Unix time in milliseconds, big-endian, so the ids of batches
    // sort in the order they were written; its 74 random bits keep two writers apart.
    internal static string NewBatchId() => Guid.CreateVersion7().ToString("N");

    private static async IAsyncEnumerable<ConflictReport> ToAsync(IEnumerable<ConflictReport> reports)
    {
        foreach (var report in reports)
        {
            yield return report;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
