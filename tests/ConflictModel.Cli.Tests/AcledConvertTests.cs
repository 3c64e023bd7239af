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

    private static string Row(string id, int fatalities, int timestamp)
        => $"{id},2024-03-05,2024,1,Political violence,Battles,Armed clash,Army,,1,Rebels,,2,12,,999,Western Africa,Freedonia,,,,Puerto Claro,14.4,-11.4,1,Radio,National,Notes.,{fatalities},,{timestamp}\n";
}
