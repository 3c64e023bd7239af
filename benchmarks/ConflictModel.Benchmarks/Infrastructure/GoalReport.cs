using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// Computes the ratios the library's speed goals are stated in (docs/benchmarks.md) from one run's
/// results, and writes them as a markdown table to <c>BenchmarkDotNet.Artifacts/results/goals.md</c>
/// and the console. A ratio whose benchmarks did not run is left out.
/// </summary>
public static class GoalReport
{
    private static readonly int[] Sizes = [1_000, 10_000, 100_000];

    /// <summary>Writes the goal table for the summaries of one run.</summary>
    /// <param name="summaries">The summaries the switcher returned.</param>
    public static void Write(IReadOnlyList<Summary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var results = new Results(summaries);
        var rows = new List<string>();

        // Throughput ratios are times inverted: the other benchmark's time over the model's, on the same bytes.
        foreach (var (label, type, size) in Reports())
        {
            if (results.Mean(type, nameof(JsonBenchmarks.PeerDeserialize), size) is { } peer && results.Mean(type, nameof(JsonBenchmarks.Deserialize), size) is { } read)
            {
                rows.Add(Row($"Read throughput ÷ DTO peer's, {label}", "≥ 1.0", peer / read, r => r >= 1.0));
            }
        }

        foreach (var (label, type, size) in Reports())
        {
            if (results.Mean(type, nameof(JsonBenchmarks.ScanTokens), size) is { } scan && results.Mean(type, nameof(JsonBenchmarks.Deserialize), size) is { } read)
            {
                rows.Add(Row($"Read throughput ÷ token scan, {label}", "≥ 0.30", scan / read, r => r >= 0.30));
            }
        }

        foreach (var (label, type, size) in Reports())
        {
            // Like for like: the peer writes the classes it read, so the goal compares the model's
            // writer on the report it read from the same bytes. Objects built in code lie in memory
            // in the order they were built, which a section-by-section writer walks across; that
            // costs any writer (docs/benchmarks.md, "Why: writing") and is reported beside it.
            if (results.Mean(type, nameof(JsonBenchmarks.PeerSerialize), size) is { } peer && results.Mean(type, nameof(JsonBenchmarks.SerializeRead), size) is { } write)
            {
                rows.Add(Row($"Write throughput ÷ DTO peer's, both as read from the JSON, {label}", "≥ 1.0", peer / write, r => r >= 1.0));
            }

            if (results.Mean(type, nameof(JsonBenchmarks.PeerSerialize), size) is { } peerBuilt && results.Mean(type, nameof(JsonBenchmarks.Serialize), size) is { } writeBuilt)
            {
                rows.Add($"| Write throughput ÷ DTO peer's, the model's report as built in code, {label} | reported (layout of the caller's objects) | {Format(peerBuilt / writeBuilt)} | — |");
            }
        }

        foreach (var (label, type, size) in Reports())
        {
            if (results.Mean(type, nameof(JsonBenchmarks.PeerCheckReferences), size) is { } check && results.Mean(type, nameof(JsonBenchmarks.Validate), size) is { } validate)
            {
                rows.Add($"| Validation time ÷ DTO peer's reference check by hand, {label} | reported (the peer checks ids and references only) | {Format(validate / check)} | — |");
            }
        }

        foreach (var (label, type, size) in Reports())
        {
            if (results.Mean(type, nameof(JsonBenchmarks.Validate), size) is { } validate && results.Mean(type, nameof(JsonBenchmarks.Deserialize), size) is { } read)
            {
                rows.Add(Row($"Validation time ÷ read time, {label}", "≤ 0.3", validate / read, r => r <= 0.3));
            }
        }

        foreach (var (label, type, size) in Reports())
        {
            if (results.Mean(type, nameof(JsonBenchmarks.ValidateBuilt), size) is { } validate && results.Mean(type, nameof(JsonBenchmarks.Deserialize), size) is { } read)
            {
                rows.Add($"| Validation time of the report as built in code ÷ read time, {label} | reported (same rules, other memory layout) | {Format(validate / read)} | — |");
            }
        }

        foreach (var (method, what, isGoal) in new[] { (nameof(JsonBenchmarks.Deserialize), "read", true), (nameof(JsonBenchmarks.Validate), "validate", true), (nameof(JsonBenchmarks.Serialize), "write", false) })
        {
            if (results.Mean(nameof(ReportBenchmarks), method, 100_000) is { } large && results.Mean(nameof(ReportBenchmarks), method, 10_000) is { } small)
            {
                var ratio = large / small;
                rows.Add(isGoal
                    ? Row($"Time 100k ÷ 10k engagements, {what}", "8 to 12", ratio, r => r is >= 8 and <= 12)
                    : $"| Time 100k ÷ 10k engagements, {what} | reported (linear would be 10) | {Format(ratio)} | — |");
            }
        }

        foreach (var (label, type, size) in Reports())
        {
            if (results.AllocatedPerInputByte(type, nameof(JsonBenchmarks.Deserialize), size) is { } model)
            {
                var document = results.AllocatedPerInputByte(type, nameof(JsonBenchmarks.ParseDocument), size);
                var acled = results.AllocatedPerInputByte(type, nameof(ReportBenchmarks.DeserializeAcledRows), size);
                var peer = results.AllocatedPerInputByte(type, nameof(JsonBenchmarks.PeerDeserialize), size);
                var context = string.Join(
                    "; ",
                    new[] { peer is { } p ? $"DTO peer {Format(p)}" : null, document is { } d ? $"JsonDocument {Format(d)}" : null, acled is { } a ? $"ACLED rows {Format(a)}" : null }.Where(x => x is not null));
                rows.Add($"| Allocated bytes ÷ input bytes when reading, {label} | reported{(context.Length > 0 ? $" ({context})" : string.Empty)} | {Format(model)} | — |");
            }
        }

        foreach (var size in Sizes)
        {
            if (results.Throughput(nameof(ReportBenchmarks), nameof(ReportBenchmarks.DeserializeAcledRows), size) is { } acled
                && results.Throughput(nameof(ReportBenchmarks), nameof(JsonBenchmarks.ScanTokens), size) is { } scan)
            {
                rows.Add($"| System.Text.Json reading ACLED rows: MiB/s ÷ token scan MiB/s, {Label(size)} | reported (what System.Text.Json allows for a flat type) | {Format(acled / scan)} | — |");
            }
        }

        if (results.Mean(nameof(JsonLinesBenchmarks), nameof(JsonLinesBenchmarks.ScanLines), null) is { } lineScan
            && results.Mean(nameof(JsonLinesBenchmarks), nameof(JsonLinesBenchmarks.ReadLines), null) is { } lineRead)
        {
            rows.Add(Row("Read throughput ÷ line scan, NDJSON of 1M engagements", "≥ 0.35", lineScan / lineRead, r => r >= 0.35));
        }

        foreach (var method in new[] { nameof(JsonLinesBenchmarks.ReadLines), nameof(JsonLinesBenchmarks.WriteLines) })
        {
            var key = Measurements.Key(typeof(JsonLinesBenchmarks), string.Empty, method + ".peak");
            if (Measurements.Read(key) is { } peak)
            {
                var megabytes = peak / 1_000_000.0;
                rows.Add(Row($"Peak working set, NDJSON {(method == nameof(JsonLinesBenchmarks.ReadLines) ? "read" : "write")} of 1M engagements, MB", "< 200", megabytes, m => m < 200));
            }
        }

        AddMappings(results, rows);

        if (rows.Count == 0)
        {
            return;
        }

        var text = new StringBuilder()
            .AppendLine("| Measure | Goal | Measured | Met? |")
            .AppendLine("|---|---|---:|---|")
            .AppendJoin(Environment.NewLine, rows)
            .AppendLine()
            .ToString();
        var directory = summaries[0].ResultsDirectoryPath;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "goals.md");
        File.WriteAllText(path, text);
        Console.WriteLine();
        Console.WriteLine("// * Goals (" + path + ") *");
        Console.WriteLine(text);
    }

    /// <summary>
    /// The interop and dataset goals of issues 10, 14, 15 and 17, and the exports' costs, each a throughput
    /// ratio against the baseline of its own class in the same run.
    /// </summary>
    private static void AddMappings(Results results, List<string> rows)
    {
        // (class, size parameter, sizes, benchmark, baseline, what, goal); a null goal is reported only.
        var acled = nameof(Acled.AcledMappingBenchmarks);
        var ucdp = nameof(Ucdp.UcdpGedMappingBenchmarks);
        var parquet = nameof(Parquet.ParquetBenchmarks);
        var rowSizes = new[] { 100_000, 1_000_000 };
        var ratios = new (string Type, string Parameter, int[] Sizes, string Method, string Baseline, string What, double? AtLeast)[]
        {
            (acled, "Rows", rowSizes, nameof(Acled.AcledMappingBenchmarks.Import), nameof(Acled.AcledMappingBenchmarks.CsvHelperRead), "ACLED import (one report) throughput ÷ CsvHelper's raw read", 0.25),
            (acled, "Rows", rowSizes, nameof(Acled.AcledMappingBenchmarks.ImportToJsonLines), nameof(Acled.AcledMappingBenchmarks.CsvHelperRead), "ACLED import to JSON Lines throughput ÷ CsvHelper's raw read", 0.25),
            (acled, "Rows", rowSizes, nameof(Acled.AcledMappingBenchmarks.Export), nameof(Acled.AcledMappingBenchmarks.CsvHelperWrite), "ACLED export throughput ÷ CsvHelper's raw write", 0.5),
            (ucdp, "Rows", rowSizes, nameof(Ucdp.UcdpGedMappingBenchmarks.Import), nameof(Ucdp.UcdpGedMappingBenchmarks.CsvHelperRead), "UCDP GED import (one report) throughput ÷ CsvHelper's raw read", 0.25),
            (ucdp, "Rows", rowSizes, nameof(Ucdp.UcdpGedMappingBenchmarks.ImportEvents), nameof(Ucdp.UcdpGedMappingBenchmarks.CsvHelperRead), "UCDP GED import (a report a row) throughput ÷ CsvHelper's raw read", 0.25),
            (ucdp, "Rows", rowSizes, nameof(Ucdp.UcdpGedMappingBenchmarks.Export), nameof(Ucdp.UcdpGedMappingBenchmarks.CsvHelperWrite), "UCDP GED export throughput ÷ CsvHelper's raw write", 0.5),
            (parquet, "Engagements", rowSizes, nameof(Parquet.ParquetBenchmarks.WriteFromLines), nameof(Parquet.ParquetBenchmarks.ParquetNetWriteArrays), "Parquet dataset write from JSON Lines throughput ÷ Parquet.Net writing the arrays", 0.5),
            (parquet, "Engagements", rowSizes, nameof(Parquet.ParquetBenchmarks.ReadReport), nameof(Parquet.ParquetBenchmarks.ParquetNetReadArrays), "Parquet dataset read to a report throughput ÷ Parquet.Net reading the columns", 0.5),
            (parquet, "Engagements", rowSizes, nameof(Parquet.ParquetBenchmarks.ParquetSharpWriteArrays), nameof(Parquet.ParquetBenchmarks.ParquetNetWriteArrays), "ParquetSharp write throughput ÷ Parquet.Net's (the library choice)", null),
            (parquet, "Engagements", rowSizes, nameof(Parquet.ParquetBenchmarks.ParquetSharpReadArrays), nameof(Parquet.ParquetBenchmarks.ParquetNetReadArrays), "ParquetSharp read throughput ÷ Parquet.Net's (the library choice)", null),
            (nameof(SlicingBenchmarks), "Engagements", [10_000, 1_000_000], nameof(SlicingBenchmarks.SplitByEngagement), nameof(SlicingBenchmarks.Deserialize), "Splitting by engagement throughput ÷ reading the report", null),
            (nameof(Export.ExportBenchmarks), "Engagements", Sizes, nameof(Export.ExportBenchmarks.StixBundle), nameof(Export.ExportBenchmarks.ModelJson), "STIX 2.1 bundle write throughput ÷ the model's JSON", null),
            (nameof(Export.ExportBenchmarks), "Engagements", Sizes, nameof(Export.ExportBenchmarks.GeoJson), nameof(Export.ExportBenchmarks.ModelJson), "GeoJSON write throughput ÷ the model's JSON", null),
        };

        foreach (var (type, parameter, sizes, method, baseline, what, atLeast) in ratios)
        {
            foreach (var size in sizes)
            {
                if (results.Mean(type, baseline, size, parameter) is not { } floor || results.Mean(type, method, size, parameter) is not { } time)
                {
                    continue;
                }

                var measure = $"{what}, {SizeLabel(size)} {(parameter == "Rows" ? "rows" : "engagements")}";
                rows.Add(atLeast is { } goal
                    ? Row(measure, string.Create(CultureInfo.InvariantCulture, $"≥ {goal}"), floor / time, r => r >= goal)
                    : $"| {measure} | reported | {Format(floor / time)} | — |");
            }
        }

        if (results.Mean(nameof(SlicingBenchmarks), nameof(SlicingBenchmarks.SplitByEngagement), 1_000_000) is { } largeSplit
            && results.Mean(nameof(SlicingBenchmarks), nameof(SlicingBenchmarks.SplitByEngagement), 10_000) is { } smallSplit)
        {
            rows.Add($"| Time 1M ÷ 10k engagements, splitting by engagement | reported (linear would be 100; quadratic 10,000) | {Format(largeSplit / smallSplit)} | — |");
        }
    }

    private static string SizeLabel(int size) => size >= 1_000_000
        ? string.Create(CultureInfo.InvariantCulture, $"{size / 1_000_000}M")
        : string.Create(CultureInfo.InvariantCulture, $"{size / 1000}k");

    private static IEnumerable<(string Label, string Type, int? Size)> Reports()
    {
        yield return ("Mali report", nameof(MaliBenchmarks), null);
        foreach (var size in Sizes)
        {
            yield return (Label(size), nameof(ReportBenchmarks), size);
        }
    }

    private static string Label(int size) => string.Create(CultureInfo.InvariantCulture, $"{size / 1000}k engagements");

    private static string Row(string measure, string goal, double value, Func<double, bool> met)
        => $"| {measure} | {goal} | {Format(value)} | {(met(value) ? "met" : "**missed**")} |";

    // Three decimals below 10, so that a ratio just under its goal (0.248 against 0.25) does not print as the goal.
    private static string Format(double value) => value.ToString(value >= 100 ? "0" : value >= 10 ? "0.0" : "0.000", CultureInfo.InvariantCulture);

    /// <summary>The measured values of one run, found by class, method and size.</summary>
    private sealed class Results(IReadOnlyList<Summary> summaries)
    {
        public double? Mean(string type, string method, int? size, string parameter = "Engagements") => Find(type, method, size, parameter) is { } found ? found.Report.ResultStatistics?.Mean : null;

        public double? AllocatedPerInputByte(string type, string method, int? size)
            => Find(type, method, size) is { } found && found.Report.GcStats.GetBytesAllocatedPerOperation(found.Report.BenchmarkCase) is { } allocated && MeasurementColumn.InputBytes(found.Report.BenchmarkCase) is { } input
                ? allocated / input
                : null;

        public double? Throughput(string type, string method, int? size)
            => Find(type, method, size) is { } found && found.Report.ResultStatistics?.Mean is { } mean && MeasurementColumn.InputBytes(found.Report.BenchmarkCase) is { } input
                ? input / mean
                : null;

        private (Summary Summary, BenchmarkReport Report)? Find(string type, string method, int? size, string parameter = "Engagements")
        {
            foreach (var summary in summaries)
            {
                foreach (var report in summary.Reports)
                {
                    var benchmarkCase = report.BenchmarkCase;
                    if (benchmarkCase.Descriptor.Type.Name == type
                        && benchmarkCase.Descriptor.WorkloadMethod.Name == method
                        && (size is null || Equals(benchmarkCase.Parameters[parameter], size))
                        && report.Success)
                    {
                        return (summary, report);
                    }
                }
            }

            return null;
        }
    }
}
