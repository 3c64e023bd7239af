using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using CsvHelper;

namespace ConflictModel.Interop;

/// <summary>
/// Reads the rows of one dataset's CSV with CsvHelper: the header mapped to the schema by name,
/// every record checked (quoting and field count by CsvHelper, UTF-8 and the columns' rules here),
/// each problem turned into a <see cref="DatasetRowError"/> that is thrown or reported. One record
/// is in memory at a time.
/// </summary>
internal sealed class DatasetCsvReader : IDisposable
{
    private readonly DatasetSchema _schema;
    private readonly DatasetReadOptions _options;
    private readonly CsvReader _reader;
    private readonly bool _checkUtf8;
    private readonly List<DatasetRowError> _pending = [];
    private int[] _map = [];
    private string[] _header = [];
    private long _skippedByCsv;

    private DatasetCsvReader(DatasetSchema schema, DatasetReadOptions options, Func<CsvReaderOptions, CsvReader> open, bool checkUtf8)
    {
        _schema = schema;
        _options = options;
        _checkUtf8 = checkUtf8;
        _reader = open(new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            DetectSeparatorHint = false,
            TrimWhitespace = false,
            TrimInsideQuotes = false,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            NullValues = [],

            // Skip, not Throw, in both modes: CsvHelper then says why (the reason) through the
            // callback, which throws in strict mode and reports in skipping mode.
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = OnMalformed,
        });
    }

    public static DatasetCsvReader Open(DatasetSchema schema, Stream stream, DatasetReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // CsvHelper reads UTF-8 bytes itself and decodes invalid ones to U+FFFD without a word, so
        // each record's bytes are checked here.
        return new DatasetCsvReader(schema, options ?? DatasetReadOptions.Strict, o => CsvReader.Create(stream, o, leaveOpen: true), checkUtf8: true);
    }

    public static DatasetCsvReader Open(DatasetSchema schema, TextReader reader, DatasetReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // Text is already decoded: whether invalid bytes threw is the text reader's own choice.
        return new DatasetCsvReader(schema, options ?? DatasetReadOptions.Strict, o => CsvReader.Create(reader, o, leaveOpen: true), checkUtf8: false);
    }

    public static IEnumerable<T> Read<T>(DatasetCsvReader reader, Func<RowFields, T> create)
    {
        using (reader)
        {
            while (true)
            {
                bool more;
                try
                {
                    more = reader._reader.Read();
                }
                catch (DecoderFallbackException exception)
                {
                    throw reader.DecodingFailed(exception);
                }

                if (reader.Next(more) is { } fields)
                {
                    yield return create(fields);
                }

                if (!more)
                {
                    yield break;
                }
            }
        }
    }

    public static async IAsyncEnumerable<T> ReadAsync<T>(DatasetCsvReader reader, Func<RowFields, T> create, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (reader)
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await reader._reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DecoderFallbackException exception)
                {
                    throw reader.DecodingFailed(exception);
                }

                if (reader.Next(more) is { } fields)
                {
                    yield return create(fields);
                }

                if (!more)
                {
                    yield break;
                }
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Reports the rows skipped since the last record, then checks the current record: its fields, or null when there is none or it is bad.</summary>
    private RowFields? Next(bool more)
    {
        if (_header.Length == 0)
        {
            MapHeader();
        }

        FlushPending();
        return more ? Build() : null;
    }

    private void FlushPending()
    {
        foreach (var error in _pending)
        {
            _options.OnSkippedRow!(error);
        }

        _pending.Clear();
    }

    private long CurrentRowNumber => _reader.RowNumber + 1 + _skippedByCsv;

    private void MapHeader()
    {
        var header = _reader.Headers;
        if (header.Count == 0)
        {
            throw new DatasetFormatException(new DatasetRowError(_schema.Dataset, 1, DatasetErrorKind.EmptyFile, null, null, "The file must start with a header row naming its columns."));
        }

        var map = new int[header.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            if (!seen.Add(header[i]))
            {
                throw new DatasetFormatException(new DatasetRowError(_schema.Dataset, 1, DatasetErrorKind.DuplicateColumn, header[i], null, "Each column may appear only once in the header (names are compared ignoring case)."));
            }

            map[i] = _schema.IndexByName.TryGetValue(header[i], out var index) ? index : -1;
        }

        foreach (var column in _schema.Columns)
        {
            if (column.RequiredInHeader && !seen.Contains(column.Name))
            {
                throw new DatasetFormatException(new DatasetRowError(_schema.Dataset, 1, DatasetErrorKind.MissingColumn, column.Name, null, $"The header must have the column '{column.Name}'."));
            }
        }

        _header = [.. header];
        _map = map;
    }

    private RowFields? Build()
    {
        if (_checkUtf8 && !Utf8.IsValid(_reader.RawRecord))
        {
            var column = FirstInvalidUtf8Column();
            return Fail(new DatasetRowError(_schema.Dataset, CurrentRowNumber, DatasetErrorKind.InvalidUtf8, column?.Name, column is null ? null : _reader.GetString(column.Value.Index), "The text must be valid UTF-8."));
        }

        var known = new string?[_schema.Columns.Length];
        ImmutableArray<KeyValuePair<string, string>>.Builder? extra = null;
        for (var i = 0; i < _map.Length; i++)
        {
            var text = _reader.GetString(i);
            if (_map[i] >= 0)
            {
                known[_map[i]] = text;
            }
            else
            {
                extra ??= ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
                extra.Add(new(_header[i], text));
            }
        }

        var fields = new RowFields(_schema, known, extra?.ToImmutable() ?? []);
        if (_schema.Check(fields) is { } problem)
        {
            return Fail(new DatasetRowError(_schema.Dataset, CurrentRowNumber, problem.Kind, problem.Column, problem.Value, problem.Rule));
        }

        return fields;
    }

    private (string Name, int Index)? FirstInvalidUtf8Column()
    {
        for (var i = 0; i < _reader.FieldCount && i < _header.Length; i++)
        {
            if (!Utf8.IsValid(_reader.GetSpan(i)))
            {
                return (_header[i], i);
            }
        }

        return null;
    }

    private RowFields? Fail(DatasetRowError error)
    {
        if (!_options.SkipsBadRows)
        {
            throw new DatasetFormatException(error);
        }

        _options.OnSkippedRow!(error);
        return null;
    }

    private void OnMalformed(CsvMalformedRecord record)
    {
        if (!record.Skipped)
        {
            return;
        }

        // CsvHelper counts the header and the records it returned, not those it skipped.
        var rowNumber = record.RecordNumber + _skippedByCsv;
        _skippedByCsv++;
        var error = record.Reason == CsvMalformedReason.FieldCountMismatch
            ? new DatasetRowError(_schema.Dataset, rowNumber, DatasetErrorKind.RaggedRow, null, record.RawRecord, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Every row must have as many fields as the header ({_reader.Headers.Count})."))
            : new DatasetRowError(_schema.Dataset, rowNumber, DatasetErrorKind.MalformedCsv, null, record.RawRecord, Describe(record.Reason));
        if (!_options.SkipsBadRows)
        {
            throw new DatasetFormatException(error);
        }

        // Reported before the next good row is returned, so that the callback sees rows in file order.
        _pending.Add(error);
    }

    private DatasetFormatException DecodingFailed(DecoderFallbackException exception)
        => new(new DatasetRowError(_schema.Dataset, CurrentRowNumber + 1, DatasetErrorKind.InvalidUtf8, null, null, "The text must be valid in the text reader's encoding."), exception);

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "A quoted field must end with a closing quote.",
        CsvMalformedReason.TextAfterClosingQuote => "A quoted field's closing quote must be followed by a comma or the end of the row.",
        CsvMalformedReason.StrayQuote => "A quote inside a field must be in a quoted field and doubled.",
        CsvMalformedReason.LineBreakInQuotes => "A quoted field must not contain a line break here.",
        _ => "The row must be well-formed CSV (RFC 4180).",
    };
}
