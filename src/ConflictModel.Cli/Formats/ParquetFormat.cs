using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Parquet;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// A Parquet dataset (docs/parquet.md): a directory, not a stream. Writing adds one batch, streamed
/// in bounded memory, to the dataset there (new or not) and never rewrites its files; reading gives
/// the whole dataset as one report. It holds everything, so nothing is lost either way.
/// </summary>
internal sealed class ParquetFormat : ReportFormat
{
    /// <inheritdoc/>
    public override string Name => "parquet";

    /// <inheritdoc/>
    public override ImmutableArray<string> Extensions => [];

    /// <inheritdoc/>
    public override string Description => "a Parquet dataset directory, one table per entity (docs/parquet.md); writing adds a batch";

    /// <inheritdoc/>
    public override bool IsDirectory => true;

    /// <inheritdoc/>
    public override IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, CancellationToken cancellationToken)
        => throw new NotSupportedException("A Parquet dataset is a directory; read it with ReadDirectoryAsync.");

    /// <inheritdoc/>
    public override Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
        => throw new NotSupportedException("A Parquet dataset is a directory; write it with WriteDirectoryAsync.");

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ConflictReport> ReadDirectoryAsync(string directory, LossReport losses, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ConflictReport report;
        try
        {
            report = await ConflictParquet.ReadAsync(directory, cancellationToken).ConfigureAwait(false);
        }
        catch (ConflictParquetException e)
        {
            throw new Commands.InputException($"conflictmodel: {e.Message}", e);
        }
        catch (System.ArgumentException e) when (e.ParamName == "directory")
        {
            // Batches that disagree on an entity: the dataset is there, but not one report.
            throw new Commands.InvalidReportException($"conflictmodel: {CliApplication.WithoutParameter(e)}", e);
        }

        yield return report;
    }

    /// <inheritdoc/>
    public override Task WriteDirectoryAsync(string directory, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
        => ConflictParquet.WriteAsync(reports, directory, null, cancellationToken);

    /// <summary>
    /// Writes lines of JSON Lines into a directory as one batch, the same dataset as
    /// <see cref="WriteDirectoryAsync"/> writes from the lines' reports but each entity's json cell
    /// taken from the line's bytes; each line is read as <see cref="ReportLibrary.ReadOptions"/> say.
    /// </summary>
    /// <exception cref="ConflictParquetException">A line is not a valid report, or is too long (<see cref="ConflictParquetException.LineNumber"/> names it).</exception>
    public static Task WriteLinesAsync(string directory, IAsyncEnumerable<ConflictJsonLine> lines, CancellationToken cancellationToken)
        => ConflictParquet.WriteJsonLinesAsync(lines, directory, WriteOptions, cancellationToken);

    private static ConflictParquetOptions WriteOptions { get; } = new() { JsonOptions = ReportLibrary.ReadOptions };
}
