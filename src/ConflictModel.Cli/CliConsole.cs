using System;
using System.IO;

namespace ConflictModel.Cli;

/// <summary>
/// The standard streams the tool reads and writes, and what it needs to know about the terminal:
/// whether standard error is one (progress and colour go there only then) and whether colour is
/// refused (the <c>NO_COLOR</c> convention).
/// </summary>
/// <remarks>Tests build one over memory streams; <c>Program</c> builds one over the process's own streams. Not thread-safe: one run uses it at a time.</remarks>
public sealed class CliConsole
{
    /// <summary>Creates a console over the given streams, none of them a terminal.</summary>
    /// <param name="input">Standard input, read where a command is given <c>-</c> as its input.</param>
    /// <param name="output">Standard output: results only.</param>
    /// <param name="error">Standard error: problems, summaries of conversions, progress.</param>
    /// <exception cref="ArgumentNullException">A stream is null.</exception>
    public CliConsole(Stream input, Stream output, Stream error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Input = input;
        Output = output;
        Error = error;
    }

    /// <summary>Gets standard input.</summary>
    public Stream Input { get; }

    /// <summary>Gets standard output.</summary>
    public Stream Output { get; }

    /// <summary>Gets standard error.</summary>
    public Stream Error { get; }

    /// <summary>Gets a value indicating whether standard output is a terminal (colour may then be used on it).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether standard error is a terminal (progress and colour may then be shown on it).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether colour is refused, as the <c>NO_COLOR</c> environment variable asks.</summary>
    public bool NoColor { get; init; }

    /// <summary>Gets the directory relative paths are resolved against; null for the process's current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Resolves a path given on the command line.</summary>
    internal string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory ?? Environment.CurrentDirectory);
}
