using System;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Cli.Formats;

/// <summary>The formats the tool knows, looked up by name or by file extension.</summary>
internal static class FormatRegistry
{
    /// <summary>Gets the JSON format.</summary>
    public static ReportFormat Json { get; } = new JsonFormat();

    /// <summary>Gets the JSON Lines format.</summary>
    public static ReportFormat JsonLines { get; } = new JsonLinesFormat();

    /// <summary>Gets ACLED's event CSV.</summary>
    public static ReportFormat Acled { get; } = new AcledFormat();

    /// <summary>Gets the Parquet dataset format (a directory).</summary>
    public static ReportFormat Parquet { get; } = new ParquetFormat();

    /// <summary>Gets the UCDP GED CSV format.</summary>
    public static ReportFormat Ucdp { get; } = new UcdpGedFormat();

    /// <summary>Gets every format, in the order help lists them.</summary>
    public static ImmutableArray<ReportFormat> All { get; } = [Json, JsonLines, Acled, Ucdp, Parquet];

    /// <summary>Gets the formats that are one file or stream (what <c>validate</c> reads).</summary>
    public static ImmutableArray<ReportFormat> Streams { get; } = [.. All.Where(f => !f.IsDirectory)];

    /// <summary>Gets the names of every format, for help and for errors.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>Finds a format by name, ignoring case.</summary>
    public static ReportFormat? ByName(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the format a file extension (".json") selects.</summary>
    public static ReportFormat? ByExtension(string extension) => All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
}
