using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Stix;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// A STIX 2.1 bundle through ConflictModel.Interop (docs/interop/stix.md): read with
/// <see cref="StixBundleReader"/>, written with <see cref="StixBundleWriter"/> (several reports are
/// merged into one bundle). Both directions give an Interop loss report, whose every entry is printed.
/// </summary>
/// <remarks>
/// Its extension is the double one <c>.stix.json</c>: a plain <c>.json</c> is ConflictModel JSON, and
/// the registry matches the longest extension first (<see cref="FormatRegistry.ByFileName"/>).
/// </remarks>
internal sealed class StixFormat : ReportFormat
{
    /// <inheritdoc/>
    public override string Name => "stix";

    /// <inheritdoc/>
    public override ImmutableArray<string> Extensions => [".stix.json"];

    /// <inheritdoc/>
    public override string Description => "a STIX 2.1 bundle with the ConflictModel extension (docs/interop/stix.md)";

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A bundle is one JSON document, read whole, as a ConflictModel JSON document is.
        using var memory = await ReadWholeAsync(input, cancellationToken).ConfigureAwait(false);
        var result = StixBundleReader.Read(memory);
        losses.AddAll(result.Losses);
        yield return result.Report;
    }

    /// <inheritdoc/>
    public override async Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
    {
        var report = await ReportLibrary.MergeAllAsync(reports, cancellationToken).ConfigureAwait(false);
        await WriteDocumentAsync(output, memory => losses.AddAll(StixBundleWriter.Write(report, memory)), cancellationToken).ConfigureAwait(false);
    }
}
