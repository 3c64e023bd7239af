using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// Reads and writes large data as newline-delimited JSON (JSON Lines): one compact report per line,
/// each in the format of <see cref="ConflictJson"/>, streamed in bounded memory. The intended shape
/// is one engagement per line with everything it refers to (<see cref="SplitByEngagement"/>), so
/// that each line can be read, validated and processed on its own, and <see cref="Merge"/> puts
/// the lines back together.
/// </summary>
/// <remarks>
/// <para>Lines end with "\n"; a reader also accepts "\r\n" and skips lines that hold only white
/// space. Each line has its own <c>schemaVersion</c>. A line longer than
/// <see cref="ConflictJsonOptions.MaxLineLength"/> is an error, which bounds the memory a reader
/// uses to about that length. Errors are <see cref="ConflictJsonException"/>s whose line is the
/// line of the stream. <see cref="ReadLinesAsync"/> gives the lines themselves, cut the same way,
/// for a caller that needs each line's place or bytes.</para>
/// <para>Overloads follow the style of <see cref="ConflictJson"/>: one for each kind of input,
/// each with <c>ConflictJsonOptions? options = null</c> after its data and a last
/// <c>CancellationToken cancellationToken = default</c>.</para>
/// <para>This type is stateless; safe to use from any thread.</para>
/// </remarks>
public static class ConflictJsonLines
{
    /// <summary>Writes reports to a stream, one compact JSON document a line.</summary>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <param name="reports">The reports, as they come.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/>; lines are compact whatever <see cref="ConflictJsonOptions.WriteIndented"/> says.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every report is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A report in the sequence is null.</exception>
    /// <remarks>
    /// On a machine with more than one processor the reports are serialized on the thread pool, in
    /// batches of about 64 KiB of lines, while the sequence gives the next ones (an import's mapping,
    /// a split), at most <c>Math.Min(Environment.ProcessorCount + 1, 5)</c> batches at once; the
    /// stream receives the same bytes, in the same order, as when writing one report at a time. When
    /// the sequence fails (a null report, or an exception of its own, such as a bad row of an
    /// import), every line of the reports before the failure is written before it is thrown.
    /// While the sequence waits for its next report, the lines already serialized are written, so a
    /// slow source's lines go out as they are ready; when the stream fails meanwhile, the sequence is
    /// cancelled through the token it was given and the stream's error is thrown. The sequence is
    /// read ahead of the stream by up to that many batches; cancellation is observed between batches,
    /// so the stream never holds part of a line.
    /// </remarks>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static async Task WriteAsync(Stream utf8Json, IAsyncEnumerable<ConflictReport> reports, ConflictJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(reports);
        await WriteInBatchesAsync(utf8Json, reports, LineBatchWriter.DefaultDepth, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes reports to a stream, one compact JSON document a line.</summary>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <param name="reports">The reports, such as the slices of <see cref="SplitByEngagement"/>.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/>; lines are compact whatever <see cref="ConflictJsonOptions.WriteIndented"/> says.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every report is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A report in the sequence is null.</exception>
    /// <remarks>
    /// On a machine with more than one processor the reports are serialized on the thread pool, in
    /// batches of about 64 KiB of lines, while the sequence gives the next ones (an import's mapping,
    /// a split), at most <c>Math.Min(Environment.ProcessorCount + 1, 5)</c> batches at once; the
    /// stream receives the same bytes, in the same order, as when writing one report at a time. When
    /// the sequence fails (a null report, or an exception of its own, such as a bad row of an
    /// import), every line of the reports before the failure is written before it is thrown. The
    /// lines go out a batch at a time, and the sequence is read ahead of the stream by up to that
    /// many batches; cancellation is observed between batches, so the stream never holds part of a
    /// line.
    /// </remarks>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static async Task WriteAsync(Stream utf8Json, IEnumerable<ConflictReport> reports, ConflictJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(reports);
        await WriteInBatchesAsync(utf8Json, reports, LineBatchWriter.DefaultDepth, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads reports from a stream of newline-delimited JSON, one a line, as they arrive.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The options (read mode, depth and line length limits), or null for <see cref="ConflictJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports, in the order of the lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ConflictJsonException">A line is not a valid document, or is too long; the exception gives the line of the stream.</exception>
    /// <remarks>
    /// <para>The lines are those of <see cref="ReadLinesAsync"/>, and each is read as <see cref="ConflictJson.Deserialize(ReadOnlySpan{byte}, ConflictJsonOptions?)"/> would.</para>
    /// <para>On a machine with more than one processor the lines are read into reports on the thread
    /// pool, a batch of lines (what one read of the stream delivered) at a time, up to
    /// <c>Math.Min(Environment.ProcessorCount + 1, 5)</c> batches ahead of the enumeration; the reports
    /// still come in the order of the lines, each batch as soon as it is read, and the first error of
    /// the stream is thrown after every report of the lines before it, as when reading one line at a
    /// time. The stream is therefore read ahead of the enumeration, by at most those batches, and
    /// memory stays bounded by a few times the longest line. With one processor every line is read
    /// on the enumerating thread.</para>
    /// </remarks>
    public static async IAsyncEnumerable<ConflictReport> ReadAsync(Stream utf8Json, ConflictJsonOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        await foreach (var report in LineBatchReader.ReadAsync(utf8Json, options ?? ConflictJsonOptions.Default, LineBatchReader.DefaultDepth, cancellationToken).ConfigureAwait(false))
        {
            yield return report;
        }
    }

    /// <summary>
    /// Reads the lines of a stream of newline-delimited JSON that hold a document, as they arrive,
    /// without reading the documents: each with its line number, its byte offset and its bytes.
    /// </summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The options (only <see cref="ConflictJsonOptions.MaxLineLength"/> is used), or null for <see cref="ConflictJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The lines, in order. Each line's <see cref="ConflictJsonLine.Utf8"/> is valid only until the enumeration moves on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ConflictJsonException">A line is longer than <see cref="ConflictJsonOptions.MaxLineLength"/> (<see cref="ConflictJsonErrorKind.LineTooLong"/>, naming the line); the enumeration ends there.</exception>
    /// <remarks>
    /// These are the lines <see cref="ReadAsync"/> reads, cut the same way: a line ends with "\n" or
    /// "\r\n", the last one may end without; lines that hold only spaces and tabs are skipped, but
    /// counted. Memory stays bounded by the longest line allowed, and no line is copied out: a line
    /// is a view of a pooled buffer that the next line reuses. Cancellation is checked before each line.
    /// </remarks>
    public static async IAsyncEnumerable<ConflictJsonLine> ReadLinesAsync(Stream utf8Json, ConflictJsonOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ConflictJsonOptions.Default;
        using var lines = new LineCutter(utf8Json, options);
        do
        {
            while (lines.TryCut(out var line))
            {
                cancellationToken.ThrowIfCancellationRequested(); // lines already buffered need no read, which would notice
                yield return line;
            }
        }
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Splits a report into self-contained slices, one for each engagement, in order: the engagement,
    /// the claims about it, and everything either refers to (attributions, sources, actors and their
    /// affiliates with the attributions that state those relations, locations and their parents, the
    /// campaign, claims the claims are about), with the mentions of what the slice holds. What no
    /// engagement reaches — a claim about a country, say — goes into one last slice without an
    /// engagement, so nothing is lost.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The slices; an entity several engagements refer to is in each of their slices.</returns>
    /// <remarks>The same as <see cref="ConflictReport.SplitByEngagement"/>, where slicing belongs; kept here beside the reader and writer of the lines.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IEnumerable<ConflictReport> SplitByEngagement(ConflictReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.SplitByEngagement();
    }

    /// <summary>
    /// Puts reports back together, such as the lines of a file written from
    /// <see cref="SplitByEngagement"/>: each entity once, in the order first met.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The report holding every entity of every report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is null, or two reports hold different entities under one id.</exception>
    /// <remarks>The same as <see cref="ConflictReport.Merge"/>.</remarks>
    public static ConflictReport Merge(IEnumerable<ConflictReport> reports) => ConflictReport.Merge(reports);

    private static ArgumentException NullReport(string paramName) => new("The sequence of reports holds null.", paramName);

    /// <summary>Writes the lines of a sequence through batches serialized on the thread pool (with a depth of 1, on this thread); the tests choose the depth.</summary>
    internal static Task WriteInBatchesAsync(Stream utf8Json, IEnumerable<ConflictReport> reports, int depth, CancellationToken cancellationToken)
        => WriteInBatchesAsync(new LineBatchWriter(utf8Json, depth), reports, cancellationToken);

    /// <summary>Writes the lines of a sequence through <paramref name="writer"/>, which it disposes.</summary>
    /// <remarks>The sequence goes through the overload for one that may wait: its every step completes at once, so it never waits there, and its failures, a null report and its disposal are met in the same places.</remarks>
    internal static Task WriteInBatchesAsync(LineBatchWriter writer, IEnumerable<ConflictReport> reports, CancellationToken cancellationToken)
        => WriteInBatchesAsync(writer, reports.ToAsyncEnumerable(), cancellationToken);

    /// <summary>Writes the lines of a sequence that may wait for its reports, as the overload for a sequence does.</summary>
    internal static Task WriteInBatchesAsync(Stream utf8Json, IAsyncEnumerable<ConflictReport> reports, int depth, CancellationToken cancellationToken)
        => WriteInBatchesAsync(new LineBatchWriter(utf8Json, depth), reports, cancellationToken);

    /// <summary>Writes the lines of a sequence that may wait through <paramref name="writer"/>, which it disposes.</summary>
    internal static async Task WriteInBatchesAsync(LineBatchWriter writer, IAsyncEnumerable<ConflictReport> reports, CancellationToken cancellationToken)
    {
        await using (writer.ConfigureAwait(false))
        {
            // The sequence is cancelled when the writing fails while it waits for its next report, so
            // that the error is not held up by a source that would wait for ever (a quiet socket).
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var e = reports.GetAsyncEnumerator(stop.Token);
            await using (e.ConfigureAwait(false))
            {
                while (true)
                {
                    ConflictReport report;
                    try
                    {
                        if (!await NextAsync(e, writer, stop, cancellationToken).ConfigureAwait(false))
                        {
                            break;
                        }

                        report = e.Current ?? throw NullReport(nameof(reports));
                    }
                    catch (Exception) when (!cancellationToken.IsCancellationRequested && !writer.Failed)
                    {
                        // As one line at a time would: the lines before the failure are written, then it
                        // is thrown (unless writing them fails first: that error comes first in line order).
                        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                        throw;
                    }

                    await writer.AddAsync(report, cancellationToken).ConfigureAwait(false);
                }

                // Before the sequence is disposed, so that an error of disposing it comes after every line.
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // The sequence's next report. While the sequence waits for it, the batches already serialized are
    // written, and once none is under way the reports taken are handed to a batch, so that a slow
    // source's lines go out as they are ready rather than once a batch is full.
    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<ConflictReport> reports, LineBatchWriter writer, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        var move = reports.MoveNextAsync();
        if (move.IsCompleted)
        {
            return await move.ConfigureAwait(false);
        }

        var next = move.AsTask();
        try
        {
            while (!next.IsCompleted)
            {
                if (writer.InFlightCount == 0)
                {
                    if (!writer.HasPending)
                    {
                        break;
                    }

                    await writer.DispatchAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await Task.WhenAny(next, writer.OldestInFlight).ConfigureAwait(false);
                if (writer.InFlightCount > 0 && writer.OldestInFlight.IsCompleted)
                {
                    await writer.WriteOldestAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception)
        {
            // The writing failed (or was cancelled) while the sequence was getting its next report:
            // stop the sequence and let that step finish before the error leaves, so that disposing
            // the sequence does not cut into it; what the step ends with comes after the error.
            await stop.CancelAsync().ConfigureAwait(false);
            await next.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        return await next.ConfigureAwait(false);
    }
}
