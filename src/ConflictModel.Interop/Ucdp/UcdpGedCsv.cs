using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// Reads and writes UCDP GED's CSV as <see cref="UcdpGedRow"/>s, one row in memory at a time.
/// </summary>
/// <remarks>
/// <para>
/// Reading goes by header name, never by position, ignoring case, since releases differ: the 49
/// columns of the 23.1 release (and 24.1, 25.1); a file lacking some of them is read when it has
/// the required ones (<c>id</c>, <c>year</c>, <c>type_of_violence</c>, <c>side_a</c>,
/// <c>side_b</c>, <c>latitude</c>, <c>longitude</c>, <c>date_prec</c>, <c>date_start</c>,
/// <c>date_end</c>, <c>best</c>, <c>high</c>, <c>low</c>). Columns UCDP does not define are kept.
/// Bad input throws <see cref="DatasetFormatException"/> naming the row, the column, the text and
/// the rule, unless <see cref="DatasetReadOptions.SkipBadRows"/> reports and skips each bad row.
/// Estimates out of order (<c>low &lt;= best &lt;= high</c> failing) are not an error.
/// </para>
/// <para>
/// Writing uses the release's order: the 49 columns, then the extra ones that the first row has.
/// By default it is spreadsheet-safe (<see cref="DatasetWriteOptions"/>). Output is UTF-8 without
/// a byte order mark, records end with LF, fields are quoted only when they must be.
/// </para>
/// </remarks>
public static class UcdpGedCsv
{
    /// <summary>Reads the rows of a UTF-8 CSV stream, lazily; invalid UTF-8 is an error of its row.</summary>
    /// <param name="stream">The file, read from its current position; left open.</param>
    /// <param name="options">How to treat bad rows; null for <see cref="DatasetReadOptions.Strict"/>.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file, or a bad row when not skipping.</exception>
    public static IEnumerable<UcdpGedRow> Read(Stream stream, DatasetReadOptions? options)
        => DatasetCsvReader.Read(DatasetCsvReader.Open(UcdpGedSchema.Schema, stream, options), UcdpGedRow.FromChecked);

    /// <summary>Reads the rows of a UTF-8 CSV stream, lazily and strictly; invalid UTF-8 is an error of its row.</summary>
    /// <param name="stream">The file, read from its current position; left open.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file or a bad row.</exception>
    public static IEnumerable<UcdpGedRow> Read(Stream stream) => Read(stream, null);

    /// <summary>Reads the rows of CSV text, lazily; the text reader decides what invalid bytes become.</summary>
    /// <param name="reader">The text; left open.</param>
    /// <param name="options">How to treat bad rows; null for <see cref="DatasetReadOptions.Strict"/>.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file, or a bad row when not skipping.</exception>
    public static IEnumerable<UcdpGedRow> Read(TextReader reader, DatasetReadOptions? options)
        => DatasetCsvReader.Read(DatasetCsvReader.Open(UcdpGedSchema.Schema, reader, options), UcdpGedRow.FromChecked);

    /// <summary>Reads the rows of CSV text, lazily and strictly; the text reader decides what invalid bytes become.</summary>
    /// <param name="reader">The text; left open.</param>
    /// <returns>The rows, in file order, read as the sequence is enumerated (once).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file or a bad row.</exception>
    public static IEnumerable<UcdpGedRow> Read(TextReader reader) => Read(reader, null);

    /// <summary>Reads the rows of a UTF-8 CSV stream asynchronously.</summary>
    /// <param name="stream">The file, read from its current position; left open.</param>
    /// <param name="options">How to treat bad rows; null for <see cref="DatasetReadOptions.Strict"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DatasetFormatException">While enumerating: a bad file, or a bad row when not skipping.</exception>
    public static IAsyncEnumerable<UcdpGedRow> ReadAsync(Stream stream, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
        => DatasetCsvReader.ReadAsync(DatasetCsvReader.Open(UcdpGedSchema.Schema, stream, options), UcdpGedRow.FromChecked, cancellationToken);

    /// <summary>Writes rows as UTF-8 CSV in UCDP GED's column order.</summary>
    /// <param name="stream">The destination; left open, flushed.</param>
    /// <param name="rows">The rows, of one layout (a later row may not have a column the first lacks).</param>
    /// <param name="options">Escaping; null for <see cref="DatasetWriteOptions.SpreadsheetSafe"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A row is null, or has a column the first row lacks.</exception>
    public static void Write(Stream stream, IEnumerable<UcdpGedRow> rows, DatasetWriteOptions? options = null)
        => DatasetCsvWriter.Write(UcdpGedSchema.Schema, stream, rows, row => row.RowFields, options);

    /// <summary>Writes rows as UTF-8 CSV in UCDP GED's column order, asynchronously.</summary>
    /// <param name="stream">The destination; left open, flushed.</param>
    /// <param name="rows">The rows, of one layout.</param>
    /// <param name="options">Escaping; null for <see cref="DatasetWriteOptions.SpreadsheetSafe"/>.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every row is written and flushed.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="System.ArgumentException">A row is null, or has a column the first row lacks.</exception>
    public static Task WriteAsync(Stream stream, IAsyncEnumerable<UcdpGedRow> rows, DatasetWriteOptions? options = null, CancellationToken cancellationToken = default)
        => DatasetCsvWriter.WriteAsync(UcdpGedSchema.Schema, stream, rows, row => row.RowFields, options, cancellationToken);
}
