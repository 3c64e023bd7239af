using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using ConflictModel.Fixtures;
using ConflictModel.Benchmarks;
using ConflictModel.Tests.Serialization.Generators;
using CsCheck;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Parquet.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public async Task The_Mali_report_reads_back_equal()
    {
        using var dir = new TempDirectory();
        await ConflictParquet.WriteAsync(MaliArticle.Report, dir.Path);

        var back = await ConflictParquet.ReadAsync(dir.Path);

        Assert.Equal(MaliArticle.Report, back);
    }

    [Fact]
    public async Task The_analyst_report_reads_back_equal()
    {
        using var dir = new TempDirectory();
        var report = AnalystReport.Build();
        await ConflictParquet.WriteAsync(report, dir.Path);

        Assert.Equal(report, await ConflictParquet.ReadAsync(dir.Path));
    }

    [Fact]
    public void Generated_reports_read_back_equal()
    {
        // Reports whose ids are unique in each table: a dataset, like Merge, keeps one entity per id.
        ModelGenerators.Report.Where(UniqueIds).Sample(
            report =>
            {
                using var dir = new TempDirectory();
                ConflictParquet.WriteAsync(report, dir.Path).GetAwaiter().GetResult();
                return report.Equals(ConflictParquet.ReadAsync(dir.Path).GetAwaiter().GetResult());
            },
            iter: 40,
            threads: 1);
    }

    [Fact]
    public async Task Slices_written_as_a_stream_read_back_as_their_merge()
    {
        using var dir = new TempDirectory();
        var slices = MaliArticle.Report.SplitByEngagement().ToList();
        Assert.True(slices.Count > 1);

        await ConflictParquet.WriteAsync(slices, dir.Path);

        var back = await ConflictParquet.ReadAsync(dir.Path);
        Assert.Equal(ConflictReport.Merge(slices), back);
    }

    [Fact]
    public async Task Json_lines_written_from_their_bytes_read_back_as_their_merge()
    {
        using var dir = new TempDirectory();
        var slices = MaliArticle.Report.SplitByEngagement().Concat(SyntheticReports.Slices(30)).ToList();
        using var lines = new MemoryStream();
        await ConflictJsonLines.WriteAsync(lines, slices);
        lines.Position = 0;

        await ConflictParquet.WriteJsonLinesAsync(lines, dir.Path, new ConflictParquetOptions { RowGroupSize = 7 }, default);

        Assert.Equal(ConflictReport.Merge(slices), await ConflictParquet.ReadAsync(dir.Path));
    }

    [Fact]
    public async Task Json_lines_with_spaces_and_escapes_keep_each_entity_whatever_its_layout()
    {
        // The json cells are slices of the lines: spaced and escaped JSON must still read back equal.
        using var dir = new TempDirectory();
        var report = AnalystReport.Build();
        var indented = ConflictJson.Serialize(report, new ConflictJsonOptions { WriteIndented = true });
        var line = indented.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\"engagements\"", "\"\\u0065ngagements\"", StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        var json = new EntityJson();
        Assert.True(json.Scan(System.Text.Encoding.UTF8.GetBytes(line)));
        Assert.Equal(report.Engagements.Length, json.Count(EntityMember.Engagements));
        Assert.True(report.Engagements.Length > 0);
        using var lines = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("\n" + line + "\n"));

        await ConflictParquet.WriteJsonLinesAsync(lines, dir.Path);

        Assert.Equal(report, await ConflictParquet.ReadAsync(dir.Path));
    }

    [Fact]
    public async Task A_json_line_that_is_not_a_report_is_refused_by_its_line_number()
    {
        using var dir = new TempDirectory();
        var good = ConflictJson.Serialize(AnalystReport.Build());
        using var lines = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(good + "\n\n{\"schemaVersion\": 7}\n"));

        var error = await Assert.ThrowsAsync<ConflictParquetException>(() => ConflictParquet.WriteJsonLinesAsync(lines, dir.Path));

        Assert.StartsWith("Line 3 of the JSON Lines stream is not a valid report", error.Message, StringComparison.Ordinal);
        Assert.IsType<ConflictJsonException>(error.InnerException);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public async Task Json_lines_written_from_their_bytes_make_the_dataset_their_reports_make()
    {
        using var fromLines = new TempDirectory();
        using var fromReports = new TempDirectory();
        var slices = MaliArticle.Report.SplitByEngagement().Concat(SyntheticReports.Slices(40)).ToList();
        using var lines = new MemoryStream();
        await ConflictJsonLines.WriteAsync(lines, slices);
        lines.Position = 0;

        await ConflictParquet.WriteJsonLinesAsync(lines, fromLines.Path, new ConflictParquetOptions { BatchId = "b" });
        lines.Position = 0;
        await ConflictParquet.WriteAsync(ConflictJsonLines.ReadAsync(lines), fromReports.Path, new ConflictParquetOptions { BatchId = "b" });

        // The same files, the same rows; the json cells may differ only in layout, so read back as reports.
        var files = Directory.GetFiles(fromReports.Path, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fromReports.Path, f)).Order(StringComparer.Ordinal);
        Assert.Equal(files, Directory.GetFiles(fromLines.Path, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fromLines.Path, f)).Order(StringComparer.Ordinal));
        Assert.Equal(await ConflictParquet.ReadAsync(fromReports.Path), await ConflictParquet.ReadAsync(fromLines.Path));
    }

    [Fact]
    public async Task Json_lines_read_tolerantly_accept_an_unknown_member_that_strict_reading_refuses()
    {
        var good = ConflictJson.Serialize(AnalystReport.Build());
        var odd = good.Replace("\"engagements\":[{", "\"engagements\":[{\"note\":\"not in the model\",", StringComparison.Ordinal);
        Assert.NotEqual(good, odd);
        var text = System.Text.Encoding.UTF8.GetBytes(good + "\n" + odd + "\n");

        using var strict = new TempDirectory();
        var error = await Assert.ThrowsAsync<ConflictParquetException>(() => ConflictParquet.WriteJsonLinesAsync(new MemoryStream(text), strict.Path));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(ConflictJsonErrorKind.UnknownProperty, Assert.IsType<ConflictJsonException>(error.InnerException).Kind);

        using var tolerant = new TempDirectory();
        var options = new ConflictParquetOptions { JsonOptions = new ConflictJsonOptions { ReadMode = ConflictJsonReadMode.Tolerant } };
        await ConflictParquet.WriteJsonLinesAsync(new MemoryStream(text), tolerant.Path, options);

        // The unknown member is not in the dataset: the json cells are what the model read, so they read back strictly.
        Assert.Equal(AnalystReport.Build(), await ConflictParquet.ReadAsync(tolerant.Path));
        Assert.DoesNotContain("not in the model", string.Concat(Directory.GetFiles(tolerant.Path, "*.parquet", SearchOption.AllDirectories).Select(f => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f)))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_longer_than_the_options_allow_are_refused_by_their_line_number()
    {
        using var dir = new TempDirectory();
        var line = ConflictJson.Serialize(AnalystReport.Build());
        Assert.True(line.Length > 1024);
        var options = new ConflictParquetOptions { JsonOptions = new ConflictJsonOptions { MaxLineLength = 1024 } };

        var error = await Assert.ThrowsAsync<ConflictParquetException>(() => ConflictParquet.WriteJsonLinesAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("\n" + line + "\n")), dir.Path, options));

        Assert.Equal(2, error.LineNumber);
        Assert.Equal(ConflictJsonErrorKind.LineTooLong, Assert.IsType<ConflictJsonException>(error.InnerException).Kind);
    }

    [Fact]
    public void The_json_options_of_a_write_are_not_null()
    {
        Assert.Same(ConflictJsonOptions.Default, ConflictParquetOptions.Default.JsonOptions);
        Assert.Throws<ArgumentNullException>(() => new ConflictParquetOptions { JsonOptions = null! });
    }

    [Fact]
    public async Task Synthetic_slices_with_row_groups_of_three_read_back_as_their_merge()
    {
        using var dir = new TempDirectory();
        var options = new ConflictParquetOptions { RowGroupSize = 3 };
        await ConflictParquet.WriteAsync(SyntheticReports.Slices(40), dir.Path, options, default);

        var back = await ConflictParquet.ReadAsync(dir.Path);

        Assert.Equal(SyntheticReports.Create(40), back);
        var file = Directory.EnumerateFiles(Path.Combine(dir.Path, "engagements"), "*.parquet", SearchOption.AllDirectories).Single();
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(14, reader.RowGroupCount); // 40 rows, 3 a group: 13 full groups and one of 1.
    }

    [Fact]
    public async Task A_small_memory_budget_writes_row_groups_early_and_still_reads_back_equal()
    {
        using var dir = new TempDirectory();
        var options = new ConflictParquetOptions { MaxBufferedBytes = 64 * 1024 };
        await ConflictParquet.WriteAsync(SyntheticReports.Slices(300), dir.Path, options, default);

        Assert.Equal(SyntheticReports.Create(300), await ConflictParquet.ReadAsync(dir.Path));

        // 300 sources' texts are far more than 64 KB: their table cannot be one row group.
        var file = Directory.EnumerateFiles(Path.Combine(dir.Path, "sources"), "*.parquet").Single();
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.True(reader.RowGroupCount > 1, $"{reader.RowGroupCount} row group(s)");
    }

    [Fact]
    public async Task Appending_a_batch_adds_files_and_leaves_the_old_ones_byte_for_byte()
    {
        using var dir = new TempDirectory();
        var first = AnalystReport.Build();
        var second = MaliArticle.Report;
        await ConflictParquet.WriteAsync(first, dir.Path, new ConflictParquetOptions { BatchId = "batch-1" }, default);
        var before = Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => SHA256.HashData(File.ReadAllBytes(f)));

        await ConflictParquet.WriteAsync(second, dir.Path, new ConflictParquetOptions { BatchId = "batch-2" }, default);

        foreach (var (file, hash) in before)
        {
            Assert.Equal(hash, SHA256.HashData(File.ReadAllBytes(file)));
        }

        var added = Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories).Except(before.Keys).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, file => Assert.EndsWith("part-batch-2.parquet", file, StringComparison.Ordinal));
        Assert.Equal(ConflictReport.Merge([first, second]), await ConflictParquet.ReadAsync(dir.Path));
    }

    [Fact]
    public async Task A_batch_id_already_in_the_dataset_is_refused()
    {
        using var dir = new TempDirectory();
        var options = new ConflictParquetOptions { BatchId = "once" };
        await ConflictParquet.WriteAsync(AnalystReport.Build(), dir.Path, options, default);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ConflictParquet.WriteAsync(AnalystReport.Build(), dir.Path, options, default));

        Assert.Contains("'once'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batches_that_change_an_entity_are_refused_on_reading_naming_the_dataset_and_its_batches()
    {
        using var dir = new TempDirectory();
        var report = AnalystReport.Build();
        var engagement = report.Engagements[0];
        var changed = report.WithEngagements([engagement.WithSummary("Told otherwise."), .. report.Engagements.Skip(1)]);
        await ConflictParquet.WriteAsync(report, dir.Path, new ConflictParquetOptions { BatchId = "first" }, default);
        await ConflictParquet.WriteAsync(changed, dir.Path, new ConflictParquetOptions { BatchId = "second" }, default);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ConflictParquet.ReadAsync(dir.Path));

        Assert.Equal("directory", error.ParamName);
        Assert.StartsWith($"The batches of the dataset '{dir.Path}' (first, second) do not make one report: ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{engagement.Id.Value}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_batch_ids_sort_in_the_order_they_are_made()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => { System.Threading.Thread.Sleep(2); return ConflictParquet.NewBatchId(); }).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("x y")]
    public void A_batch_id_that_is_not_a_safe_file_name_is_refused(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new ConflictParquetOptions { BatchId = id });

        Assert.Equal("BatchId", error.ParamName);
    }

    [Fact]
    public void Row_group_limits_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictParquetOptions { RowGroupSize = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictParquetOptions { MaxRowGroupBytes = 1000 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictParquetOptions { MaxBufferedBytes = 1000 });
    }

    [Theory]
    [InlineData("two", "do not each hold one entity")]
    [InlineData("other table", "do not each hold one entity")]
    [InlineData("broken", "does not hold a valid entity")]
    public async Task A_json_cell_that_is_not_one_entity_of_its_table_is_refused_by_table(string cell, string expected)
    {
        // The reader joins the cells' bytes into one document: a cell must not add entities, or another table's.
        using var dir = new TempDirectory();
        var report = AnalystReport.Build();
        using var document = System.Text.Json.JsonDocument.Parse(ConflictJson.Serialize(report));
        var actor = document.RootElement.GetProperty("actors")[0].GetRawText();
        var source = document.RootElement.GetProperty("sources")[0].GetRawText();
        var json = cell switch
        {
            "two" => actor + "," + actor.Replace(report.Actors[0].Id.Value, "another-actor", StringComparison.Ordinal),
            "other table" => actor + "],\"sources\":[" + source,
            _ => actor[..^1],
        };
        var file = Path.Combine(dir.Path, "actors", "part-x.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var batch = new DataField<string>("batch");
        var ordinal = new DataField<long>("ordinal");
        var cells = new DataField<string>("json", false);
        await using (var stream = File.Create(file))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(batch, ordinal, cells), stream);
            writer.CustomMetadata = new System.Collections.Generic.Dictionary<string, string> { [ConflictParquet.SchemaVersionKey] = "1" };
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(batch, ["x"], null);
            await group.WriteAsync<long>(ordinal, new long[] { 0 }, null);
            await group.WriteAsync(cells, [json], null);
        }

        var error = await Assert.ThrowsAsync<ConflictParquetException>(() => ConflictParquet.ReadAsync(dir.Path));

        Assert.Contains("table 'actors'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_the_schema_version_is_refused_by_name()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "engagements", "country=ML", "year=2024", "stray.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var field = new DataField<string>("json");
        await using (var stream = File.Create(file))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(field, ["{}"], null);
        }

        var error = await Assert.ThrowsAsync<ConflictParquetException>(() => ConflictParquet.ReadAsync(dir.Path));

        Assert.Equal(file, error.Path);
        Assert.Contains(ConflictParquet.SchemaVersionKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_directory_is_refused_by_name()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dataset-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<ConflictParquetException>(() => ConflictParquet.ReadAsync(path));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public async Task A_null_report_in_the_stream_is_refused()
    {
        using var dir = new TempDirectory();

        await Assert.ThrowsAsync<ArgumentException>(() => ConflictParquet.WriteAsync(new ConflictReport[] { AnalystReport.Build(), null! }, dir.Path));
    }

    private static bool UniqueIds(ConflictReport r)
        => r.Sources.Select(x => x.Id).Distinct().Count() == r.Sources.Length
            && r.Actors.Select(x => x.Id).Distinct().Count() == r.Actors.Length
            && r.Locations.Select(x => x.Id).Distinct().Count() == r.Locations.Length
            && r.Engagements.Select(x => x.Id).Distinct().Count() == r.Engagements.Length
            && r.Claims.Select(x => x.Id).Distinct().Count() == r.Claims.Length
            && r.Attributions.Select(x => x.Id).Distinct().Count() == r.Attributions.Length
            && r.Mentions.Select(x => x.Id).Distinct().Count() == r.Mentions.Length;
}
