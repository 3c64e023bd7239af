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

    /// <summary>Reads reports from the input as they come; throws <see cref="ConflictJsonException"/> for a document it cannot read.</summary>
    public abstract IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, CancellationToken cancellationToken);

    /// <summary>Writes the reports to the output, recording what the format cannot hold.</summary>
    public abstract Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken);
}
