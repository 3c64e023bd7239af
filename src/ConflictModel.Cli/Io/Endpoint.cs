using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Io;

/// <summary>A file named on the command line, or standard input or output for <c>-</c>.</summary>
internal sealed class Endpoint
{
    /// <summary>The name that stands for standard input or output.</summary>
    public const string StandardStream = "-";

    private Endpoint(string name, string? path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>Gets the name as given, used in messages (<c>-</c> is shown as <c>&lt;stdin&gt;</c> or <c>&lt;stdout&gt;</c> by the caller).</summary>
    public string Name { get; }

    /// <summary>Gets the name for messages: as given, or <c>&lt;stdin&gt;</c> for a dash.</summary>
    public string DisplayName => Path is null ? "<stdin>" : Name;

    /// <summary>Gets the full path, or null for a standard stream.</summary>
    public string? Path { get; }

    /// <summary>Gets a value indicating whether this is standard input or output.</summary>
    public bool IsStandardStream => Path is null;

    /// <summary>Names a file, or a standard stream for <c>-</c>.</summary>
    public static Endpoint Of(string name, CliConsole console)
        => name == StandardStream ? new Endpoint(name, null) : new Endpoint(name, console.Resolve(name));

    /// <summary>Opens the input for reading; standard input is not closed by disposing the result.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public Stream OpenRead(CliConsole console)
        => Path is null
            ? new NonClosingStream(console.Input)
            : new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>Writes the output: standard output directly, a file through <see cref="AtomicFile"/>.</summary>
    public async Task WriteAsync(CliConsole console, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (Path is null)
        {
            await write(console.Output, cancellationToken).ConfigureAwait(false);
            await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await AtomicFile.WriteAsync(Path, write, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the whole input into memory.</summary>
    public async Task<byte[]> ReadAllAsync(CliConsole console, CancellationToken cancellationToken)
    {
        await using var stream = OpenRead(console);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        return memory.ToArray();
    }
}
