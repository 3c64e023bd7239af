using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;

namespace ConflictModel.Interop.Tests.Acled;

/// <summary>Every class of bad input: a typed error naming the row, the column, the text and the rule; skipping reports each row.</summary>
public sealed class AcledCsvErrorTests
{
    private const string File = "acled-invented.csv";

    private static readonly string[] Lines = TestFiles.DataLines("acled-invented-legacy.csv");

    public static TheoryData<string, string, string, string> BadValues => new()
    {
        // column, good text in FRE101's line, bad text, fragment of the rule
        { "event_date", "05 March 2019", "31 February 2019", "must be a date of the calendar, written yyyy-mm-dd or dd Month yyyy" },
        { "event_date", "05 March 2019", "yesterday", "must be a date" },
        { "latitude", "14.4469", "200", "from -90 to 90" },
        { "longitude", "-11.4411", "-181", "from -180 to 180" },
        { "latitude", "14.4469", "NaN", "decimal number" },
        { "event_type", "Battles", "Skirmishes", "must be one of ACLED's event types" },
        { "sub_event_type", "Armed clash", "Duel", "sub-event types" },
        { "inter1", "State forces", "9", "actor type code from 1 to 8" },
        { "inter1", "State forces", "Aliens", "actor type code from 1 to 8, or its name" },
        { "fatalities", "2", "-1", "whole number from 0" },
        { "fatalities", "2", "2.5", "whole number" },
        { "fatalities", "2", " 2", "whole number" },
        { "fatalities", "2", "+2", "whole number" },
        { "timestamp", "1552003200", "+1552003200", "whole number" },
        { "time_precision", "1,Battles", "4,Battles", "from 1 to 3" },
        { "timestamp", "1552003200", "soon", "whole number" },
        { "event_id_cnty", "FRE101", string.Empty, "must not be empty" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Read_BadValue_ThrowsNamingRowColumnValueAndRule(string column, string good, string bad, string rule)
    {
        var line = Lines[0].Replace("," + good + ",", "," + bad + ",", StringComparison.Ordinal);
        Assert.NotEqual(Lines[0], line);
        var expectedValue = bad.Split(',')[0];

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(Legacy(Lines[1], line)).ToList());

        Assert.NotNull(exception.Error);
        Assert.Equal(DatasetErrorKind.InvalidValue, exception.Error.Kind);
        Assert.Equal(3, exception.RowNumber);
        Assert.Equal(column, exception.Column);
        Assert.Equal(expectedValue, exception.Error.Value);
        Assert.Contains(rule, exception.Error.Rule, StringComparison.Ordinal);
        Assert.Contains($"ACLED row 3, column '{column}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SubEventTypeOfAnotherType_ThrowsInconsistent()
    {
        var line = Lines[0].Replace(",Armed clash,", ",Peaceful protest,", StringComparison.Ordinal);

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(Legacy(line)).ToList());

        Assert.Equal(DatasetErrorKind.InconsistentValues, exception.Error!.Kind);
        Assert.Equal("sub_event_type", exception.Column);
        Assert.Equal("Peaceful protest", exception.Error.Value);
        Assert.Contains("must belong to the event type 'Battles'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithExtraField_ThrowsRagged()
    {
        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(Legacy(Lines[0], Lines[1] + ",surplus")).ToList());

        Assert.Equal(DatasetErrorKind.RaggedRow, exception.Error!.Kind);
        Assert.Equal(3, exception.RowNumber);
        Assert.Null(exception.Column);
        Assert.Contains("as many fields as the header (31)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithMissingField_ThrowsRagged()
    {
        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(Legacy(Lines[0][..Lines[0].LastIndexOf(',')])).ToList());

        Assert.Equal(DatasetErrorKind.RaggedRow, exception.Error!.Kind);
        Assert.Equal(2, exception.RowNumber);
    }

    [Fact]
    public void Read_QuoteNeverClosed_ThrowsMalformed()
    {
        var broken = Lines[1].Replace("\"On 12 April 2019, police arrested a journalist in San Lorenzo.\"", "\"On 12 April 2019, police arrested", StringComparison.Ordinal);
        Assert.NotEqual(Lines[1], broken);

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(Legacy(Lines[0], broken)).ToList());

        Assert.Equal(DatasetErrorKind.MalformedCsv, exception.Error!.Kind);
        Assert.Equal(3, exception.RowNumber);
        Assert.Contains("must end with a closing quote", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_ThrowsMalformed()
    {
        var broken = Lines[0].Replace("Puerto Claro.\",", "Puerto Claro.\"x,", StringComparison.Ordinal);
        Assert.NotEqual(Lines[0], broken);

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(Legacy(broken)).ToList());

        Assert.Equal(DatasetErrorKind.MalformedCsv, exception.Error!.Kind);
        Assert.Contains("closing quote must be followed by a comma", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsNamingTheColumn()
    {
        var bytes = Encoding.UTF8.GetBytes(TestFiles.WithHeader("acled-invented-legacy.csv", Lines[0], Lines[1]));
        var at = IndexOf(bytes, Encoding.UTF8.GetBytes("San Lorenzo,"));
        bytes[at + 1] = 0xC3; // 'a' becomes a lead byte followed by 'n': not UTF-8

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(new MemoryStream(bytes)).ToList());

        Assert.Equal(DatasetErrorKind.InvalidUtf8, exception.Error!.Kind);
        Assert.Equal(3, exception.RowNumber);
        Assert.Equal("location", exception.Column);
        Assert.Contains("must be valid UTF-8", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextReaderThatThrowsOnInvalidBytes_ThrowsInvalidUtf8WithTheCause()
    {
        var bytes = Encoding.UTF8.GetBytes(TestFiles.WithHeader("acled-invented-legacy.csv", Lines[0]));
        bytes[IndexOf(bytes, Encoding.UTF8.GetBytes("Puerto"))] = 0xFF;
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true));

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(reader).ToList());

        Assert.Equal(DatasetErrorKind.InvalidUtf8, exception.Error!.Kind);
        Assert.IsType<DecoderFallbackException>(exception.InnerException);
    }

    [Fact]
    public void Read_MissingRequiredColumn_ThrowsForTheHeader()
    {
        var text = TestFiles.WithHeader("acled-invented-legacy.csv", Lines[0]).Replace(",fatalities,", ",deaths,", StringComparison.Ordinal);

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(TestFiles.Utf8(text)).ToList());

        Assert.Equal(DatasetErrorKind.MissingColumn, exception.Error!.Kind);
        Assert.Equal(1, exception.RowNumber);
        Assert.Equal("fatalities", exception.Column);
    }

    [Fact]
    public void Read_DuplicateColumnIgnoringCase_ThrowsForTheHeader()
    {
        var text = TestFiles.WithHeader("acled-invented-legacy.csv", Lines[0]).Replace(",iso3\n", ",ISO\n", StringComparison.Ordinal);

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(TestFiles.Utf8(text)).ToList());

        Assert.Equal(DatasetErrorKind.DuplicateColumn, exception.Error!.Kind);
        Assert.Equal("ISO", exception.Column);
    }

    [Fact]
    public void Read_EmptyInput_ThrowsEmptyFile()
    {
        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(TestFiles.Utf8(string.Empty)).ToList());

        Assert.Equal(DatasetErrorKind.EmptyFile, exception.Error!.Kind);
    }

    [Fact]
    public void Read_LongBadValue_IsCutInTheError()
    {
        var longDate = new string('9', 500);
        var line = Lines[0].Replace("05 March 2019", longDate, StringComparison.Ordinal);

        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(Legacy(line)).ToList());

        Assert.Equal(DatasetRowError.MaxValueLength, exception.Error!.Value!.Length);
        Assert.EndsWith("…", exception.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SkipBadRows_ReportsEachSkippedRowInOrderAndReadsTheRest()
    {
        var badValue = Lines[0].Replace("14.4469", "200", StringComparison.Ordinal);
        var ragged = Lines[0] + ",surplus";
        var badSubEvent = Lines[0].Replace("Armed clash", "Duel", StringComparison.Ordinal);
        var errors = new List<DatasetRowError>();

        var rows = AcledCsv.Read(Legacy(Lines[0], badValue, ragged, Lines[1], badSubEvent), DatasetReadOptions.SkipBadRows(errors.Add)).ToList();

        Assert.Equal(["FRE101", "FRE102"], rows.Select(r => r.EventIdCnty));
        Assert.Equal(
            [(3L, DatasetErrorKind.InvalidValue, "latitude"), (4L, DatasetErrorKind.RaggedRow, null), (6L, DatasetErrorKind.InvalidValue, "sub_event_type")],
            errors.Select(e => (e.RowNumber, e.Kind, e.Column)));
    }

    [Fact]
    public void Read_SkipBadRows_RowNumbersStayRightAfterASkippedRaggedRow()
    {
        var errors = new List<DatasetRowError>();
        var afterwards = Lines[1].Replace("12.65", "95", StringComparison.Ordinal);

        var rows = AcledCsv.Read(Legacy(Lines[0] + ",x", Lines[0] + ",y", afterwards), DatasetReadOptions.SkipBadRows(errors.Add)).ToList();

        Assert.Empty(rows);
        Assert.Equal([2L, 3L, 4L], errors.Select(e => e.RowNumber));
        Assert.Equal("latitude", errors[2].Column);
    }

    [Fact]
    public void SkipBadRows_WithoutCallback_IsRefused()
        => Assert.Throws<ArgumentNullException>("onSkippedRow", () => DatasetReadOptions.SkipBadRows(null!));

    [Fact]
    public void Strict_DoesNotSkip()
    {
        Assert.False(DatasetReadOptions.Strict.SkipsBadRows);
        Assert.Null(DatasetReadOptions.Strict.OnSkippedRow);
    }

    [Fact]
    public void Read_SkipBadRows_MissingColumnStillThrows()
    {
        var text = TestFiles.WithHeader("acled-invented-legacy.csv", Lines[0]).Replace(",latitude,", ",lat,", StringComparison.Ordinal);
        var errors = new List<DatasetRowError>();

        Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(TestFiles.Utf8(text), DatasetReadOptions.SkipBadRows(errors.Add)).ToList());
        Assert.Empty(errors);
    }

    [Fact]
    public void Read_Null_IsRefused()
    {
        Assert.Throws<ArgumentNullException>("stream", () => AcledCsv.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>("reader", () => AcledCsv.Read((TextReader)null!));
    }

    private static MemoryStream Legacy(params string[] lines) => TestFiles.Utf8(TestFiles.WithHeader("acled-invented-legacy.csv", lines));

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
