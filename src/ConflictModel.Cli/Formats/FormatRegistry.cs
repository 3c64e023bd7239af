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

    /// <summary>Gets every format, in the order help lists them.</summary>
    public static ImmutableArray<ReportFormat> All { get; } = [Json, JsonLines, Acled];

    /// <summary>Gets the names of every format, for help and for errors.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>Finds a format by name, ignoring case.</summary>
    public static ReportFormat? ByName(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the format a file extension (".json") selects.</summary>
    public static ReportFormat? ByExtension(string extension) => All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
}
