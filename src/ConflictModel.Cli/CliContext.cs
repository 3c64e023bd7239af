using System.IO;
using System.Text;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli;

/// <summary>One run's console with its text writers: UTF-8 without a byte order mark, "\n" line ends, whatever the platform.</summary>
internal sealed class CliContext
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CliContext(CliConsole console)
    {
        Console = console;
        Output = new StreamWriter(console.Output, Utf8, 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        Error = new StreamWriter(console.Error, Utf8, 4 * 1024, leaveOpen: true) { NewLine = "\n", AutoFlush = true };
        Progress = new Progress(Error, console.ErrorIsTerminal);
        OutputStyle = new Style(console.OutputIsTerminal && !console.NoColor);
        ErrorStyle = new Style(console.ErrorIsTerminal && !console.NoColor);
    }

    public CliConsole Console { get; }

    /// <summary>Gets standard output as text; flushed before binary output is written and at the end.</summary>
    public StreamWriter Output { get; }

    /// <summary>Gets standard error as text.</summary>
    public StreamWriter Error { get; }

    public Progress Progress { get; }

    public Style OutputStyle { get; }

    public Style ErrorStyle { get; }
}
