using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Fixtures;
using ConflictModel.Parquet;

namespace ConflictModel.Cli.Tests;

public sealed class ParquetConvertTests : System.IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Convert_JsonToParquet_WritesADatasetTheLibraryReadsBackEqual()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", "dataset", "--to", "parquet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("convert: json -> parquet: nothing lost\n", result.StandardError);
        Assert.Equal(MaliArticle.Report, await ConflictParquet.ReadAsync(_cli.PathOf("dataset")));
    }

    [Fact]
    public void Convert_ABadInputToANewDataset_LeavesNoDirectory_ButAnExistingOneStays()
    {
        // The second line is not a report: the write fails before any table is written.
        var line = MaliArticle.Report.SplitByEngagementInOrder().First();
        _cli.Write("lines.jsonl", ConflictJson.Serialize(line, new ConflictJsonOptions { WriteIndented = false }) + "\n{\"schemaVersion\": 7}\n");
        Directory.CreateDirectory(_cli.PathOf("existing"));

        var fresh = _cli.Run("convert", "lines.jsonl", "fresh", "--to", "parquet");
        var existing = _cli.Run("convert", "lines.jsonl", "existing", "--to", "parquet");

        Assert.Equal(1, fresh.ExitCode);
        Assert.False(Directory.Exists(_cli.PathOf("fresh")));
        Assert.Equal(1, existing.ExitCode);
        Assert.True(Directory.Exists(_cli.PathOf("existing")));
    }

    [Fact]
    public void Convert_ADatasetWhoseBatchesDisagree_IsAnErrorNamingIt()
    {
        var report = MaliArticle.Report;
        var changed = report.WithEngagements([report.Engagements[0].WithSummary("Told otherwise."), .. report.Engagements.Skip(1)]);
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        _cli.Write("changed.json", ConflictJson.Serialize(changed));
        Assert.Equal(0, _cli.Run("convert", "mali.json", "dataset", "--to", "parquet").ExitCode);
        Assert.Equal(0, _cli.Run("convert", "changed.json", "dataset").ExitCode);

        var result = _cli.Run("convert", "dataset", "back.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"conflictmodel: The batches of the dataset '{_cli.PathOf("dataset")}' (", result.StandardError, System.StringComparison.Ordinal);
        Assert.Contains($"two different engagements with the id '{report.Engagements[0].Id.Value}'. A batch adds entities; it cannot change one that an earlier batch holds.", result.StandardError, System.StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("back.json")));
    }

    [Fact]
    public void Convert_ParquetToJson_GivesTheReportBack_ByFlagOrByDirectory()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        Assert.Equal(0, _cli.Run("convert", "mali.json", "dataset", "--to", "parquet").ExitCode);

        var flagged = _cli.Run("convert", "dataset", "back.json", "--from", "parquet");
        var sniffed = _cli.Run("convert", "dataset", "again.json");

        Assert.Equal(0, flagged.ExitCode);
        Assert.Equal("convert: parquet -> json: nothing lost\n", flagged.StandardError);
        Assert.Equal(MaliArticle.Report, ConflictJson.Deserialize(File.ReadAllText(_cli.PathOf("back.json"))));
        Assert.Equal(0, sniffed.ExitCode);
        Assert.Equal(File.ReadAllBytes(_cli.PathOf("back.json")), File.ReadAllBytes(_cli.PathOf("again.json")));
    }

    [Fact]
    public async Task Convert_JsonLinesIntoAnExistingDataset_AddsABatch()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        Assert.Equal(0, _cli.Run("convert", "mali.json", "mali.jsonl").ExitCode);
        Assert.Equal(0, _cli.Run("convert", "mali.jsonl", "dataset", "--to", "parquet").ExitCode);
        var before = Directory.GetFiles(_cli.PathOf("dataset"), "*.parquet", SearchOption.AllDirectories);

        var second = _cli.Run("convert", "mali.jsonl", "dataset");

        Assert.Equal(0, second.ExitCode);
        var after = Directory.GetFiles(_cli.PathOf("dataset"), "*.parquet", SearchOption.AllDirectories);
        Assert.Equal(before.Length * 2, after.Length);
        Assert.Equal(ConflictReport.Merge(MaliArticle.Report.SplitByEngagementInOrder()), await ConflictParquet.ReadAsync(_cli.PathOf("dataset")));
    }

    [Fact]
    public async Task Convert_JsonLinesToParquet_WritesTheDatasetTheLinesReportsMake()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        Assert.Equal(0, _cli.Run("convert", "mali.json", "mali.jsonl").ExitCode);

        var result = _cli.Run("convert", "mali.jsonl", "dataset", "--to", "parquet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("convert: jsonl -> parquet: nothing lost\n", result.StandardError);
        using var fromReports = new TempPath();
        await using (var lines = File.OpenRead(_cli.PathOf("mali.jsonl")))
        {
            await ConflictParquet.WriteAsync(ConflictJsonLines.ReadAsync(lines), fromReports.Path);
        }

        Assert.Equal(await ConflictParquet.ReadAsync(fromReports.Path), await ConflictParquet.ReadAsync(_cli.PathOf("dataset")));
    }

    [Fact]
    public void Convert_JsonLinesToParquet_NamesTheBadLine_AsConvertingToJsonDoes()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        Assert.Equal(0, _cli.Run("convert", "mali.json", "mali.jsonl").ExitCode);
        var lines = File.ReadAllLines(_cli.PathOf("mali.jsonl"));
        Assert.True(lines.Length >= 2);
        lines[1] = lines[1].Replace("\"engagements\":[{", "\"engagements\":[{\"note\":1,", System.StringComparison.Ordinal);
        _cli.Write("bad.jsonl", string.Join("\n", lines) + "\n");

        var toJson = _cli.Run("convert", "bad.jsonl", "out.json");
        var toParquet = _cli.Run("convert", "bad.jsonl", "dataset", "--to", "parquet");

        Assert.Equal(1, toParquet.ExitCode);
        Assert.StartsWith("bad.jsonl:2: error UnknownProperty:", toParquet.StandardError, System.StringComparison.Ordinal);
        Assert.Equal(toJson.ExitCode, toParquet.ExitCode);
        Assert.Equal(toJson.StandardError, toParquet.StandardError);
    }

    [Fact]
    public void Convert_ToParquetOnStandardOutput_IsAUsageError()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", "-", "--to", "parquet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("directory", result.StandardError, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_FromADirectoryThatIsNotADataset_NamesTheFile()
    {
        Directory.CreateDirectory(_cli.PathOf(Path.Combine("junk", "claims")));
        _cli.Write(Path.Combine("junk", "claims", "part-x.parquet"), "not parquet");

        var result = _cli.Run("convert", "junk", "out.json", "--from", "parquet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("part-x.parquet", result.StandardError, System.StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("out.json")));
    }

    [Fact]
    public void Validate_DoesNotOfferParquet()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("validate", "mali.json", "--format", "parquet");

        Assert.NotEqual(0, result.ExitCode);
    }
}

/// <summary>A directory under the temporary directory, deleted with what it holds.</summary>
internal sealed class TempPath : System.IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cm-" + System.Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
