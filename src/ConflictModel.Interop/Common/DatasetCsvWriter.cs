using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;

namespace ConflictModel.Interop;

/// <summary>
/// Writes rows of one dataset with CsvHelper in the canonical column order: every column the
/// schema always writes, then the optional known columns and the unknown ones that the first row
/// has. Text that starts like a formula is escaped when the options say so.
/// </summary>
internal sealed class DatasetCsvWriter : IDisposable, IAsyncDisposable
{
    private static readonly CsvWriterOptions CsvOptions = new() { NewLine = "\n", Injection = CsvInjection.None };

    private readonly DatasetSchema _schema;
    private readonly DatasetWriteOptions _options;
    private readonly CsvWriter _writer;
    private int[] _known = [];
    private string[] _extra = [];
    private long _rows;

    public DatasetCsvWriter(DatasetSchema schema, Stream stream, DatasetWriteOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _schema = schema;
        _options = options ?? DatasetWriteOptions.SpreadsheetSafe;
        _writer = CsvWriter.Create(stream, CsvOptions, leaveOpen: true);
    }

    public static void Write<T>(DatasetSchema schema, Stream stream, IEnumerable<T> rows, Func<T, RowFields> fields, DatasetWriteOptions? options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new DatasetCsvWriter(schema, stream, options);
        foreach (var row in rows)
        {
            writer.WriteRow(fields(row ?? throw new ArgumentException("The rows must not contain null.", nameof(rows))));
            writer._writer.EndRecord();
        }

        writer.Finish();
    }

    public static async Task WriteAsync<T>(DatasetSchema schema, Stream stream, IAsyncEnumerable<T> rows, Func<T, RowFields> fields, DatasetWriteOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = new DatasetCsvWriter(schema, stream, options);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            writer.WriteRow(fields(row ?? throw new ArgumentException("The rows must not contain null.", nameof(rows))));

            // Flushes to the stream, asynchronously, only when the buffer is mostly full.
            await writer._writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }

        writer.Finish();
        await writer._writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _writer.Dispose();

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private void Finish()
    {
        if (_rows == 0)
        {
            // No row says which optional columns there are: the canonical ones alone.
            WriteHeader(null);
        }

        _writer.Flush();
    }

    /// <summary>Writes a row's fields; the caller ends the record, synchronously or not.</summary>
    private void WriteRow(RowFields fields)
    {
        if (_rows == 0)
        {
            WriteHeader(fields);
        }

        _rows++;
        CheckLayout(fields);
        foreach (var index in _known)
        {
            WriteField(fields.Known[index] ?? string.Empty, _schema.Columns[index].Rule.IsText);
        }

        foreach (var name in _extra)
        {
            WriteField(fields.Get(name) ?? string.Empty, isText: true);
        }
    }

    private void WriteHeader(RowFields? first)
    {
        _known = Enumerable.Range(0, _schema.Columns.Length)
            .Where(i => _schema.Columns[i].AlwaysWritten || first?.Known[i] is not null)
            .ToArray();
        _extra = first?.Extra.Select(pair => pair.Key).ToArray() ?? [];
        foreach (var index in _known)
        {
            _writer.WriteField(_schema.Columns[index].Name);
        }

        foreach (var name in _extra)
        {
            _writer.WriteField(name);
        }

        _writer.EndRecord();
    }

    /// <summary>A later row with a column the header lacks would lose that field: refused rather than dropped.</summary>
    private void CheckLayout(RowFields fields)
    {
        for (var i = 0; i < fields.Known.Length; i++)
        {
            if (fields.Known[i] is not null && Array.IndexOf(_known, i) < 0)
            {
                throw Unwritable(_schema.Columns[i].Name);
            }
        }

        foreach (var (name, _) in fields.Extra)
        {
            if (!_extra.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw Unwritable(name);
            }
        }

        // The other way round too: a later row without a column the header has would gain it, empty,
        // as if its file had held it; refused, whichever of the two layouts comes first.
        foreach (var index in _known)
        {
            if (fields.Known[index] is null && !_schema.Columns[index].AlwaysWritten)
            {
                throw Lacking(_schema.Columns[index].Name);
            }
        }

        foreach (var name in _extra)
        {
            if (fields.Get(name) is null)
            {
                throw Lacking(name);
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2208:Instantiate argument exceptions correctly", Justification = "As Unwritable: the row at fault is an item of the public Write methods' parameter 'rows'.")]
    private ArgumentException Lacking(string column)
        => new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Row {_rows} lacks the column '{column}', which the first row (and so the header) has; write rows of one layout to one file."), "rows");

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2208:Instantiate argument exceptions correctly", Justification = "The row at fault is an item of the public Write methods' parameter 'rows', which this names so that callers can tell it from their own arguments.")]
    private ArgumentException Unwritable(string column)
        => new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Row {_rows} has the column '{column}', which the first row (and so the header) lacks; write rows of one layout to one file."), "rows");

    private void WriteField(string text, bool isText)
    {
        if (isText && _options.EscapeFormulas && SpreadsheetEscaping.LooksLikeFormula(text))
        {
            // OWASP: a leading ' makes a spreadsheet show the cell as text; quoted so the ' is inside the field.
            _writer.WriteField("'" + text, CsvQuoting.Always);
        }
        else
        {
            _writer.WriteField(text);
        }
    }
}
