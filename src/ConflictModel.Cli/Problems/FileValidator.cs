using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Problems;

/// <summary>
/// Validates one input: reads it (a JSON document whole, JSON Lines in batches of lines in bounded
/// memory, on the thread pool), places every read error and validation issue at its line and column, and collects them.
/// </summary>
internal static class FileValidator
{
    /// <summary>Validates the input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="format">The format to read it as, or null to tell from its extension or its first bytes.</param>
    /// <param name="console">The console.</param>
    /// <param name="progress">Where progress goes.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<FileResult> ValidateAsync(Endpoint input, ReportFormat? format, CliConsole console, Progress progress, CancellationToken cancellationToken)
    {
        var result = new FileResult(input.IsStandardStream ? "<stdin>" : input.Name, input.IsStandardStream ? "-" : UriOf(input.Name));
        if (input.Path is { } path && Directory.Exists(path))
        {
            result.Unreadable = "it is a directory, not a file";
            return result;
        }

        Stream stream;
        try
        {
            stream = input.OpenRead(console);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            result.Unreadable = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return result;
        }

        await using (stream.ConfigureAwait(false))
        {
            // validate reads ConflictModel JSON and JSON Lines; any other name is told by its first bytes.
            format ??= FormatRegistry.ByFileName(input.Path) is { } named && (named == FormatRegistry.Json || named == FormatRegistry.JsonLines) ? named : null;
            if (format is null)
            {
                (format, stream) = await FormatSniffer.SniffAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            result.Format = format.Name;
            try
            {
                if (format == FormatRegistry.JsonLines)
                {
                    await ValidateLinesAsync(stream, result, progress, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    using var memory = new MemoryStream();
                    await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
                    result.Documents++;
                    ValidateDocument(memory.GetBuffer().AsSpan(0, (int)memory.Length), 0, result.Problems);
                }
            }
            catch (IOException e)
            {
                result.Unreadable = e.Message;
            }
        }

        return result;
    }

    /// <remarks>
    /// The lines are copied into batches of about <see cref="BatchBytes"/> and validated on the thread
    /// pool, a few batches at once while the next lines are cut, and their problems are joined in the
    /// order of the lines: the same problems, in the same order, as one line at a time. Memory stays
    /// bounded by the batches in flight (at most <see cref="Environment.ProcessorCount"/> + 1).
    /// </remarks>
    private static async Task ValidateLinesAsync(Stream stream, FileResult result, Progress progress, CancellationToken cancellationToken)
    {
        var inFlight = Environment.ProcessorCount == 1 ? 0 : Environment.ProcessorCount + 1;
        var pending = new Queue<(Task<List<Problem>> Problems, int Lines)>();
        var batch = new LineBatch();

        async Task JoinAsync((Task<List<Problem>> Problems, int Lines) validated)
        {
            result.Problems.AddRange(await validated.Problems.ConfigureAwait(false));
            result.Documents += validated.Lines;
            progress.Report(result.Name, result.Documents);
        }

        async Task SendAsync(LineBatch full)
        {
            if (inFlight == 0)
            {
                await JoinAsync((Task.FromResult(full.Validate()), full.Count)).ConfigureAwait(false);
                return;
            }

            pending.Enqueue((Task.Run(full.Validate, cancellationToken), full.Count));
            if (pending.Count >= inFlight)
            {
                await JoinAsync(pending.Dequeue()).ConfigureAwait(false);
            }
        }

        async Task DrainAsync()
        {
            if (batch.Count > 0)
            {
                await SendAsync(batch).ConfigureAwait(false);
                batch = new LineBatch();
            }

            while (pending.Count > 0)
            {
                await JoinAsync(pending.Dequeue()).ConfigureAwait(false);
            }
        }

        try
        {
            await foreach (var line in ReportLibrary.CutJsonLines(stream, cancellationToken).ConfigureAwait(false))
            {
                batch.Add(line);
                if (batch.IsFull)
                {
                    await SendAsync(batch).ConfigureAwait(false);
                    batch = new LineBatch();
                }
            }
        }
        catch (ConflictJsonException e) when (e.Kind == ConflictJsonErrorKind.LineTooLong)
        {
            // The library's line reader ends at a line too long to hold: the lines after it are not
            // read. The lines before it come first.
            await DrainAsync().ConfigureAwait(false);
            result.Problems.Add(new Problem((e.LineNumber ?? 0) + 1, 1, ValidationSeverity.Error, nameof(ConflictJsonErrorKind.LineTooLong), $"The line is longer than the limit of {ReportLibrary.MaxLineLength} bytes; the lines after it were not read.", string.Empty, null));
            return;
        }

        await DrainAsync().ConfigureAwait(false);
    }

    /// <summary>About how many bytes of lines a batch holds before it is validated: enough that handing it to another thread costs little beside it.</summary>
    private const int BatchBytes = 1 << 20;

    /// <summary>Reads and validates one document that starts at line <paramref name="firstLine"/> (from 0) of its file.</summary>
    private static void ValidateDocument(ReadOnlySpan<byte> utf8, long firstLine, List<Problem> problems)
    {
        ConflictReport report;
        try
        {
            report = ReportLibrary.ReadJson(utf8);
        }
        catch (ConflictJsonException e)
        {
            var (line, column) = JsonPositions.OfLineAndByte(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            problems.Add(new Problem(firstLine + line, column, ValidationSeverity.Error, e.Kind.ToString(), e.Problem, e.JsonPointer, null));
            return;
        }

        foreach (var issue in ReportLibrary.Validate(report).Issues)
        {
            var (line, column) = JsonPositions.OfOffset(utf8, JsonPositions.OffsetOf(utf8, issue.Path));
            problems.Add(new Problem(firstLine + line, column, issue.Severity, issue.Code, issue.Message, issue.Path, issue.EntityId));
        }
    }

    private static string UriOf(string path)
        => string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>Lines copied out of the reader's buffer, to be validated together on another thread.</summary>
    private sealed class LineBatch
    {
        private readonly List<(long FirstLine, int Start, int Length)> _lines = [];
        private byte[] _bytes = new byte[BatchBytes];
        private int _used;

        /// <summary>Gets the number of lines.</summary>
        public int Count => _lines.Count;

        /// <summary>Gets a value indicating whether the batch holds enough to be sent.</summary>
        public bool IsFull => _used >= BatchBytes;

        /// <summary>Copies a line in (its bytes are valid only until the reader moves on).</summary>
        public void Add(ConflictJsonLine line)
        {
            var utf8 = line.Utf8.Span;
            if (_bytes.Length - _used < utf8.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + utf8.Length));
            }

            utf8.CopyTo(_bytes.AsSpan(_used));
            _lines.Add((line.LineNumber - 1, _used, utf8.Length));
            _used += utf8.Length;
        }

        /// <summary>Reads and validates every line, in order.</summary>
        /// <returns>The problems, in the order of the lines.</returns>
        public List<Problem> Validate()
        {
            var problems = new List<Problem>();
            foreach (var (firstLine, start, length) in _lines)
            {
                ValidateDocument(_bytes.AsSpan(start, length), firstLine, problems);
            }

            return problems;
        }
    }
}
