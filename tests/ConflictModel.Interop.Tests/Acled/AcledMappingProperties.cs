using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;
using CsCheck;

namespace ConflictModel.Interop.Tests.Acled;

public sealed class AcledMappingProperties
{
    [Fact]
    public void ImportThenExport_GivesBackEveryRow()
        => RowGenerators.Acled.Array[1, 6].Sample(rows =>
        {
            var report = AcledImport.ToReport(rows);

            var exported = AcledExport.Export(report).Rows;

            Assert.Equal(rows, exported.ToArray());
        });

    [Fact]
    public void ImportThenJsonThenExport_GivesBackEveryRow()
        => RowGenerators.Acled.Array[1, 6].Sample(rows =>
        {
            var json = ConflictJson.Serialize(AcledImport.ToReport(rows));

            var exported = AcledExport.Export(ConflictJson.Deserialize(json)).Rows;

            Assert.Equal(rows, exported.ToArray());
        });

    [Fact]
    public void OneRowReports_ExportBackToTheirRow()
        => RowGenerators.Acled.Sample(row => Assert.Equal(row, Assert.Single(AcledExport.Export(AcledImport.FromRow(row)).Rows)));

    [Fact]
    public async Task JsonLines_HoldOneReportPerRow_ThatExportsBack()
    {
        var rows = RowGenerators.Acled.Array[20].Single();
        using var output = new MemoryStream();

        await AcledImport.WriteJsonLinesAsync(rows, output);

        output.Position = 0;
        var back = await ConflictJsonLines.ReadAsync(output).ToListAsync();
        Assert.Equal(rows, back.Select(r => Assert.Single(AcledExport.Export(r).Rows)).ToArray());
    }
}
