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
