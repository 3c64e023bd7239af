using System;
using System.IO;
using System.Text;
using System.Threading;

namespace ConflictModel.Cli.Tests;

/// <summary>What one in-process run of the tool gave.</summary>
internal sealed record CliResult(int ExitCode, byte[] StandardOutput, string StandardError)
{
    public string Output => Encoding.UTF8.GetString(StandardOutput);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the tool in process, in a directory of its own, with standard input given as bytes.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Directory = Path.Combine(Path.GetTempPath(), "conflictmodel-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public static string Expected(string name) => Path.Combine(AppContext.BaseDirectory, "Expected", name);

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text, new UTF8Encoding(false));
        return name;
    }

    public string Write(string name, ReadOnlySpan<byte> bytes)
    {
        File.WriteAllBytes(PathOf(name), bytes.ToArray());
        return name;
    }

    public CliResult Run(params string[] args) => Run(Array.Empty<byte>(), args);

    public CliResult Run(byte[] input, params string[] args) => RunOn(new MemoryStream(input), terminal: false, noColor: false, args, CancellationToken.None);

    public CliResult RunOn(Stream input, bool terminal, bool noColor, string[] args, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        using var error = new MemoryStream();
        var console = new CliConsole(input, output, error) { WorkingDirectory = Directory, OutputIsTerminal = terminal, ErrorIsTerminal = terminal, NoColor = noColor };
        var code = CliApplication.RunAsync(args, console, cancellationToken).GetAwaiter().GetResult();
        return new CliResult(code, output.ToArray(), Encoding.UTF8.GetString(error.ToArray()));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
