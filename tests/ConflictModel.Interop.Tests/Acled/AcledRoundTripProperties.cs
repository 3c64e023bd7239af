using System.IO;
using System.Linq;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;
using CsCheck;

namespace ConflictModel.Interop.Tests.Acled;

public sealed class AcledRoundTripProperties
{
    private static readonly string[] NumberAndDateColumns = ["event_date", "year", "time_precision", "inter1", "inter2", "interaction", "iso", "latitude", "longitude", "geo_precision", "fatalities", "timestamp"];

    [Fact]
    public void WriteThenRead_GivesBackEveryValue()
        => RowGenerators.Acled.Array[1, 8].Select(rows => rows.Select(r => r.WithText("analyst_note", rows[0].GetText("analyst_note"))).ToArray()).Sample(rows =>
        {
            var written = TestFiles.Write(s => AcledCsv.Write(s, rows, DatasetWriteOptions.MachineToMachine));

            var read = AcledCsv.Read(new MemoryStream(written)).ToArray();

            Assert.Equal(rows, read);
            Assert.Equal(written, TestFiles.Write(s => AcledCsv.Write(s, read, DatasetWriteOptions.MachineToMachine)));
        });

    [Fact]
    public void SpreadsheetSafeWrite_LeavesNumbersAndDatesAlone()
        => RowGenerators.Acled.Sample(row =>
        {
            var read = AcledCsv.Read(new MemoryStream(TestFiles.Write(s => AcledCsv.Write(s, [row])))).Single();

            foreach (var column in NumberAndDateColumns)
            {
                Assert.Equal(row.GetText(column), read.GetText(column));
            }

            // A text field comes back either as written or with OWASP's ' in front.
            foreach (var (column, text) in row.Fields)
            {
                var back = read.GetText(column);
                Assert.True(back == text || back == "'" + text, column);
            }
        });
}
