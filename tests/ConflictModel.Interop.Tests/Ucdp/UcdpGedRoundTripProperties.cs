using System.IO;
using System.Linq;
using ConflictModel.Interop.Tests.Support;
using ConflictModel.Interop.Ucdp;
using CsCheck;

namespace ConflictModel.Interop.Tests.Ucdp;

public sealed class UcdpGedRoundTripProperties
{
    [Fact]
    public void WriteThenRead_GivesBackEveryValue()
        => RowGenerators.Ucdp.Array[1, 8].Sample(rows =>
        {
            var written = TestFiles.Write(s => UcdpGedCsv.Write(s, rows, DatasetWriteOptions.MachineToMachine));

            var read = UcdpGedCsv.Read(new MemoryStream(written)).ToArray();

            Assert.Equal(rows, read);
            Assert.Equal(written, TestFiles.Write(s => UcdpGedCsv.Write(s, read, DatasetWriteOptions.MachineToMachine)));
        });

    [Fact]
    public void ImportThenExport_GivesBackEveryValueOfEveryRow()
        => RowGenerators.Ucdp.Array[1, 6].Sample(rows =>
        {
            // Distinct ids: an engagement's id is its row's.
            var distinct = rows.Select((r, i) => r.WithText("id", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

            Assert.Equal(distinct, UcdpGedExport.ToRows(UcdpGedImport.ToReport(distinct)).ToArray());
            Assert.All(distinct, r => Assert.Equal(r, UcdpGedExport.ToRows(UcdpGedImport.FromRow(r)).Single()));
        });
}
