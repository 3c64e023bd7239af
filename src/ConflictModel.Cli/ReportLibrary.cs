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

    /// <summary>Writes one report as indented JSON, the form of the bundled fixture (without the final newline).</summary>
    public static byte[] WriteJson(ConflictReport report)
        => ConflictJson.SerializeToUtf8Bytes(report, MaliArticle.CanonicalJsonOptions);

    /// <summary>Writes reports as JSON Lines, one compact report a line.</summary>
    public static Task WriteJsonLinesAsync(Stream utf8, IAsyncEnumerable<ConflictReport> reports, CancellationToken cancellationToken)
        => ConflictJsonLines.WriteAsync(utf8, reports, cancellationToken);

    /// <summary>Splits a report into self-contained slices, one an engagement.</summary>
    public static IEnumerable<ConflictReport> SplitByEngagement(ConflictReport report) => report.SplitByEngagement();

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
    /// Orders every collection of a report by id (ordinal), so that a report put together from lines
    /// has the same bytes however its lines were cut: <see cref="Merge"/> keeps the order in which it
    /// first meets each entity, which depends on how the lines were cut.
    /// </summary>
    public static ConflictReport OrderById(ConflictReport report) => ConflictReport.Empty
        .WithSources(Sorted(report.Sources, s => s.Id.Value))
        .WithActors(Sorted(report.Actors, a => a.Id.Value))
        .WithLocations(Sorted(report.Locations, l => l.Id.Value))
        .WithEngagements(Sorted(report.Engagements, e => e.Id.Value))
        .WithClaims(Sorted(report.Claims, c => c.Id.Value))
        .WithAttributions(Sorted(report.Attributions, a => a.Id.Value))
        .WithMentions(Sorted(report.Mentions, m => m.Id.Value));

    /// <summary>Validates a report with the built-in rules.</summary>
    public static ValidationResult Validate(ConflictReport report) => ReportValidator.Default.Validate(report);

    /// <summary>The built-in validation rules' descriptors: code, default severity, title.</summary>
    public static ImmutableArray<ValidationDescriptor> Descriptors => ReportValidator.Default.Descriptors;

    /// <summary>The JSON Schema of the format.</summary>
    public static string Schema => ConflictJsonSchema.Generate();

    /// <summary>The bundled Mali report's canonical JSON.</summary>
    public static string MaliJson => MaliArticle.CanonicalJson;

    /// <summary>The bundled Mali article's text, byte for byte.</summary>
    public static ReadOnlyMemory<byte> MaliArticleText => MaliArticle.Utf8Bytes;

    private static ImmutableArray<T> Sorted<T>(ImmutableArray<T> items, Func<T, string> id)
        => items.OrderBy(id, StringComparer.Ordinal).ToImmutableArray();
}
