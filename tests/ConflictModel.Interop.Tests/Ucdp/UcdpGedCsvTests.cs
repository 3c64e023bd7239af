using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop.Tests.Support;
using ConflictModel.Interop.Ucdp;
using NodaTime;

namespace ConflictModel.Interop.Tests.Ucdp;

/// <summary>Reading and writing UCDP GED; the excerpt's rows are UCDP's (CC BY 4.0, see Data/README.md).</summary>
public sealed class UcdpGedCsvTests
{
    private const string File = "ucdp-ged-excerpt.csv";

    private static List<UcdpGedRow> Excerpt() => [.. UcdpGedCsv.Read(TestFiles.Open(File))];

    [Fact]
    public void Read_Excerpt_TypesEveryColumn()
    {
        var row = Excerpt()[0];

        Assert.Equal(300380L, row.Id);
        Assert.Equal("SYR-2013-1-11973-99", row.RelId);
        Assert.Equal(2013, row.Year);
        Assert.True(row.ActiveYear);
        Assert.Equal("Clear", row.CodeStatus);
        Assert.Equal(1, row.TypeOfViolence);
        Assert.Equal(299L, row.ConflictDsetId);
        Assert.Equal(299L, row.ConflictNewId);
        Assert.Equal("Syria: Government", row.ConflictName);
        Assert.Equal(11973L, row.DyadDsetId);
        Assert.Equal(11973L, row.DyadNewId);
        Assert.Equal("Government of Syria - Syrian insurgents", row.DyadName);
        Assert.Equal(118L, row.SideADsetId);
        Assert.Equal(118L, row.SideANewId);
        Assert.Equal("Government of Syria", row.SideA);
        Assert.Equal(4456L, row.SideBDsetId);
        Assert.Equal(4456L, row.SideBNewId);
        Assert.Equal("Syrian insurgents", row.SideB);
        Assert.Equal(2, row.NumberOfSources);
        Assert.Equal("\"Support Kurds in Syria,2013-01-03, Thursday 3 January 2013\";\"VDC,2013-01-03,Abdul Satar Mustafa Hankosh\"", row.SourceArticle);
        Assert.Equal(["Support Kurds in Syria", "VDC"], row.SourceOffices.ToArray());
        Assert.Equal(["2013-01-03", "2013-01-03"], row.SourceDates.ToArray());
        Assert.Equal(["Thursday 3 January 2013", "Abdul Satar Mustafa Hankosh"], row.SourceHeadlines.ToArray());
        Assert.Equal("SOHR; VDC", row.SourceOriginal);
        Assert.Equal(1, row.WherePrecision);
        Assert.Equal("Rami village", row.WhereCoordinates);
        Assert.Equal("in the al-Rami village", row.WhereDescription);
        Assert.Equal("Idlib governorate", row.Adm1);
        Assert.Equal("Ariha district", row.Adm2);
        Assert.Equal(35.763369, row.Latitude);
        Assert.Equal(36.558974, row.Longitude);
        Assert.Equal("POINT (36.558974 35.763369)", row.GeomWkt);
        Assert.Equal(181154L, row.PrioGridId);
        Assert.Equal("Syria", row.Country);
        Assert.Equal(652, row.CountryId);
        Assert.Equal("Middle East", row.Region);
        Assert.Equal(1, row.EventClarity);
        Assert.Equal(1, row.DatePrecision);
        Assert.Equal(new LocalDate(2013, 1, 3), row.DateStart);
        Assert.Equal(new LocalDate(2013, 1, 3), row.DateEnd);
        Assert.Equal(0, row.DeathsA);
        Assert.Equal(2, row.DeathsB);
        Assert.Equal(0, row.DeathsCivilians);
        Assert.Equal(0, row.DeathsUnknown);
        Assert.Equal(2, row.Best);
        Assert.Equal(2, row.High);
        Assert.Equal(2, row.Low);
        Assert.Equal([652], row.GwNoA.ToArray());
        Assert.Empty(row.GwNoB);
        Assert.True(row.EstimatesAreOrdered);
        Assert.Empty(row.ExtraColumns);
    }

    [Fact]
    public void Read_Excerpt_AllTwelveRowsInOrder()
        => Assert.Equal(
            [300380L, 401115, 212545, 448810, 248414, 256789, 268807, 410252, 244424, 216930, 461369, 393891],
            Excerpt().Select(r => r.Id));

    [Fact]
    public void Read_DateRange_KeepsBothEnds()
    {
        var row = Excerpt().Single(r => r.Id == 401115);

        Assert.Equal(new LocalDate(2021, 5, 28), row.DateStart);
        Assert.Equal(new LocalDate(2021, 5, 29), row.DateEnd);
        Assert.Equal(4, row.WherePrecision);
    }

    [Fact]
    public void Write_MachineToMachine_GivesBackUcdpsFileByteForByte()
    {
        var written = TestFiles.Write(s => UcdpGedCsv.Write(s, Excerpt(), DatasetWriteOptions.MachineToMachine));

        Assert.Equal(TestFiles.Bytes(File), written);
    }

    [Fact]
    public void Read_EstimatesOutOfOrder_KeptExactlyAsPublished()
    {
        // As in about 1 % of real rows (UCDP's own example: low 334, best 333, high 333).
        var row = Excerpt()[0].WithText("low", "334").WithText("best", "333").WithText("high", "333");
        var written = TestFiles.Write(s => UcdpGedCsv.Write(s, [row], DatasetWriteOptions.MachineToMachine));

        var read = UcdpGedCsv.Read(new MemoryStream(written)).Single();

        Assert.Equal(334, read.Low);
        Assert.Equal(333, read.Best);
        Assert.Equal(333, read.High);
        Assert.False(read.EstimatesAreOrdered);
        Assert.Equal(row, read);
    }

    [Fact]
    public void Read_NumberOfSourcesMinusOne_IsUnknownAndKeptAsText()
    {
        var row = Excerpt()[0].WithText("number_of_sources", "-1");

        Assert.Null(row.NumberOfSources);
        Assert.Equal("-1", row.GetText("number_of_sources"));
    }

    [Fact]
    public void Read_DateWithTime_IsTheDateAndKeepsTheText()
    {
        var row = Excerpt()[0].WithText("date_start", "2013-01-03 00:00:00.000").WithText("date_end", "2013-01-04 00:00:00.000");

        Assert.Equal(new LocalDate(2013, 1, 3), row.DateStart);
        Assert.Equal(new LocalDate(2013, 1, 4), row.DateEnd);
        Assert.Equal("2013-01-03 00:00:00.000", row.GetText("date_start"));
    }

    [Fact]
    public void Read_ActiveYearAsText_IsABoolean()
        => Assert.False(Excerpt()[0].WithText("active_year", "FALSE").ActiveYear);

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "latitude", "35.763369", "200" },
        { "type_of_violence", "1,299", "4,299" },
        { "geom_wkt", "POINT (36.558974 35.763369)", "POINT(36.558974 35.763369)" },
        { "date_start", "2013-01-03,2013-01-03", "2013-02-30,2013-01-03" },
        { "best", "2,2,2,652", "two,2,2,652" },
        { "where_prec", "1,Rami village", "8,Rami village" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Read_BadValue_ThrowsNamingRowAndColumn(string column, string good, string bad)
    {
        var lines = TestFiles.DataLines(File);
        var line = lines[0].Replace("," + good + ",", "," + bad + ",", StringComparison.Ordinal);
        Assert.NotEqual(lines[0], line);

        var exception = Assert.Throws<DatasetFormatException>(() => UcdpGedCsv.Read(TestFiles.Utf8(TestFiles.WithHeader(File, lines[1], line))).ToList());

        Assert.Equal(3, exception.RowNumber);
        Assert.Equal(column, exception.Column);
        Assert.Equal(bad.Split(',')[0], exception.Error!.Value);
        Assert.StartsWith($"UCDP GED row 3, column '{column}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EndBeforeStart_ThrowsInconsistent()
    {
        var lines = TestFiles.DataLines(File);
        var line = lines[1].Replace(",2021-05-28,2021-05-29,", ",2021-05-29,2021-05-28,", StringComparison.Ordinal);

        var exception = Assert.Throws<DatasetFormatException>(() => UcdpGedCsv.Read(TestFiles.Utf8(TestFiles.WithHeader(File, line))).ToList());

        Assert.Equal(DatasetErrorKind.InconsistentValues, exception.Error!.Kind);
        Assert.Equal("date_end", exception.Column);
    }

    [Fact]
    public void Read_OlderReleaseWithoutOptionalColumns_ReadsByName()
    {
        // A release with fewer columns, in another order: only the required ones, shuffled.
        const string Text = "date_end,id,best,low,high,side_b,side_a,type_of_violence,year,latitude,longitude,date_prec,date_start\n2013-01-03,300380,2,2,2,Syrian insurgents,Government of Syria,1,2013,35.763369,36.558974,1,2013-01-03\n";

        var row = UcdpGedCsv.Read(TestFiles.Utf8(Text)).Single();

        Assert.Equal(300380L, row.Id);
        Assert.Equal("Syrian insurgents", row.SideB);
        Assert.Null(row.GetText("relid"));
        Assert.Null(row.WherePrecision);
        Assert.Null(row.NumberOfSources);
        Assert.Empty(row.SourceOffices);
    }

    [Fact]
    public void Read_MissingRequiredColumn_Throws()
    {
        var text = Encoding.UTF8.GetString(TestFiles.Bytes(File)).Replace(",best,", ",bestest,", StringComparison.Ordinal);

        var exception = Assert.Throws<DatasetFormatException>(() => UcdpGedCsv.Read(TestFiles.Utf8(text)).ToList());

        Assert.Equal(DatasetErrorKind.MissingColumn, exception.Error!.Kind);
        Assert.Equal("best", exception.Column);
    }

    [Fact]
    public void Read_SkipBadRows_ReportsAndContinues()
    {
        var lines = TestFiles.DataLines(File);
        var errors = new List<DatasetRowError>();

        var rows = UcdpGedCsv.Read(TestFiles.Utf8(TestFiles.WithHeader(File, lines[0], lines[1] + ",x", lines[2])), DatasetReadOptions.SkipBadRows(errors.Add)).ToList();

        Assert.Equal([300380L, 212545], rows.Select(r => r.Id));
        Assert.Equal(DatasetErrorKind.RaggedRow, Assert.Single(errors).Kind);
        Assert.Equal(3, errors[0].RowNumber);
    }

    [Fact]
    public async Task ReadAsync_AndWriteAsync_MatchTheSynchronousOnes()
    {
        var rows = await UcdpGedCsv.ReadAsync(TestFiles.Open(File)).ToListAsync();
        using var stream = new MemoryStream();

        await UcdpGedCsv.WriteAsync(stream, rows.ToAsyncEnumerable(), DatasetWriteOptions.MachineToMachine);

        Assert.Equal(Excerpt(), rows);
        Assert.Equal(TestFiles.Bytes(File), stream.ToArray());
    }

    [Fact]
    public void Write_SpreadsheetSafe_NumbersUntouched()
    {
        var row = Excerpt()[0].WithText("number_of_sources", "-1").WithText("where_description", "-in the village");

        var text = Encoding.UTF8.GetString(TestFiles.Write(s => UcdpGedCsv.Write(s, [row])));

        Assert.Contains(",Syrian insurgents,-1,", text, StringComparison.Ordinal);
        Assert.Contains(",\"'-in the village\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_FromFieldsEqualityAndText()
    {
        var row = Excerpt()[0];

        var copy = UcdpGedRow.FromFields(row.Fields.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value)));

        Assert.Equal(row, copy);
        Assert.True(row == copy);
        Assert.True(row != Excerpt()[1]);
        Assert.Equal(row.GetHashCode(), copy.GetHashCode());
        Assert.Equal("300380 2013-01-03..2013-01-03 Government of Syria vs Syrian insurgents: best 2 (low 2, high 2)", row.ToString());
    }
}
