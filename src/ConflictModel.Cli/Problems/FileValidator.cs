using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Problems;

/// <summary>
/// Validates one input: reads it (a JSON document whole, JSON Lines a line at a time in bounded
/// memory), places every read error and validation issue at its line and column, and collects them.
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
                    ValidateDocument(memory.GetBuffer().AsSpan(0, (int)memory.Length), 0, result);
                }
            }
            catch (IOException e)
            {
                result.Unreadable = e.Message;
            }
        }

        return result;
    }

    private static async Task ValidateLinesAsync(Stream stream, FileResult result, Progress progress, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var line in ReportLibrary.CutJsonLines(stream, cancellationToken).ConfigureAwait(false))
            {
                ValidateDocument(line.Utf8.Span, line.LineNumber - 1, result);
                progress.Report(result.Name, result.Documents);
            }
        }
        catch (ConflictJsonException e) when (e.Kind == ConflictJsonErrorKind.LineTooLong)
        {
            // The library's line reader ends at a line too long to hold: the lines after it are not read.
            result.Problems.Add(new Problem((e.LineNumber ?? 0) + 1, 1, ValidationSeverity.Error, nameof(ConflictJsonErrorKind.LineTooLong), $"The line is longer than the limit of {ReportLibrary.MaxLineLength} bytes; the lines after it were not read.", string.Empty, null));
        }
    }

    /// <summary>Reads and validates one document that starts at line <paramref name="firstLine"/> (from 0) of its file.</summary>
    private static void ValidateDocument(ReadOnlySpan<byte> utf8, long firstLine, FileResult result)
    {
        result.Documents++;
        ConflictReport report;
        try
        {
            report = ReportLibrary.ReadJson(utf8);
        }
        catch (ConflictJsonException e)
        {
            var (line, column) = JsonPositions.OfLineAndByte(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            result.Problems.Add(new Problem(firstLine + line, column, ValidationSeverity.Error, e.Kind.ToString(), e.Problem, e.JsonPointer, null));
            return;
        }

        foreach (var issue in ReportLibrary.Validate(report).Issues)
        {
            var (line, column) = JsonPositions.OfOffset(utf8, JsonPositions.OffsetOf(utf8, issue.Path));
            result.Problems.Add(new Problem(firstLine + line, column, issue.Severity, issue.Code, issue.Message, issue.Path, issue.EntityId));
        }
    }

    private static string UriOf(string path)
        => string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
