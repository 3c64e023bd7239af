using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;
using NodaTime;

namespace ConflictModel.Interop.Tests.Acled;

public sealed class AcledCsvReadTests
{
    private const string File = "acled-invented.csv";

    [Fact]
    public void Read_CurrentLayout_TypesEveryColumn()
    {
        var row = AcledCsv.Read(TestFiles.Open(File)).First();

        Assert.Equal("FRE1", row.EventIdCnty);
        Assert.Equal(new LocalDate(2024, 3, 5), row.EventDate);
        Assert.Equal(2024, row.Year);
        Assert.Equal(1, row.TimePrecision);
        Assert.Equal(["Political violence"], row.DisorderTypes.ToArray());
        Assert.Equal(EventType.Battles, row.EventType);
        Assert.Equal(SubEventType.ArmedClash, row.SubEventType);
        Assert.Equal("Military Forces of Freedonia (2019-)", row.Actor1);
        Assert.Equal(["Police Forces of Freedonia (2019-)", "Gendarmerie of Freedonia"], row.AssociatedActors1.ToArray());
        Assert.Equal(ConflictCategory.StateForces, row.Inter1);
        Assert.Equal("Northern Liberation Front", row.Actor2);
        Assert.Empty(row.AssociatedActors2);
        Assert.Equal(ConflictCategory.RebelGroup, row.Inter2);
        Assert.Equal(12, row.Interaction);
        Assert.False(row.CivilianTargeting);
        Assert.Equal(999, row.Iso);
        Assert.Equal("Western Africa", row.Region);
        Assert.Equal("Freedonia", row.Country);
        Assert.Equal("Alto Norte", row.Admin1);
        Assert.Equal("Riberalta", row.Admin2);
        Assert.Equal(string.Empty, row.Admin3);
        Assert.Equal("Puerto Claro", row.Location);
        Assert.Equal(14.4469, row.Latitude);
        Assert.Equal(-11.4411, row.Longitude);
        Assert.Equal(1, row.GeoPrecision);
        Assert.Equal(["Radio Freedonia", "Le Courrier du Nord"], row.Sources.ToArray());
        Assert.Equal("National", row.SourceScale);
        Assert.StartsWith("On 5 March 2024, in Puerto Claro (Alto Norte), the army clashed", row.Notes, System.StringComparison.Ordinal);
        Assert.Contains("said it had \"liberated\" the town", row.Notes, System.StringComparison.Ordinal);
        Assert.Equal(4, row.Fatalities);
        Assert.Empty(row.Tags);
        Assert.Equal(1709856000L, row.Timestamp);
        Assert.Null(row.Population1Km);
        Assert.Null(row.DataId);
        Assert.Null(row.EventIdNoCnty);
        Assert.Null(row.Iso3);
        Assert.Empty(row.ExtraColumns);
    }

    [Fact]
    public void Read_QuotedFieldWithLineBreakAndNonAscii_KeepsTextExactly()
    {
        var row = AcledCsv.Read(TestFiles.Open(File)).Single(r => r.EventIdCnty == "FRE2");

        Assert.Equal("Around 6 March 2024, near Kéniéba, militants attacked farmers.\nA second report gives no toll.", row.Notes);
        Assert.Equal("Ségou-Nord", row.Admin2);
        Assert.True(row.CivilianTargeting);
        Assert.Equal(ConflictCategory.Civilians, row.Inter2);
    }

    [Fact]
    public void Read_SoleActor_Inter2ZeroIsNoActor()
    {
        var row = AcledCsv.Read(TestFiles.Open(File)).Single(r => r.EventIdCnty == "FRE3");

        Assert.Null(row.Inter2);
        Assert.Equal("0", row.GetText("inter2"));
        Assert.Equal(60, row.Interaction);
        Assert.Equal(["crowd size=around 200"], row.Tags.ToArray());
    }

    [Fact]
    public void Read_AllRows_InFileOrder()
        => Assert.Equal(["FRE1", "FRE2", "FRE3", "FRE4", "FRE5", "FRE6"], AcledCsv.Read(TestFiles.Open(File)).Select(r => r.EventIdCnty));

    [Fact]
    public void Read_LegacyLayout_ReadsByNameWithTextInterAndLongDates()
    {
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented-legacy.csv")).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new LocalDate(2019, 3, 5), rows[0].EventDate);
        Assert.Equal("05 March 2019", rows[0].GetText("event_date"));
        Assert.Equal(ConflictCategory.StateForces, rows[0].Inter1);
        Assert.Equal("State forces", rows[0].GetText("inter1"));
        Assert.Equal(ConflictCategory.RebelGroup, rows[0].Inter2);
        Assert.Equal(7001L, rows[0].DataId);
        Assert.Equal(101L, rows[0].EventIdNoCnty);
        Assert.Equal("FRE", rows[0].Iso3);
        Assert.Null(rows[0].GetText("disorder_type"));
        Assert.Empty(rows[0].DisorderTypes);
        Assert.Null(rows[0].GetText("tags"));
        Assert.False(rows[0].CivilianTargeting);
    }

    [Fact]
    public void Read_TaxonomyInOtherCase_MatchesAndKeepsText()
    {
        var row = AcledCsv.Read(TestFiles.Open("acled-invented-legacy.csv")).Last();

        Assert.Equal(EventType.StrategicDevelopments, row.EventType);
        Assert.Equal(SubEventType.Arrests, row.SubEventType);
        Assert.Equal("strategic developments", row.GetText("event_type"));
        Assert.Equal("arrests", row.GetText("sub_event_type"));
    }

    [Fact]
    public void Read_PopulationAndUnknownColumns_KeptByName()
    {
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented-population.csv")).ToList();

        Assert.Equal(1200L, rows[0].Population1Km);
        Assert.Equal(4800L, rows[0].Population2Km);
        Assert.Equal(25000L, rows[0].Population5Km);
        Assert.Equal(1200L, rows[0].PopulationBest);
        Assert.Equal([new("analyst_note", "checked twice")], rows[0].ExtraColumns.ToArray());
        Assert.Null(rows[1].Population1Km);
        Assert.Equal(string.Empty, rows[1].GetText("population_1km"));
        Assert.Equal("checked twice", rows[0].GetText("ANALYST_NOTE"));
    }

    [Fact]
    public void Read_HeaderInUpperCase_ReadsByNameIgnoringCase()
    {
        var text = TestFiles.WithHeader(File, TestFiles.DataLines(File)[0]);
        var upper = text[..text.IndexOf('\n', System.StringComparison.Ordinal)].ToUpperInvariant() + text[text.IndexOf('\n', System.StringComparison.Ordinal)..];

        var row = AcledCsv.Read(TestFiles.Utf8(upper)).Single();

        Assert.Equal("FRE1", row.EventIdCnty);
        Assert.Equal(4, row.Fatalities);
    }

    [Fact]
    public void Read_DayWithoutLeadingZero_IsADate()
    {
        var line = TestFiles.DataLines(File)[0].Replace("2024-03-05", "5 March 2024", System.StringComparison.Ordinal);

        var row = AcledCsv.Read(TestFiles.Utf8(TestFiles.WithHeader(File, line))).Single();

        Assert.Equal(new LocalDate(2024, 3, 5), row.EventDate);
        Assert.Equal("5 March 2024", row.GetText("event_date"));
    }

    [Fact]
    public void Read_TextReader_GivesTheSameRows()
    {
        using var reader = new StreamReader(TestFiles.Open(File));

        Assert.Equal(AcledCsv.Read(TestFiles.Open(File)), AcledCsv.Read(reader));
    }

    [Fact]
    public async Task ReadAsync_GivesTheSameRowsAsRead()
    {
        var rows = await AcledCsv.ReadAsync(TestFiles.Open(File)).ToListAsync();

        Assert.Equal(AcledCsv.Read(TestFiles.Open(File)), rows);
    }

    [Fact]
    public void Read_IsLazy_ReadsNothingUntilEnumerated()
    {
        using var stream = TestFiles.Open(File);

        var rows = AcledCsv.Read(stream);

        Assert.Equal(0, stream.Position);
        Assert.Equal("FRE1", rows.First().EventIdCnty);
    }

    [Fact]
    public void Read_EmptyDataAfterHeader_GivesNoRows()
        => Assert.Empty(AcledCsv.Read(TestFiles.Utf8(TestFiles.WithHeader(File))));

    [Fact]
    public void Columns_Current_AreThe31InAcledOrder()
    {
        Assert.Equal(31, AcledColumns.Current.Length);
        Assert.Equal("event_id_cnty", AcledColumns.Current[0]);
        Assert.Equal("timestamp", AcledColumns.Current[^1]);
        Assert.Equal(TestFiles.WithHeader(File).TrimEnd('\n'), string.Join(",", AcledColumns.Current));
    }

    [Fact]
    public void Columns_AddedIn2023_AreCurrentColumns()
        => Assert.All(AcledColumns.AddedIn2023, c => Assert.Contains(c, AcledColumns.Current));

    [Fact]
    public void Read_LegacyFile_LacksExactlyTheColumnsAddedIn2023()
    {
        var header = TestFiles.WithHeader("acled-invented-legacy.csv").TrimEnd('\n').Split(',').ToImmutableHashSet();

        Assert.Equal(AcledColumns.AddedIn2023.Order(), AcledColumns.Current.Where(c => !header.Contains(c)).Order());
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrLf_GivesTheSameRows()
    {
        var text = System.Text.Encoding.UTF8.GetString(TestFiles.Bytes(File)).Replace("\n", "\r\n", System.StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();

        var rows = AcledCsv.Read(new MemoryStream(bytes)).ToList();

        // The line break inside FRE2's quoted notes is part of the value, so it is CRLF now; every other field is the same.
        Assert.Equal(AcledCsv.Read(TestFiles.Open(File)).Select(r => r.WithText("notes", r.Notes.Replace("\n", "\r\n", System.StringComparison.Ordinal))), rows);
        Assert.Equal("event_id_cnty", rows[0].Fields.First().Key);
    }

    [Fact]
    public void Read_EmptyLineBetweenRows_IsNotARow()
    {
        var lines = TestFiles.DataLines("acled-invented-legacy.csv");

        var rows = AcledCsv.Read(TestFiles.Utf8(TestFiles.WithHeader("acled-invented-legacy.csv", lines[0], string.Empty, lines[1]))).ToList();

        Assert.Equal(["FRE101", "FRE102"], rows.Select(r => r.EventIdCnty));
    }

    [Fact]
    public void Read_EndlessFile_GivesRowsOneAtATime()
    {
        var header = TestFiles.WithHeader(File);
        using var stream = new EndlessCsvStream(header, TestFiles.DataLines(File)[0] + "\n");

        var rows = AcledCsv.Read(stream).Take(10_000).ToList();

        // 10,000 rows of about 600 bytes were read from a stream that never ends: nothing waited for the whole file.
        Assert.Equal(10_000, rows.Count);
        Assert.All(rows, r => Assert.Equal("FRE1", r.EventIdCnty));
        Assert.InRange(stream.Position, 10_000 * 400, 10_000 * 1000);
    }
}
