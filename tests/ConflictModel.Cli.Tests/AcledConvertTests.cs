using System.IO;
using System.Text;

namespace ConflictModel.Cli.Tests;

public sealed class AcledConvertTests : System.IDisposable
{
    // Invented events in ACLED's layout (ACLED's terms restrict redistributing its rows).
    private const string Csv =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n"
        + "FRE1,2024-03-05,2024,1,Political violence,Battles,Armed clash,Military Forces of Freedonia (2019-),Police Forces of Freedonia (2019-),1,Northern Liberation Front,,2,12,,999,Western Africa,Freedonia,Alto Norte,Riberalta,,Puerto Claro,14.4469,-11.4411,1,Radio Freedonia,National,\"On 5 March 2024, the army clashed with the Northern Liberation Front. 4 fatalities.\",4,,1709856000\n"
        + "FRE2,05 March 2024,2024,2,Political violence,Violence against civilians,Attack,Northern Liberation Front,,Rebel groups,Civilians (Freedonia),,7,27,Civilian targeting,999,Western Africa,Freedonia,Alto Norte,,,Kéniéba,13.10,-10.98,2,Le Courrier du Nord,Subnational,Militants attacked farmers.,0,,1709942400\n";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Convert_AcledToJsonLinesAndBack_GivesBackTheFile()
    {
        _cli.Write("events.csv", Csv);

        var toLines = _cli.Run("convert", "events.csv", "events.jsonl");
        var back = _cli.Run("convert", "events.jsonl", "back.csv", "--to", "acled");

        Assert.Equal(0, toLines.ExitCode);
        Assert.Equal(2, File.ReadAllLines(_cli.PathOf("events.jsonl")).Length);
        Assert.Equal(0, back.ExitCode);
        Assert.Equal(Csv, File.ReadAllText(_cli.PathOf("back.csv"), Encoding.UTF8));
    }

    [Fact]
    public void Convert_AcledToJsonAndBack_MergesRowsThatCodeAnActorOtherwise()
    {
        // The police are an associate without a type in FRE1 and actor 1 of type 1 here; the front
        // is of type 2 in FRE1 and 3 here. Each row is its own report, yet they merge into one.
        var csv = Csv + "FRE3,2024-03-07,2024,1,Political violence,Battles,Armed clash,Police Forces of Freedonia (2019-),,1,Northern Liberation Front,,3,13,,999,Western Africa,Freedonia,Alto Norte,Riberalta,,Puerto Claro,14.4469,-11.4411,1,Radio Freedonia,National,Police and militants clashed.,1,,1710028800\n";
        _cli.Write("events.csv", csv);

        var toJson = _cli.Run("convert", "events.csv", "events.json");
        var back = _cli.Run("convert", "events.json", "back.csv", "--to", "acled");

        Assert.Equal(0, toJson.ExitCode);
        Assert.Equal(0, back.ExitCode);
        Assert.Equal(csv, File.ReadAllText(_cli.PathOf("back.csv"), Encoding.UTF8));
        Assert.Single(ConflictJson.Deserialize(File.ReadAllText(_cli.PathOf("events.json"))).Actors, a => a.Name.Text == "Police Forces of Freedonia (2019-)");
    }

    [Fact]
    public void Convert_TextStartingLikeAFormula_IsEscapedAndListed_OrWrittenAsItIsWithCsvEscapeNone()
    {
        var csv = Csv.Replace("Militants attacked farmers.", "=Militants attacked farmers.", System.StringComparison.Ordinal);
        _cli.Write("events.csv", csv);
        Assert.Equal(0, _cli.Run("convert", "events.csv", "events.jsonl").ExitCode);

        var safe = _cli.Run("convert", "events.jsonl", "safe.csv", "--to", "acled");
        var exact = _cli.Run("convert", "events.jsonl", "exact.csv", "--to", "acled", "--csv-escape", "none");

        Assert.Equal(0, safe.ExitCode);
        Assert.Contains(",\"'=Militants attacked farmers.\",", File.ReadAllText(_cli.PathOf("safe.csv")), System.StringComparison.Ordinal);
        Assert.Contains("ACLED row FRE2: the text of notes, \"=Militants attacked farmers.\" (1 times): written with a ' in front", safe.StandardError, System.StringComparison.Ordinal);
        Assert.Equal(0, exact.ExitCode);
        Assert.Equal(csv, File.ReadAllText(_cli.PathOf("exact.csv"), Encoding.UTF8));
        Assert.Contains("nothing lost", exact.StandardError, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_TheLossReportOnTheTerminal_WritesControlCharactersAsEscapes()
    {
        // A note that starts with a carriage return is escaped for spreadsheets, and named in the report.
        var csv = Csv.Replace("Militants attacked farmers.", "\"\rMilitants attacked farmers.\"", System.StringComparison.Ordinal);
        _cli.Write("events.csv", csv);
        Assert.Equal(0, _cli.Run("convert", "events.csv", "events.jsonl").ExitCode);

        var result = _cli.Run("convert", "events.jsonl", "safe.csv", "--to", "acled");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ACLED row FRE2: the text of notes, \"\\rMilitants attacked farmers.\" (1 times)", result.StandardError, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\r', result.StandardError);
    }

    [Fact]
    public void Convert_CsvEscapeForAnOutputThatIsNotCsv_IsAUsageError()
    {
        _cli.Write("events.csv", Csv);

        var result = _cli.Run("convert", "events.csv", "events.json", "--csv-escape", "none");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("conflictmodel: --csv-escape is for ACLED and UCDP GED CSV; the output is json.", result.StandardError, System.StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("events.json")));
    }

    [Fact]
    public void Convert_LossReportOverTheInputOrTheOutput_IsRefused()
    {
        _cli.Write("events.csv", Csv);

        var overInput = _cli.Run("convert", "events.csv", "events.json", "--loss-report", "events.csv");
        var overOutput = _cli.Run("convert", "events.csv", "events.json", "--loss-report", "events.json");

        Assert.Equal(2, overInput.ExitCode);
        Assert.StartsWith("conflictmodel: The loss report would be written over the input, 'events.csv'.", overInput.StandardError, System.StringComparison.Ordinal);
        Assert.Equal(2, overOutput.ExitCode);
        Assert.StartsWith("conflictmodel: The loss report would be written over the output, 'events.json'.", overOutput.StandardError, System.StringComparison.Ordinal);
        Assert.Equal(Csv, File.ReadAllText(_cli.PathOf("events.csv"), Encoding.UTF8));
        Assert.False(File.Exists(_cli.PathOf("events.json")));
    }

    [Fact]
    public void Convert_AcledToGeoJson_CountsTheActorsSourcesAndRowIdsItDoesNotWrite()
    {
        // Two rows: each its ACLED record (a source) and its event id; four actors between them (the front in
        // both), and ACLED itself, the claimant of their fatalities.
        _cli.Write("events.csv", Csv);

        var result = _cli.Run("convert", "events.csv", "events.geojson");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  sources: all but their ids (kind, publisher, title, dates, text) (2 times): ", result.StandardError, System.StringComparison.Ordinal);
        Assert.Contains("  engagements: external ids and dataset fields (2 times): ", result.StandardError, System.StringComparison.Ordinal);
        Assert.Contains("  actors: all but their ids (names, kinds, categories, affiliations, external ids) (5 times): ", result.StandardError, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeAndRender_BadCsv_AreAnErrorNamingTheFileRowAndColumn()
    {
        _cli.Write("events.csv", Csv.Replace("14.4469,", "200,", System.StringComparison.Ordinal));

        var describe = _cli.Run("describe", "events.csv");
        var render = _cli.Run("render", "events.csv", "-o", "events.html");

        const string Expected = "events.csv: ACLED row 2, column 'latitude', value '200': The value must be a decimal number from -90 to 90.";
        Assert.Equal((1, Expected), (describe.ExitCode, describe.StandardError.Trim()));
        Assert.Equal((1, Expected), (render.ExitCode, render.StandardError.Trim()));
        Assert.False(File.Exists(_cli.PathOf("events.html")));
    }

    [Fact]
    public void Convert_ARowGivenTwice_StaysTwoRows_ThroughJsonAndJsonLines()
    {
        var fre1 = Csv.Split('\n')[1] + "\n";
        var csv = Csv + fre1; // FRE1 again, as it is
        _cli.Write("events.csv", csv);

        var toJson = _cli.Run("convert", "events.csv", "events.json");
        var toLines = _cli.Run("convert", "events.csv", "events.jsonl");
        var fromJson = _cli.Run("convert", "events.json", "from-json.csv", "--to", "acled", "--csv-escape", "none");
        var fromLines = _cli.Run("convert", "events.jsonl", "from-lines.csv", "--to", "acled", "--csv-escape", "none");

        Assert.Equal((0, 0, 0, 0), (toJson.ExitCode, toLines.ExitCode, fromJson.ExitCode, fromLines.ExitCode));
        Assert.Equal(3, ConflictJson.Deserialize(File.ReadAllText(_cli.PathOf("events.json"))).Engagements.Length);
        Assert.Equal(csv, File.ReadAllText(_cli.PathOf("from-json.csv"), Encoding.UTF8));
        Assert.Equal(csv, File.ReadAllText(_cli.PathOf("from-lines.csv"), Encoding.UTF8));
    }

    [Fact]
    public void Convert_MaliToAcled_PrintsTheLossReport()
    {
        _cli.Write("mali.json", File.ReadAllBytes(CliRun.Expected("mali-report.json")));

        var result = _cli.Run("convert", "mali.json", "mali.csv", "--to", "acled");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("event_id_cnty,", File.ReadAllText(_cli.PathOf("mali.csv")), System.StringComparison.Ordinal);
        Assert.Contains("engagement:western-mali-attacks: a campaign, not a row", result.StandardError, System.StringComparison.Ordinal);
    }
}

public sealed class AcledUpdateCommandTests : System.IDisposable
{
    private const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void AcledUpdate_ReplacesNewerRows_AndDropsDeletedOnes()
    {
        _cli.Write("local.csv", Header + Row("FRE1", 1, 100) + Row("FRE2", 2, 100));
        _cli.Write("newer.csv", Header + Row("FRE1", 5, 200) + Row("FRE3", 3, 200));
        _cli.Write("deleted.csv", "event_id_cnty,deleted_timestamp\nFRE2,300\n");

        var result = _cli.Run("acled-update", "local.csv", "newer.csv", "out.csv", "--deletions", "deleted.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Header + Row("FRE1", 5, 200) + Row("FRE3", 3, 200), File.ReadAllText(_cli.PathOf("out.csv")));
    }

    [Fact]
    public void AcledUpdate_BadRowOrDeletionsList_IsAnErrorNamingTheFileRowAndColumn()
    {
        _cli.Write("local.csv", Header + Row("FRE1", 1, 100));
        _cli.Write("newer.csv", Header + Row("FRE2", 2, 200).Replace("14.4,", "200,", System.StringComparison.Ordinal));
        _cli.Write("deleted.csv", "event_id_cnty,deleted_timestamp\nFRE1,abc\n");

        var badRow = _cli.Run("acled-update", "local.csv", "newer.csv", "out.csv");
        var badDeletion = _cli.Run("acled-update", "local.csv", "local.csv", "out.csv", "--deletions", "deleted.csv");

        Assert.Equal((1, "newer.csv: ACLED row 2, column 'latitude', value '200': The value must be a decimal number from -90 to 90."), (badRow.ExitCode, badRow.StandardError.Trim()));
        Assert.Equal(1, badDeletion.ExitCode);
        Assert.StartsWith("deleted.csv: ", badDeletion.StandardError, System.StringComparison.Ordinal);
        Assert.Contains("'deleted_timestamp'", badDeletion.StandardError, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", badRow.StandardError + badDeletion.StandardError, System.StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("out.csv")));
    }

    [Fact]
    public void AcledUpdate_RowsOfTwoLayouts_AreRefusedWithAnError()
    {
        // A local copy without the population columns, a download with them: one file cannot hold both.
        _cli.Write("local.csv", Header + Row("FRE1", 1, 100));
        _cli.Write("newer.csv", Header.TrimEnd('\n') + ",population_1km\n" + Row("FRE2", 2, 200).TrimEnd('\n') + ",1500\n");

        var result = _cli.Run("acled-update", "local.csv", "newer.csv", "out.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("conflictmodel: the rows cannot be written as one file: Row 2 has the column 'population_1km', which the first row (and so the header) lacks; write rows of one layout to one file.", result.StandardError.Trim());
        Assert.False(File.Exists(_cli.PathOf("out.csv")));

        // The other order: the download's row first, then a local row without the columns.
        _cli.Write("local2.csv", Header + Row("FRE1", 1, 100) + Row("FRE3", 3, 100));
        _cli.Write("newer2.csv", Header.TrimEnd('\n') + ",population_1km\n" + Row("FRE1", 2, 200).TrimEnd('\n') + ",1500\n");

        var reversed = _cli.Run("acled-update", "local2.csv", "newer2.csv", "out.csv");

        Assert.Equal(1, reversed.ExitCode);
        Assert.Equal("conflictmodel: the rows cannot be written as one file: Row 2 lacks the column 'population_1km', which the first row (and so the header) has; write rows of one layout to one file.", reversed.StandardError.Trim());
        Assert.False(File.Exists(_cli.PathOf("out.csv")));
    }

    private static string Row(string id, int fatalities, int timestamp)
        => $"{id},2024-03-05,2024,1,Political violence,Battles,Armed clash,Army,,1,Rebels,,2,12,,999,Western Africa,Freedonia,,,,Puerto Claro,14.4,-11.4,1,Radio,National,Notes.,{fatalities},,{timestamp}\n";
}
