using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// ConflictModel JSON Lines: one compact, self-contained report a line, one engagement to each,
/// streamed both ways in bounded memory. A report written to it is split by engagement so that
/// merging the lines gives it back in its own order (<c>ConflictReport.SplitByEngagementInOrder</c>);
/// a report of one engagement is written as it is.
/// </summary>
internal sealed class JsonLinesFormat : ReportFormat
{
    /// <inheritdoc/>
    public override string Name => "jsonl";

    /// <inheritdoc/>
    public override ImmutableArray<string> Extensions => [".jsonl", ".ndjson"];

    /// <inheritdoc/>
    public override string Description => "ConflictModel JSON Lines, one engagement a line (docs/json-format.md)";

    /// <inheritdoc/>
    public override IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, CancellationToken cancellationToken)
        => ReportLibrary.ReadJsonLines(input, cancellationToken);

    /// <inheritdoc/>
    public override Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
        => ReportLibrary.WriteJsonLinesAsync(output, Split(reports, cancellationToken), cancellationToken);

    private static async IAsyncEnumerable<ConflictReport> Split(IAsyncEnumerable<ConflictReport> reports, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // A report of one engagement is already a line of one engagement, and merging gives it back
            // as it is: it is written whole, without the split's indexes (most of the time of a
            // conversion from ACLED or UCDP GED, a report a row), and what its engagement does not
            // reach stays on its line rather than going to a line of its own.
            if (report.Engagements.Length == 1)
            {
                yield return report;
                continue;
            }

            foreach (var slice in ReportLibrary.SplitByEngagement(report))
            {
                yield return slice;
            }
        }
    }
}
