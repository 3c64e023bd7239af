using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using ConflictModel.Interop.Tests.Support;
using ConflictModel.Interop.Ucdp;
using NodaTime;

namespace ConflictModel.Interop.Tests.Ucdp;

/// <summary>Rows to the model and back; the excerpt's rows are UCDP's (CC BY 4.0, see Data/README.md).</summary>
public sealed class UcdpGedMappingTests
{
    private const string File = "ucdp-ged-excerpt.csv";

    private static List<UcdpGedRow> Excerpt() => [.. UcdpGedCsv.Read(TestFiles.Open(File))];

    [Fact]
    public void PrioGrid_CellOfEveryExcerptRow_IsThePublishedGid()
    {
        foreach (var row in Excerpt())
        {
            Assert.Equal(row.PrioGridId, PrioGrid.CellOf(row.Latitude, row.Longitude));
        }
    }

    [Theory]
    [InlineData(-90.0, -180.0, 1L)]
    [InlineData(-90.0, 179.9, 720L)]
    [InlineData(-89.5, -180.0, 721L)]
    [InlineData(90.0, 180.0, 259200L)]
    public void PrioGrid_Corners(double latitude, double longitude, long gid)
        => Assert.Equal(gid, PrioGrid.CellOf(latitude, longitude));

    [Fact]
    public void PrioGrid_OutOfRange_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => PrioGrid.CellOf(90.5, 0));

    [Fact]
    public void ImportThenExport_Excerpt_GivesBackTheFileByteForByte()
    {
        var report = UcdpGedImport.Read(TestFiles.Open(File));

        var written = TestFiles.Write(s => UcdpGedExport.Write(report, s));

        Assert.Equal(TestFiles.Bytes(File), written);
    }

    [Fact]
    public void ImportThenExport_EachRowAlone_GivesBackTheRow()
    {
        foreach (var row in Excerpt())
        {
            Assert.Equal(row, Assert.Single(UcdpGedExport.ToRows(UcdpGedImport.FromRow(row))));
        }
    }

    [Fact]
    public void Import_FirstRow_MapsIdsSidesPlaceSourcesAndDeaths()
    {
        var report = UcdpGedImport.FromRow(Excerpt()[0]);

        var engagement = Assert.Single(report.Engagements);
        Assert.Equal("ucdp-ged:300380", engagement.Id.Value);
        Assert.Equal(
            ["ucdp-ged=300380", "ucdp-ged-relid=SYR-2013-1-11973-99", "ucdp-conflict=299", "ucdp-conflict-dset=299", "ucdp-dyad=11973", "ucdp-dyad-dset=11973"],
            engagement.ExternalIds.Select(e => $"{e.Scheme}={e.Value}"));
        Assert.Equal(ReportedTime.OnDate(new LocalDate(2013, 1, 3)), engagement.Time);

        var government = report.Actors.Single(a => a.Id.Value == "ucdp-actor:118");
        Assert.Equal("Government of Syria", government.Name.Text);
        Assert.Equal(ConflictCategory.StateForces, government.Category);
        Assert.Equal(["ucdp-actor=118", "ucdp-actor-dset=118", "gwno=652"], government.ExternalIds.Select(e => $"{e.Scheme}={e.Value}"));
        var insurgents = report.Actors.Single(a => a.Id.Value == "ucdp-actor:4456");
        Assert.Equal(ConflictCategory.RebelGroup, insurgents.Category);

        var place = report.Locations.Single(l => l.Id == engagement.Locations[0]);
        Assert.Equal("Rami village", place.Name.Text);
        Assert.Equal(new GeoPoint(35.763369, 36.558974), place.Point);
        Assert.Equal(PlacePrecision.Settlement, place.Precision);
        var district = report.Locations.Single(l => l.Id == place.Parent);
        Assert.Equal(("Ariha district", LocationKind.SecondOrderDivision), (district.Name.Text, district.Kind));
        var governorate = report.Locations.Single(l => l.Id == district.Parent);
        Assert.Equal(("Idlib governorate", LocationKind.FirstOrderDivision), (governorate.Name.Text, governorate.Kind));
        var country = report.Locations.Single(l => l.Id == governorate.Parent);
        Assert.Equal(("Syria", LocationKind.Country, "652"), (country.Name.Text, country.Kind, country.ExternalIds.Single().Value));

        var sources = report.Sources.Where(s => s.Kind == SourceKind.NewsArticle).ToList();
        Assert.Equal(["Support Kurds in Syria", "VDC"], sources.Select(s => s.Publisher));
        Assert.Equal(["Thursday 3 January 2013", "Abdul Satar Mustafa Hankosh"], sources.Select(s => s.Title));
        Assert.Equal(2, engagement.Attributions.Length);

        var claims = report.Claims.Cast<CasualtyClaim>().ToDictionary(c => c.Id.Value);
        Assert.Equal(CountEstimate.Exactly(2), claims["ucdp-ged:300380:total"].Count);
        Assert.Equal(CountEstimate.Exactly(2), claims["ucdp-ged:300380:deaths_b"].Count);
        Assert.Equal(insurgents.Id, claims["ucdp-ged:300380:deaths_b"].Victims);
        Assert.All(claims.Values, c => Assert.Equal(Claimant.BySource(new SourceId(UcdpGedImport.DatasetSourceId)), c.Claimant));

        // Only what the model has no member for is kept as UCDP's own fields.
        Assert.Equal(
            ["active_year", "code_status", "conflict_name", "dyad_name", "source_original", "where_description", "region", "event_clarity"],
            engagement.DatasetFields.Select(f => f.Name));
    }

    [Fact]
    public void Import_ExcerptReport_IsValid()
    {
        var result = UcdpGedValidation.Validator.Validate(UcdpGedImport.Read(TestFiles.Open(File)));

        Assert.DoesNotContain(result.Issues, i => i.Severity is ValidationSeverity.Error or ValidationSeverity.Warning);
    }

    [Fact]
    public void Import_EstimatesOutOfOrder_KeptAsPublishedAndWarned()
    {
        var row = Excerpt()[0].WithText("deaths_b", "333").WithText("low", "334").WithText("best", "333").WithText("high", "333");

        var report = UcdpGedImport.FromRow(row);

        var total = report.Claims.Cast<CasualtyClaim>().Single(c => c.Id.Value.EndsWith(":total", StringComparison.Ordinal));
        Assert.Equal(CountEstimate.Approximately(333), total.Count);
        Assert.Equal(["low=334", "best=333", "high=333"], total.DatasetFields.Select(f => $"{f.Name}={f.Value}"));
        var issue = Assert.Single(UcdpGedValidation.Validator.Validate(report).Issues, i => i.Code == "UCDP0001");
        Assert.Equal(ValidationSeverity.Warning, issue.Severity);
        Assert.Equal("/claims/0/datasetFields", issue.Path);
        Assert.Equal(row, Assert.Single(UcdpGedExport.ToRows(report)));
    }

    [Fact]
    public void Import_OrderedRange_IsBetweenLowAndHigh()
    {
        var row = Excerpt()[0].WithText("low", "1").WithText("best", "2").WithText("high", "5");

        var total = UcdpGedImport.FromRow(row).Claims.Cast<CasualtyClaim>().Single(c => c.Id.Value.EndsWith(":total", StringComparison.Ordinal));

        Assert.Equal(CountEstimate.Between(1, 5), total.Count);
        Assert.Empty(UcdpGedValidation.Validator.Validate(UcdpGedImport.FromRow(row)).Issues.Where(i => i.Code == "UCDP0001"));
    }

    [Fact]
    public void Import_UnknownNumberOfSources_KeptAsPublished()
    {
        var row = Excerpt()[0].WithText("number_of_sources", "-1");

        var report = UcdpGedImport.FromRow(row);

        Assert.Contains(report.Engagements[0].DatasetFields, f => f.Name == "number_of_sources" && f.Value == "-1");
        Assert.Equal("-1", UcdpGedExport.ToRows(report).Single().GetText("number_of_sources"));
    }

    [Fact]
    public void Import_BadRow_NamesRowAndColumn()
    {
        var text = TestFiles.WithHeader(File, TestFiles.DataLines(File)[0].Replace(",35.763369,", ",200,", StringComparison.Ordinal));

        var error = Assert.Throws<DatasetFormatException>(() => UcdpGedImport.Read(TestFiles.Utf8(text)));

        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'latitude'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_EndlessStream_GivesReportsOneAtATime()
    {
        var line = TestFiles.DataLines(File)[0];
        using var stream = new EndlessCsvStream(TestFiles.WithHeader(File), line + "\n");

        var reports = UcdpGedImport.ReadEvents(stream).Take(3).ToList();

        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.Single(r.Engagements));
    }

    [Fact]
    public void Import_SharedSidesAndPlaces_AppearOnce()
    {
        var report = UcdpGedImport.Read(TestFiles.Open(File));

        Assert.Equal(12, report.Engagements.Length);
        Assert.Single(report.Actors, a => a.Name.Text == "Government of Afghanistan");
        Assert.Single(report.Locations, l => l.Kind == LocationKind.Country && l.Name.Text == "Afghanistan");
        Assert.Equal(report.Actors.Length, report.Actors.Select(a => a.Id).Distinct().Count());
    }
}
