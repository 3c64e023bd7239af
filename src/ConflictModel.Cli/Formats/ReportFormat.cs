using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// A file format that <c>convert</c> reads or writes: its name (for <c>--from</c> and <c>--to</c>),
/// the file extensions that select it, and how it turns bytes into reports and back. A format is a
/// stream of reports, so that large inputs flow through in bounded memory where the format allows;
/// what a target format cannot hold goes into the <see cref="LossReport"/>.
/// </summary>
/// <remarks>To add a format (ACLED, UCDP GED, STIX 2.1, GeoJSON, Parquet), subclass this and list it in <see cref="FormatRegistry"/>.</remarks>
internal abstract class ReportFormat
{
    /// <summary>Gets the name, in lower case, as typed after <c>--from</c> and <c>--to</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the extensions that select this format, in lower case with their dot.</summary>
    public abstract ImmutableArray<string> Extensions { get; }

    /// <summary>Gets a line that says what the format is, for <c>--help</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Gets a value indicating whether the format can be read.</summary>
    public virtual bool CanRead => true;

    /// <summary>Gets a value indicating whether the format can be written.</summary>
    public virtual bool CanWrite => true;

    /// <summary>Gets a value indicating whether the format is a directory (a Parquet dataset) rather than one stream: then the directory methods are used.</summary>
    public virtual bool IsDirectory => false;

    /// <summary>Reads reports from a directory; only for a format that <see cref="IsDirectory"/>.</summary>
    public virtual IAsyncEnumerable<ConflictReport> ReadDirectoryAsync(string directory, LossReport losses, CancellationToken cancellationToken)
        => throw new NotSupportedException($"{Name} is not a directory format.");

    /// <summary>Writes reports into a directory; only for a format that <see cref="IsDirectory"/>.</summary>
    public virtual Task WriteDirectoryAsync(string directory, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
        => throw new NotSupportedException($"{Name} is not a directory format.");

    /// <summary>Reads reports from the input as they come; throws <see cref="ConflictJsonException"/> for a document it cannot read.</summary>
    public abstract IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, CancellationToken cancellationToken);

    /// <summary>Writes the reports to the output, recording what the format cannot hold.</summary>
    public abstract Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken);

    /// <summary>Reads the whole input into memory, for a format that is one JSON document (JSON, a STIX bundle); the result is at its start.</summary>
    protected static async Task<MemoryStream> ReadWholeAsync(Stream input, CancellationToken cancellationToken)
    {
        var memory = new MemoryStream();
        await input.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        memory.Position = 0;
        return memory;
    }

    /// <summary>Writes a document that a library writes synchronously (a STIX bundle, GeoJSON) through memory, then with a final newline to the output.</summary>
    protected static async Task WriteDocumentAsync(Stream output, Action<Stream> write, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        write(memory);
        memory.WriteByte((byte)'\n');
        await output.WriteAsync(memory.GetBuffer().AsMemory(0, (int)memory.Length), cancellationToken).ConfigureAwait(false);
    }
}
