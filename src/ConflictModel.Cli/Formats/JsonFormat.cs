using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// One ConflictModel JSON document, indented as the bundled fixture is. Reading holds the whole
/// document in memory (JSON has no smaller unit); writing several reports (the lines of a JSON Lines
/// file) merges them into one, each entity once, ordered by id so that the result does not depend on
/// how the lines were cut.
/// </summary>
internal sealed class JsonFormat : ReportFormat
{
    /// <inheritdoc/>
    public override string Name => "json";

    /// <inheritdoc/>
    public override ImmutableArray<string> Extensions => [".json"];

    /// <inheritdoc/>
    public override string Description => "one ConflictModel JSON document (docs/json-format.md)";

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var memory = await ReadWholeAsync(input, cancellationToken).ConfigureAwait(false);
        yield return ReportLibrary.ReadJson(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    /// <inheritdoc/>
    public override async Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
    {
        // One report is written as it is, so JSON to JSON keeps its order; several are merged.
        var all = new List<ConflictReport>();
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            all.Add(report);
        }

        var merged = all.Count == 1 ? all[0] : ReportLibrary.OrderById(ReportLibrary.Merge(all));
        await output.WriteAsync(ReportLibrary.WriteJson(merged), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }
}
