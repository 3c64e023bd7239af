using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;

namespace ConflictModel.Interop.Tests.Acled;

public sealed class AcledCsvWriteTests
{
    [Theory]
    [InlineData("acled-invented.csv")]
    [InlineData("acled-invented-population.csv")]
    public void Write_MachineToMachine_GivesBackTheFileByteForByte(string file)
    {
        var rows = AcledCsv.Read(TestFiles.Open(file)).ToList();

        var written = TestFiles.Write(s => AcledCsv.Write(s, rows, DatasetWriteOptions.MachineToMachine));

        Assert.Equal(Encoding.UTF8.GetString(TestFiles.Bytes(file)), Encoding.UTF8.GetString(written));
        Assert.Equal(TestFiles.Bytes(file), written);
    }

    [Fact]
    public void Write_LegacyRows_CanonicalOrderWithLegacyColumnsLast_ValuesUnchanged()
    {
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented-legacy.csv")).ToList();

        var written = TestFiles.Write(s => AcledCsv.Write(s, rows, DatasetWriteOptions.MachineToMachine));
        var header = Encoding.UTF8.GetString(written).Split('\n')[0].Split(',');
        var reread = AcledCsv.Read(new MemoryStream(written)).ToList();

        Assert.Equal([.. AcledColumns.Current, .. AcledColumns.Legacy], header);
        Assert.Equal("05 March 2019", reread[0].GetText("event_date"));
        Assert.Equal("State forces", reread[0].GetText("inter1"));
        foreach (var (before, after) in rows.Zip(reread))
        {
            // The three columns the old layout lacks come back empty rather than absent: every value the file had is unchanged.
            Assert.Equal(before.Fields, after.Fields.Where(f => !AcledColumns.AddedIn2023.Contains(f.Key)));
            Assert.All(AcledColumns.AddedIn2023, c => Assert.Equal(string.Empty, after.GetText(c)));
        }
    }

    [Fact]
    public void Write_SpreadsheetSafe_EscapesFormulaTextOnly()
    {
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).ToList();

        var text = Encoding.UTF8.GetString(TestFiles.Write(s => AcledCsv.Write(s, rows)));

        // FRE5's notes start with '=', FRE6's source with '@': a ' in front, quoted.
        Assert.Contains(",\"'=On 9 March 2024, a drone strike", text, StringComparison.Ordinal);
        Assert.Contains(",\"'@freedonia_news\",", text, StringComparison.Ordinal);

        // Negative coordinates are numbers: never altered.
        Assert.Contains(",14.4469,-11.4411,", text, StringComparison.Ordinal);
        Assert.Contains(",-0.5,-12.25,", text, StringComparison.Ordinal);

        // Actor names with a dash inside are not escaped: only the first character counts.
        Assert.Contains(",Military Forces of Freedonia (2019-),", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+1 555", "\"'+1 555\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-4", "-4")]
    [InlineData("+1.5", "+1.5")]
    [InlineData("a=b", "a=b")]
    public void Write_SpreadsheetSafe_FollowsOwasp(string admin3, string expected)
    {
        var row = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).First().WithText("admin3", admin3);

        var line = Encoding.UTF8.GetString(TestFiles.Write(s => AcledCsv.Write(s, [row]))).Split('\n', 2)[1];

        Assert.Contains(",Riberalta," + expected + ",Puerto Claro,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MachineToMachine_WritesFormulaTextAsItIs()
    {
        var row = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).First().WithText("admin3", "=1+2");

        var text = Encoding.UTF8.GetString(TestFiles.Write(s => AcledCsv.Write(s, [row], DatasetWriteOptions.MachineToMachine)));

        Assert.Contains(",Riberalta,=1+2,Puerto Claro,", text, StringComparison.Ordinal);
        Assert.Equal(row, AcledCsv.Read(TestFiles.Utf8(text)).Single());
    }

    [Fact]
    public void Write_NoRows_WritesTheCanonicalHeader()
        => Assert.Equal(
            string.Join(",", AcledColumns.Current) + "\n",
            Encoding.UTF8.GetString(TestFiles.Write(s => AcledCsv.Write(s, []))));

    [Fact]
    public void Write_LaterRowWithColumnTheFirstLacks_IsRefused()
    {
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).ToList();
        var withExtra = rows[1].WithText("analyst_note", "x");

        var exception = Assert.Throws<ArgumentException>(() => TestFiles.Write(s => AcledCsv.Write(s, [rows[0], withExtra])));

        Assert.Contains("Row 2 has the column 'analyst_note'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NullRow_IsRefused()
        => Assert.Throws<ArgumentException>("rows", () => TestFiles.Write(s => AcledCsv.Write(s, [null!])));

    [Fact]
    public async Task WriteAsync_WritesTheSameBytesAsWrite()
    {
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).ToList();
        using var stream = new MemoryStream();

        await AcledCsv.WriteAsync(stream, rows.ToAsyncEnumerable());

        Assert.Equal(TestFiles.Write(s => AcledCsv.Write(s, rows)), stream.ToArray());
    }

    [Fact]
    public void Write_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();

        AcledCsv.Write(stream, []);

        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void Write_Null_IsRefused()
    {
        Assert.Throws<ArgumentNullException>("stream", () => AcledCsv.Write(null!, []));
        Assert.Throws<ArgumentNullException>("rows", () => AcledCsv.Write(new MemoryStream(), (IEnumerable<AcledRow>)null!));
    }
}
