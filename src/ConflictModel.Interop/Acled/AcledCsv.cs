using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// Reads and writes ACLED's event CSV as <see cref="AcledRow"/>s, one row in memory at a time.
/// </summary>
/// <remarks>
/// <para>
/// Reading goes by header name, never by position, ignoring case: the current 31 columns, with or
/// without the population columns, and the layout of exports from before March 2023
/// (<c>data_id</c>, <c>event_id_no_cnty</c>, <c>iso3</c>; no <c>disorder_type</c>,
/// <c>civilian_targeting</c> or <c>tags</c>). Columns ACLED does not define are kept. Bad input
/// throws <see cref="DatasetFormatException"/> naming the row, the column, the text and the rule,
/// unless <see cref="DatasetReadOptions.SkipBadRows"/> reports and skips each bad row.
/// </para>
/// <para>
/// Writing uses ACLED's order: the 31 columns, then the population and legacy columns and the
/// extra ones that the first row has. By default it is spreadsheet-safe (<see cref="DatasetWriteOptions"/>).
/// Output is UTF-8 without a byte order mark, records end with LF, fields are quoted only when
/// they must be.
/// </para>
/// </remarks>
public static class AcledCsv
{
    /// <summary>Reads the rows of a UTF-8 CSV stream, lazily; invalid UTF-8 is an error of its row.</summary>
    /// <param name="stream">The file, read from its current position; left open.</param>
    /// <param name="options">How to treat bad rows; null for <see cref="DatasetReadOptions.Strict"/>.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file, or a bad row when not skipping.</exception>
    public static IEnumerable<AcledRow> Read(Stream stream, DatasetReadOptions? options)
        => DatasetCsvReader.Read(DatasetCsvReader.Open(AcledSchema.Schema, stream, options), AcledRow.FromChecked);

    /// <summary>Reads the rows of a UTF-8 CSV stream, lazily and strictly; invalid UTF-8 is an error of its row.</summary>
    /// <param name="stream">The file, read from its current position; left open.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file or a bad row.</exception>
    public static IEnumerable<AcledRow> Read(Stream stream) => Read(stream, null);

    /// <summary>Reads the rows of CSV text, lazily; the text reader decides what invalid bytes become.</summary>
    /// <param name="reader">The text; left open.</param>
    /// <param name="options">How to treat bad rows; null for <see cref="DatasetReadOptions.Strict"/>.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file, or a bad row when not skipping.</exception>
    public static IEnumerable<AcledRow> Read(TextReader reader, DatasetReadOptions? options)
        => DatasetCsvReader.Read(DatasetCsvReader.Open(AcledSchema.Schema, reader, options), AcledRow.FromChecked);

    /// <summary>Reads the rows of CSV text, lazily and strictly; the text reader decides what invalid bytes become.</summary>
    /// <param name="reader">The text; left open.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file or a bad row.</exception>
    public static IEnumerable<AcledRow> Read(TextReader reader) => Read(reader, null);

    /// <summary>Reads the rows of a UTF-8 CSV stream asynchronously.</summary>
    /// <param name="stream">The file, read from its current position; left open.</param>
    /// <param name="options">How to treat bad rows; null for <see cref="DatasetReadOptions.Strict"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file, or a bad row when not skipping.</exception>
    public static IAsyncEnumerable<AcledRow> ReadAsync(Stream stream, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
        => DatasetCsvReader.ReadAsync(DatasetCsvReader.Open(AcledSchema.Schema, stream, options), AcledRow.FromChecked, cancellationToken);

    /// <summary>Writes rows as UTF-8 CSV in ACLED's column order.</summary>
    /// <param name="stream">The destination; left open, flushed.</param>
    /// <param name="rows">The rows, of one layout (a later row may not have a column the first lacks).</param>
    /// <param name="options">Escaping; null for <see cref="DatasetWriteOptions.SpreadsheetSafe"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A row is null, or has a column the first row lacks.</exception>
    public static void Write(Stream stream, IEnumerable<AcledRow> rows, DatasetWriteOptions? options = null)
        => DatasetCsvWriter.Write(AcledSchema.Schema, stream, rows, row => row.RowFields, options);

    /// <summary>Writes rows as UTF-8 CSV in ACLED's column order, asynchronously.</summary>
    /// <param name="stream">The destination; left open, flushed.</param>
    /// <param name="rows">The rows, of one layout.</param>
    /// <param name="options">Escaping; null for <see cref="DatasetWriteOptions.SpreadsheetSafe"/>.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every row is written and flushed.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A row is null, or has a column the first row lacks.</exception>
    public static Task WriteAsync(Stream stream, IAsyncEnumerable<AcledRow> rows, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
        => DatasetCsvWriter.WriteAsync(AcledSchema.Schema, stream, rows, row => row.RowFields, options, cancellationToken);

    /// <summary>Reads ACLED's deletions list: a CSV with the columns <c>event_id_cnty</c> and <c>deleted_timestamp</c>.</summary>
    /// <param name="stream">The file; left open.</param>
    /// <param name="options">How to treat bad rows; null for <see cref="DatasetReadOptions.Strict"/>.</param>
    /// <returns>The deletions, in file order, read lazily.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file, or a bad row when not skipping.</exception>
    public static IEnumerable<AcledDeletion> ReadDeletions(Stream stream, DatasetReadOptions? options = null)
        => DatasetCsvReader.Read(DatasetCsvReader.Open(AcledDeletion.Schema, stream, options), AcledDeletion.FromChecked);

    /// <summary>Writes a deletions list in the layout <see cref="ReadDeletions"/> reads.</summary>
    /// <param name="stream">The destination; left open, flushed.</param>
    /// <param name="deletions">The deletions.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> or <paramref name="deletions"/> is null.</exception>
    public static void WriteDeletions(Stream stream, IEnumerable<AcledDeletion> deletions)
        => DatasetCsvWriter.Write(AcledDeletion.Schema, stream, deletions, d => d.ToFields(), DatasetWriteOptions.MachineToMachine);
}
