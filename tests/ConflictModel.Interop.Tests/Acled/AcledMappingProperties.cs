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
    public void ImportThenExport_LosesNothing_ButSaysWhichColumnsItLeftEmpty()
        => RowGenerators.Acled.Array[1, 6].Sample(rows =>
        {
            var result = AcledExport.Export(AcledImport.ToReport(rows));

            // The only lines: actor 2 without a type (inter2 empty or 0), a country without an ACLED
            // region (region empty) or code (iso 0) — columns written back as the rows had them.
            Assert.All(result.Losses.Entries, e => Assert.True(
                e.Reason == "the actor has no category, so inter2 is left empty" || e.Lost is "the region column" or "the iso column",
                e.ToString()));
            Assert.True(result.Losses.Entries.Count(e => e.Lost == "the iso column") <= rows.Count(r => r.Iso == 0));
            Assert.True(result.Losses.Entries.Count(e => e.Lost == "the region column") <= rows.Count(r => r.Region.Length == 0));
            Assert.True(result.Losses.Entries.Count(e => e.Lost.StartsWith("the actor type", System.StringComparison.Ordinal)) <= rows.Count(r => r.Inter2 is null));
        });

    [Fact]
    public void StreamedReports_MergeIntoTheOneReport_AndEachExportsBackToItsRow()
        => RowGenerators.Acled.Array[1, 12].Sample(rows =>
        {
            // Rows that share actor and country names with other codes: every report has the first
            // row's actor and country, and a later row keeps its own inter1 and iso. The first rows
            // come again at the end, as they are and with other notes: a repeated event_id_cnty is
            // renamed as ToReport renames it, so no row is merged away.
            var mixed = rows.Concat(rows.Select((r, i) => r.WithText("event_id_cnty", "again" + i).WithText("inter1", (1 + (i % 8)).ToString(System.Globalization.CultureInfo.InvariantCulture)).WithText("iso", "4")))
                .Concat(rows.Take(1))
                .Concat(rows.Take(1).Select(r => r.WithText("notes", "Told again.")))
                .ToArray();

            var streamed = AcledImport.ToReports(mixed).ToArray();

            var merged = ConflictReport.Merge(streamed);
            Assert.Equal(AcledImport.ToReport(mixed), merged);
            Assert.Equal(mixed.Length, merged.Engagements.Length);
            Assert.Equal(mixed, streamed.Select(r => Assert.Single(AcledExport.Export(r).Rows)).ToArray());
        });

    [Fact]
    public async Task StreamedReportsAsync_AreTheSameReports()
    {
        var rows = RowGenerators.Acled.Array[30].Single();

        var streamed = await AcledImport.ToReportsAsync(rows.ToAsyncEnumerable()).ToListAsync();

        Assert.Equal(AcledImport.ToReports(rows).ToArray(), streamed.ToArray());
    }

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
