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

    /// <summary>Gets the STIX 2.1 bundle format.</summary>
    public static ReportFormat Stix { get; } = new StixFormat();

    /// <summary>Gets the GeoJSON format (written only).</summary>
    public static ReportFormat GeoJson { get; } = new GeoJsonFormat();

    /// <summary>Gets every format, in the order help lists them.</summary>
    public static ImmutableArray<ReportFormat> All { get; } = [Json, JsonLines, Acled, Ucdp, Stix, GeoJson, Parquet];

    /// <summary>Gets the names of every format, for help and for errors.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>Finds a format by name, ignoring case.</summary>
    public static ReportFormat? ByName(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Finds the format a file's name selects by its ending, the longest extension first, so that
    /// <c>mali.stix.json</c> is STIX and <c>mali.json</c> ConflictModel JSON; null for a standard stream or an unknown ending.
    /// </summary>
    public static ReportFormat? ByFileName(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var name = System.IO.Path.GetFileName(path);
        return All
            .SelectMany(f => f.Extensions.Select(e => (Format: f, Extension: e)))
            .Where(p => name.Length > p.Extension.Length && name.EndsWith(p.Extension, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => p.Extension.Length)
            .Select(p => p.Format)
            .FirstOrDefault();
    }
}
