using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Fixtures;

namespace ConflictModel.Cli;

/// <summary>
/// Every call the tool makes into the ConflictModel libraries to read, write, split, merge and
/// validate reports, in one place, so that a change of the libraries' public API is adapted here.
/// </summary>
/// <remarks>Only the libraries' public API is used. <see cref="ReportSummary"/> reads the model's properties directly.</remarks>
internal static class ReportLibrary
{
    /// <summary>The options every read uses: strict, the default limits.</summary>
    public static ConflictJsonOptions ReadOptions => ConflictJsonOptions.Default;

    /// <summary>The longest line a JSON Lines reader accepts, in bytes.</summary>
    public static int MaxLineLength => ConflictJsonOptions.Default.MaxLineLength;

    /// <summary>Reads one JSON document; throws <see cref="ConflictJsonException"/>.</summary>
    public static ConflictReport ReadJson(ReadOnlySpan<byte> utf8) => ConflictJson.Deserialize(utf8, ReadOptions);

    /// <summary>Reads JSON Lines as they arrive, in bounded memory; throws <see cref="ConflictJsonException"/>.</summary>
    public static IAsyncEnumerable<ConflictReport> ReadJsonLines(Stream utf8, CancellationToken cancellationToken)
        => ConflictJsonLines.ReadAsync(utf8, ReadOptions, cancellationToken);

    /// <summary>Cuts JSON Lines into the lines that hold a document, with their line numbers, in bounded memory; throws <see cref="ConflictJsonException"/> for a line longer than <see cref="MaxLineLength"/>.</summary>
    public static IAsyncEnumerable<ConflictJsonLine> CutJsonLines(Stream utf8, CancellationToken cancellationToken)
        => ConflictJsonLines.ReadLinesAsync(utf8, ReadOptions, cancellationToken);

    /// <summary>Writes one report as indented JSON, the form of the bundled fixture (without the final newline).</summary>
    public static byte[] WriteJson(ConflictReport report)
        => ConflictJson.SerializeToUtf8Bytes(report, MaliArticle.CanonicalJsonOptions);

    /// <summary>Writes reports as JSON Lines, one compact report a line.</summary>
    public static Task WriteJsonLinesAsync(Stream utf8, IAsyncEnumerable<ConflictReport> reports, CancellationToken cancellationToken)
        => ConflictJsonLines.WriteAsync(utf8, reports, cancellationToken: cancellationToken);

    /// <summary>Splits a report into self-contained slices, one an engagement, that <see cref="Merge"/> puts back together in the report's own order.</summary>
    public static IEnumerable<ConflictReport> SplitByEngagement(ConflictReport report) => report.SplitByEngagementInOrder();

    /// <summary>Puts reports together, each entity once; throws <see cref="ArgumentException"/> for two different entities under one id.</summary>
    public static ConflictReport Merge(IEnumerable<ConflictReport> reports) => ConflictReport.Merge(reports);

    /// <summary>Gathers the reports of a stream into one: a single report as it is, several merged (<see cref="Merge"/>).</summary>
    public static async Task<ConflictReport> MergeAllAsync(IAsyncEnumerable<ConflictReport> reports, CancellationToken cancellationToken)
    {
        var all = new List<ConflictReport>();
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            all.Add(report);
        }

        return all.Count == 1 ? all[0] : Merge(all);
    }

    /// <summary>
    /// The validator of <c>validate</c>, <c>describe</c> and <c>render</c>: the built-in rules and the
    /// interop rules, which read only their own dataset's fields — UCDP GED's <c>UCDP0001</c>
    /// (estimates published out of order) speaks only of claims that carry UCDP GED's low, best and
    /// high, so a report that did not come from UCDP is judged by the built-in rules alone.
    /// </summary>
    public static ReportValidator Validator => ConflictModel.Interop.Ucdp.UcdpGedValidation.Validator;

    /// <summary>Validates a report with <see cref="Validator"/>.</summary>
    public static ValidationResult Validate(ConflictReport report) => Validator.Validate(report);

    /// <summary>The descriptors of <see cref="Validator"/>'s rules: code, default severity, title.</summary>
    public static ImmutableArray<ValidationDescriptor> Descriptors => Validator.Descriptors;

    /// <summary>The JSON Schema of the format.</summary>
    public static string Schema => ConflictJsonSchema.Generate();

    /// <summary>The bundled Mali report's canonical JSON.</summary>
    public static string MaliJson => MaliArticle.CanonicalJson;

    /// <summary>The bundled Mali article's text, byte for byte.</summary>
    public static ReadOnlyMemory<byte> MaliArticleText => MaliArticle.Utf8Bytes;
}
