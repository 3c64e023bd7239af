using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Interop.Ucdp;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// UCDP GED CSV through ConflictModel.Interop (docs/interop/ucdp.md): read a row at a time, each row
/// its own report (<see cref="UcdpGedImport.ReadEventsAsync"/>), the reports agreeing on the actors
/// and places they share, so that a file of millions of rows streams to JSON Lines and the reports
/// merge into one document as <see cref="UcdpGedImport.Read"/> would give it.
/// </summary>
internal sealed class UcdpGedFormat(DatasetWriteOptions writing) : ReportFormat, IDatasetCsvFormat
{
    /// <summary>Initializes the format, written spreadsheet-safe.</summary>
    public UcdpGedFormat()
        : this(DatasetWriteOptions.SpreadsheetSafe)
    {
    }

    /// <inheritdoc/>
    public ReportFormat Writing(DatasetWriteOptions options) => new UcdpGedFormat(options);

    public override string Name => "ucdp";

    // No extension: a .csv may be ACLED's as well, so UCDP is named with --from or --to.
    public override ImmutableArray<string> Extensions => [];

    public override string Description => "UCDP GED CSV, one row per event (docs/interop/ucdp.md)";

    public override IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, CancellationToken cancellationToken)
        => UcdpGedImport.ReadEventsAsync(input, null, cancellationToken);

    public override async Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
        => losses.AddAll(await UcdpGedExport.WriteAsync(reports, output, writing, cancellationToken).ConfigureAwait(false));
}
