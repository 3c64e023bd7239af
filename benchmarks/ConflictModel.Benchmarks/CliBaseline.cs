using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Benchmarks;

/// <summary>
/// The in-process side of build/bench-cli.sh, which times whole processes: writes the synthetic
/// JSON Lines input, and does with the library API alone what <c>conflictmodel validate</c> and
/// <c>conflictmodel convert</c> do with the same file, so that the tool's overhead (start-up,
/// argument parsing, placing problems, atomic output) shows as the difference.
/// </summary>
/// <remarks>
/// <c>cli-baseline generate FILE N</c>, <c>cli-baseline validate FILE</c>, <c>cli-baseline convert IN OUT</c>;
/// for the streaming peaks of the interop and dataset issues, <c>generate-acled FILE N</c> (the
/// benchmarks' generated ACLED file), <c>acled-to-jsonl IN OUT</c>, <c>generate-ucdp FILE N</c> (the
/// benchmarks' generated UCDP GED file), <c>ucdp-to-jsonl IN OUT</c> and <c>jsonl-to-parquet IN DIR</c>.
/// </remarks>
internal static class CliBaseline
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Runs one of the three operations.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["generate", var path, var count]:
                await using (var file = Create(path))
                {
                    await ConflictJsonLines.WriteAsync(file, SyntheticReports.Slices(int.Parse(count, CultureInfo.InvariantCulture))).ConfigureAwait(false);
                }

                return 0;
            case ["validate", var path]:
                await using (var file = Open(path))
                {
                    long lines = 0, errors = 0;
                    await foreach (var report in ConflictJsonLines.ReadAsync(file).ConfigureAwait(false))
                    {
                        lines++;
                        errors += ReportValidator.Default.Validate(report).Errors.Length;
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} lines, {errors} errors"));
                    return errors == 0 ? 0 : 1;
                }

            case ["convert", var input, var output]:
                await using (var source = Open(input))
                await using (var target = Create(output))
                {
                    await ConflictJsonLines.WriteAsync(target, Split(ConflictJsonLines.ReadAsync(source))).ConfigureAwait(false);
                }

                return 0;
            case ["generate-acled", var path, var count]:
                await File.WriteAllBytesAsync(path, Csv.GeneratedAcledFile.ToUtf8(Csv.GeneratedAcledFile.Rows(int.Parse(count, CultureInfo.InvariantCulture)))).ConfigureAwait(false);
                return 0;
            case ["acled-to-jsonl", var input, var output]:
                await using (var source = Open(input))
                await using (var target = Create(output))
                {
                    await global::ConflictModel.Interop.Acled.AcledImport.WriteJsonLinesAsync(global::ConflictModel.Interop.Acled.AcledCsv.Read(source), target).ConfigureAwait(false);
                }

                return 0;
            case ["generate-ucdp", var path, var count]:
                await File.WriteAllBytesAsync(path, Ucdp.GeneratedUcdpFile.ToUtf8(Ucdp.GeneratedUcdpFile.Rows(int.Parse(count, CultureInfo.InvariantCulture)))).ConfigureAwait(false);
                return 0;
            case ["ucdp-to-jsonl", var input, var output]:
                await using (var source = Open(input))
                await using (var target = Create(output))
                {
                    await ConflictJsonLines.WriteAsync(target, global::ConflictModel.Interop.Ucdp.UcdpGedImport.ReadEventsAsync(source)).ConfigureAwait(false);
                }

                return 0;
            case ["jsonl-to-parquet", var input, var directory]:
                await using (var source = Open(input))
                {
                    // What the tool does with JSON Lines: each entity's json cell from the line's own bytes.
                    await global::ConflictModel.Parquet.ConflictParquet.WriteJsonLinesAsync(source, directory).ConfigureAwait(false);
                }

                return 0;
            default:
                Console.Error.WriteLine("Usage: cli-baseline generate FILE N | validate FILE | convert IN OUT | generate-acled FILE N | acled-to-jsonl IN OUT | generate-ucdp FILE N | ucdp-to-jsonl IN OUT | jsonl-to-parquet IN DIR");
                return 2;
        }
    }

    private static async IAsyncEnumerable<ConflictReport> Split(IAsyncEnumerable<ConflictReport> reports, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var slice in report.SplitByEngagementInOrder())
            {
                yield return slice;
            }
        }
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
}
