using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Interop.Acled;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// ACLED's event CSV (docs/interop/acled.md): read a row at a time, each row its own report
/// (<see cref="AcledImport.ToReportsAsync"/>), so a file of millions of rows streams to JSON Lines; written
/// by <see cref="AcledExport"/> from the merged reports, every entry of its loss report printed.
/// </summary>
internal sealed class AcledFormat(DatasetWriteOptions writing) : ReportFormat, IDatasetCsvFormat
{
    /// <summary>Initializes the format, written spreadsheet-safe.</summary>
    public AcledFormat()
        : this(DatasetWriteOptions.SpreadsheetSafe)
    {
    }

    /// <inheritdoc/>
    public ReportFormat Writing(DatasetWriteOptions options) => new AcledFormat(options);

    /// <inheritdoc/>
    public override string Name => "acled";

    /// <inheritdoc/>
    public override ImmutableArray<string> Extensions => [".csv"];

    /// <inheritdoc/>
    public override string Description => "ACLED's event CSV, one row an event (docs/interop/acled.md)";

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var report in AcledImport.ToReportsAsync(AcledCsv.ReadAsync(input, null, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            yield return report;
        }
    }

    /// <inheritdoc/>
    public override async Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
    {
        // Each row is written as it is derived, so the rows are never all in memory (the merged report is).
        var merged = await ReportLibrary.MergeAllAsync(reports, cancellationToken).ConfigureAwait(false);
        losses.AddAll(await AcledExport.WriteAsync(merged, output, writing, cancellationToken).ConfigureAwait(false));
    }
}
