using System;
using System.IO;
using System.Text;
using ConflictModel.Cli;
using ConflictModel.Fixtures;

namespace ConflictModel.Samples.Mali;

/// <summary>
/// The library's main job on the bundled Mali fixture: load the report, validate it, summarise it,
/// and write its canonical JSON to a file it names.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project samples/ConflictModel.Samples.Mali [output.json]</c>;
/// without an argument the JSON goes to <see cref="DefaultOutputFile"/> in the current directory.
/// Exit codes: 0 done, 1 the report does not validate, 2 bad arguments, 3 the file cannot be written.
/// </remarks>
public static class Program
{
    /// <summary>The exit code for success.</summary>
    public const int Success = 0;

    /// <summary>The exit code when the report does not validate.</summary>
    public const int InvalidReport = 1;

    /// <summary>The exit code for bad arguments.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code when the JSON file cannot be written.</summary>
    public const int OutputError = 3;

    /// <summary>The file the canonical JSON is written to when no path is given.</summary>
    public const string DefaultOutputFile = "mali-report.json";

    /// <summary>Runs the sample on the console.</summary>
    /// <param name="args">At most one argument: the path of the JSON file to write.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the sample, writing to the given writers.</summary>
    /// <param name="args">At most one argument: the path of the JSON file to write (default <see cref="DefaultOutputFile"/>).</param>
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

        var path = Path.GetFullPath(args.Length == 1 ? args[0] : DefaultOutputFile);
        var report = MaliArticle.Report;
        output.WriteLine("ConflictModel: the Mali fixture");
        output.WriteLine($"{report}");
        var validation = report.Validate();
        ReportSummary.WriteValidation(validation, output);
        output.WriteLine();
        ReportSummary.Write(report, output);

        var json = ConflictJson.Serialize(report, MaliArticle.CanonicalJsonOptions);
        try
        {
            File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine($"Cannot write the canonical JSON to '{path}': {exception.Message}");
            return OutputError;
        }

        output.WriteLine();
        output.WriteLine($"Canonical JSON: {Encoding.UTF8.GetByteCount(json)} bytes written to {path}");
        return validation.IsValid ? Success : InvalidReport;
    }
}
