using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConflictModel.Fixtures;

namespace ConflictModel.Parquet.Tests;

/// <summary>SQL over the written datasets with DuckDB: the schema it sees, partition pruning, and the analyst's questions.</summary>
public sealed partial class DuckDbTests
{
    // The queries of docs/parquet.md, word for word as run there (the views are those of DuckDb).
    private const string FatalitiesByCountryAndMonth = """
        WITH per_engagement AS (
          SELECT e.country_name, strftime(e.date_start, '%Y-%m') AS month, e.id,
                 min(c.low) AS low, max(c.high) AS high
          FROM claims c JOIN engagements e ON e.id = c.engagement_id
          WHERE c.kind = 'casualties' AND c.casualty_outcome = 'killed'
          GROUP BY ALL)
        SELECT country_name, month, sum(low) AS low, sum(high) AS high
        FROM per_engagement GROUP BY ALL ORDER BY country_name, month
        """;

    private const string ClaimantsWhoDisagree = """
        SELECT a.engagement_id, a.id, a.claimant, a.high, b.id, b.claimant, b.low
        FROM claims a JOIN claims b
          ON a.engagement_id = b.engagement_id AND a.kind = 'casualties' AND b.kind = 'casualties'
         AND a.casualty_outcome = b.casualty_outcome AND a.claimant <> b.claimant
        WHERE a.high < b.low
        ORDER BY a.engagement_id, a.id, b.id
        """;

    private const string EventsPerCategoryPair = """
        SELECT least(p1.actor_category, p2.actor_category) AS category_1,
               greatest(p1.actor_category, p2.actor_category) AS category_2,
               count(DISTINCT p1.engagement_id) AS events
        FROM participants p1 JOIN participants p2
          ON p1.engagement_id = p2.engagement_id AND p1.ordinal < p2.ordinal
        GROUP BY ALL ORDER BY category_1, category_2
        """;

    private const string QuotesOfOneClaimant = """
        SELECT c.id, a.quote
        FROM claims c
        JOIN claim_attributions ca ON ca.claim_id = c.id
        JOIN attributions a ON a.id = ca.attribution_id
        WHERE c.claimant = $claimant
        ORDER BY c.ordinal, ca.ordinal
        """;

    [Fact]
    public async Task Fatalities_low_and_high_by_country_and_month()
    {
        using var dir = await Written(AnalystReport.Build());
        using var db = new DuckDb(dir.Path);

        var rows = db.Rows(FatalitiesByCountryAndMonth);

        // Gao: the army's 5 and the group's 20 to 30 give 5 to 30; Mopti: more than 12 is 13, no upper bound.
        Assert.Equal(["Burkina Faso|2023-03|2|2", "Mali|2024-03|5|30", "Mali|2024-04|13|null"], rows);
    }

    [Fact]
    public async Task Claims_whose_claimants_disagree()
    {
        using var dir = await Written(AnalystReport.Build());
        using var db = new DuckDb(dir.Path);

        var rows = db.Rows(ClaimantsWhoDisagree);

        Assert.Equal(["gao-clash|army-gao-dead|army|5|group-gao-dead|group|20"], rows);
    }

    [Fact]
    public async Task Events_per_actor_category_pair()
    {
        using var dir = await Written(AnalystReport.Build());
        using var db = new DuckDb(dir.Path);

        Assert.Equal(["protesters|stateForces|1", "rebelGroup|stateForces|2"], db.Rows(EventsPerCategoryPair));
    }

    [Fact]
    public async Task Every_quote_of_one_claimant()
    {
        using var dir = await Written(AnalystReport.Build());
        using var db = new DuckDb(dir.Path);

        var rows = db.Rows(QuotesOfOneClaimant.Replace("$claimant", "'army'", StringComparison.Ordinal));

        Assert.Equal(["army-gao-dead|The army said 5 fighters were killed in Gao.", "army-mopti-dead|The army said 12 attackers were killed in Mopti."], rows);
    }

    [Fact]
    public async Task Every_quote_of_the_Malian_army_in_the_Mali_report()
    {
        var report = MaliArticle.Report;
        using var dir = await Written(report);
        using var db = new DuckDb(dir.Path);

        var rows = db.Rows(QuotesOfOneClaimant.Replace("$claimant", "'malian-armed-forces'", StringComparison.Ordinal));

        // The answer from the model itself: the army's claims in order, each attribution's exact quote.
        var quotes = report.Attributions.ToDictionary(a => a.Id, a => a.Quote.Exact);
        var expected = report.Claims
            .Where(c => c.Claimant.Actor == new ActorId("malian-armed-forces"))
            .SelectMany(c => c.Attributions.Select(a => $"{c.Id}|{quotes[a]}"))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Mali_engagements_carry_the_country_and_precision_codes()
    {
        using var dir = await Written(MaliArticle.Report);
        using var db = new DuckDb(dir.Path);

        var rows = db.Rows("SELECT id, country, year, country_name, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), acled_time_precision, ucdp_date_precision FROM engagements WHERE id IN ('kayes-attack', 'timbuktu-raid', 'earlier-assault') ORDER BY id");

        Assert.Equal(
            [
                "earlier-assault|ML|2025|Mali|2025-06-01|2025-06-30|3|4",
                "kayes-attack|ML|2025|Mali|2025-07-01|2025-07-01|1|1",
                "timbuktu-raid|ML|2025|Mali|2025-06-01|2025-06-30|3|4",
            ],
            rows);
    }

    [Fact]
    public async Task An_engagement_without_time_or_place_goes_to_the_default_partition_read_as_null()
    {
        var report = AnalystReport.Build();
        report = report.WithEngagements([.. report.Engagements, new Engagement(new EngagementId("somewhere-sometime"), EventType.Riots)]);
        using var dir = await Written(report);
        using var db = new DuckDb(dir.Path);

        Assert.True(Directory.Exists(Path.Combine(dir.Path, "engagements", "country=__HIVE_DEFAULT_PARTITION__", "year=__HIVE_DEFAULT_PARTITION__")));
        Assert.Equal(["somewhere-sometime|null|null"], db.Rows("SELECT id, country, year FROM engagements WHERE country IS NULL"));
        Assert.Equal(report, await ConflictParquet.ReadAsync(dir.Path));
    }

    [Fact]
    public async Task Partition_pruning_skips_the_files_of_other_countries()
    {
        using var dir = await Written(AnalystReport.Build());

        // Not a Parquet file: an engine that opened it would fail, so a query that succeeds did not.
        var trap = Path.Combine(dir.Path, "engagements", "country=ZZ", "year=1999");
        Directory.CreateDirectory(trap);
        await File.WriteAllTextAsync(Path.Combine(trap, "part-trap.parquet"), "not parquet");
        using var db = new DuckDb(dir.Path);

        Assert.Equal(["1"], db.Rows("SELECT count(*) FROM engagements WHERE country = 'BF'"));
        Assert.Equal(["2"], db.Rows("SELECT count(*) FROM engagements WHERE country = 'ML' AND year = 2024"));
        Assert.ThrowsAny<Exception>(() => db.Rows("SELECT count(*) FROM engagements"));
    }

    [Fact]
    public async Task Engagements_are_partitioned_by_country_and_year_in_hive_directories()
    {
        using var dir = await Written(AnalystReport.Build());

        var partitions = Directory.EnumerateDirectories(Path.Combine(dir.Path, "engagements"), "year=*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(Path.Combine(dir.Path, "engagements"), d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["country=BF/year=2023", "country=ML/year=2024"], partitions);
    }

    [Fact]
    public async Task The_schema_DuckDB_sees_is_the_one_documented()
    {
        using var dir = await Written(MaliArticle.Report.WithDatasetFields([new DatasetField("acled", "notes", "Kayes region.")]));
        using var db = new DuckDb(dir.Path);
        var documented = DocumentedColumns();
        Assert.Equal(12, documented.Select(c => c.Table).Distinct().Count());

        foreach (var table in documented.Select(c => c.Table).Distinct())
        {
            var seen = db.Rows($"SELECT column_name, column_type FROM (DESCRIBE {table})");
            var expected = documented.Where(c => c.Table == table).Select(c => $"{c.Column}|{c.Type}").ToList();
            Assert.True(expected.SequenceEqual(seen), $"Table {table}: documented\n{string.Join("\n", expected)}\nDuckDB sees\n{string.Join("\n", seen)}");
        }
    }

    [Fact]
    public async Task The_file_metadata_names_the_schema_version_table_and_batch()
    {
        using var dir = await Written(AnalystReport.Build());
        using var db = new DuckDb(dir.Path);

        var rows = db.Rows($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{dir.Path}/claims/*.parquet') ORDER BY 1");

        Assert.Contains($"{ConflictParquet.SchemaVersionKey}|1", rows);
        Assert.Contains($"{ConflictParquet.TableKey}|claims", rows);
        Assert.Contains($"{ConflictParquet.BatchKey}|b1", rows);
    }

    private static async Task<TempDirectory> Written(ConflictReport report)
    {
        var dir = new TempDirectory();
        await ConflictParquet.WriteAsync(report, dir.Path, new ConflictParquetOptions { BatchId = "b1" }, default);
        return dir;
    }

    // The column tables of docs/parquet.md: a "### `table`" heading, then rows "| `column` | TYPE | ... |".
    private static (string Table, string Column, string Type)[] DocumentedColumns()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "parquet.md"));
        var columns = new System.Collections.Generic.List<(string, string, string)>();
        string? table = null;
        foreach (var line in lines)
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                table = heading.Groups[1].Value;
            }
            else if (table is not null && Row().Match(line) is { Success: true } row)
            {
                columns.Add((table, row.Groups[1].Value, row.Groups[2].Value));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                table = null;
            }
        }

        return [.. columns];
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No ConflictModel.sln above the test's directory.");
    }

    [GeneratedRegex(@"^### `([a-z_]+)`")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `([a-z_0-9]+)` \| ([A-Z]+) \|")]
    private static partial Regex Row();
}
