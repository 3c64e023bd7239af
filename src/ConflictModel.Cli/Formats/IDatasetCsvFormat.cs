using ConflictModel.Interop;

namespace ConflictModel.Cli.Formats;

/// <summary>A dataset's CSV (ACLED, UCDP GED), which is written spreadsheet-safe or exactly (<c>convert --csv-escape</c>).</summary>
internal interface IDatasetCsvFormat
{
    /// <summary>Gets the same format, written with these options.</summary>
    /// <param name="options">How text that starts like a formula is written.</param>
    /// <returns>The format.</returns>
    ReportFormat Writing(DatasetWriteOptions options);
}
