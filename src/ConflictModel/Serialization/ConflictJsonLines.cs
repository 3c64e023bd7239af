using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
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
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static async Task WriteAsync(Stream utf8Json, IAsyncEnumerable<ConflictReport> reports, ConflictJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(reports);
        using var line = new LineWriter();
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await utf8Json.WriteAsync(line.Write(report ?? throw NullReport(nameof(reports))), cancellationToken).ConfigureAwait(false);
        }

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
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static async Task WriteAsync(Stream utf8Json, IEnumerable<ConflictReport> reports, ConflictJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(reports);
        using var line = new LineWriter();
        foreach (var report in reports)
        {
            await utf8Json.WriteAsync(line.Write(report ?? throw NullReport(nameof(reports))), cancellationToken).ConfigureAwait(false);
        }

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

    /// <summary>Writes one report as one compact line, reusing its buffer.</summary>
    private sealed class LineWriter : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public LineWriter() => _writer = new Utf8JsonWriter(_buffer, ReportWriter.Options(indented: false));

        public ReadOnlyMemory<byte> Write(ConflictReport report)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset();
            ReportWriter.Write(_writer, report);
            _writer.Flush();
            _buffer.Write("\n"u8);
            return _buffer.WrittenMemory;
        }

        public void Dispose() => _writer.Dispose();
    }
}
