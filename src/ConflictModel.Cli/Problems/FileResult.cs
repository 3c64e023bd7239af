using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Cli.Problems;

/// <summary>What validating one input found.</summary>
internal sealed class FileResult(string name, string? uri)
{
    /// <summary>Gets the name as given on the command line, or <c>&lt;stdin&gt;</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the file's URI reference for SARIF: the path as given, with forward slashes and escaped; "-" for standard input.</summary>
    public string? Uri { get; } = uri;

    /// <summary>Gets or sets the format the input was read as (json, jsonl), or null when it could not be opened.</summary>
    public string? Format { get; set; }

    /// <summary>Gets or sets why the input could not be read at all (it does not exist, cannot be opened), or null.</summary>
    public string? Unreadable { get; set; }

    /// <summary>Gets or sets how many documents (lines of JSON Lines) were read.</summary>
    public long Documents { get; set; }

    /// <summary>Gets the problems, in the order found.</summary>
    public List<Problem> Problems { get; } = [];

    /// <summary>Gets the number of problems of a severity.</summary>
    public int Count(ValidationSeverity severity) => Problems.Count(p => p.Severity == severity);

    /// <summary>Whether this file fails: it has an error, or a warning when warnings count as errors.</summary>
    public bool Fails(bool warningsAsErrors)
        => Unreadable is null && Problems.Any(p => p.Severity == ValidationSeverity.Error || (warningsAsErrors && p.Severity == ValidationSeverity.Warning));
}
