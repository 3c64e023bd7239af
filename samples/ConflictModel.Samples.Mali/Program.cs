using System;
using System.IO;
using System.Text;
using ConflictModel.Fixtures;

namespace ConflictModel.Samples.Mali;

/// <summary>
/// The library's main job on the bundled Mali fixture: load the report, summarise it, and (once
/// ConflictModel's JSON serialization is part of the build) write its canonical JSON to a file.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project samples/ConflictModel.Samples.Mali [output.json]</c>.
/// Exit codes: 0 done, 2 bad arguments or a step this build cannot do yet.
/// </remarks>
public static class Program
{
    /// <summary>The exit code for success.</summary>
    public const int Success = 0;

    /// <summary>The exit code when the report does not validate.</summary>
    public const int InvalidReport = 1;

    /// <summary>The exit code for bad arguments, or for a step this build cannot do.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the sample on the console.</summary>
    /// <param name="args">At most one argument: the path of the JSON file to write.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the sample, writing to the given writers.</summary>
    /// <param name="args">At most one argument: the path of the JSON file to write.</param>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (args.Length > 1 || (args.Length == 1 && string.IsNullOrWhiteSpace(args[0])))
        {
            error.WriteLine("Usage: ConflictModel.Samples.Mali [output.json]  (at most one argument: the path of the JSON file to write)");
            return UsageError;
        }

        if (args.Length == 1)
        {
            // Refuse rather than pretend: the canonical JSON needs the serializer, which is not in this build yet.
            error.WriteLine($"Cannot write '{args[0]}': ConflictModel's JSON serialization is not part of this build yet, so the canonical JSON cannot be written. Run without an argument for the summary.");
            return UsageError;
        }

        var report = MaliArticle.Report;
        output.WriteLine("ConflictModel: the Mali fixture");
        output.WriteLine($"{report}");
        var validation = report.Validate();
        output.WriteLine(validation.Issues.IsEmpty
            ? "Validation: valid, no issues (every reference resolves, every quote and mention matches the article's text)"
            : $"Validation: {(validation.IsValid ? "valid" : "INVALID")}, {validation.Issues.Length} issue(s)");
        foreach (var issue in validation.Issues)
        {
            output.WriteLine($"  {issue}");
        }

        output.WriteLine();
        ReportSummary.Write(report, output);
        return validation.IsValid ? Success : InvalidReport;
    }
}
