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
/// file) merges them into one, each entity once, in the order first met: the lines the tool writes
/// give back the report they were split from, byte for byte.
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
        // One report is written as it is, so JSON to JSON keeps its order; several are merged in the
        // order first met, which gives back the report that the JSON Lines writer split.
        var merged = await ReportLibrary.MergeAllAsync(reports, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(ReportLibrary.WriteJson(merged), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }
}
