using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Commands;

/// <summary>Opens an input for a command that needs a format: by name, else by extension, else by its first bytes.</summary>
internal static class ReportReader
{
    /// <summary>Opens the input and picks its format; throws <see cref="InputException"/> when the file cannot be opened.</summary>
    public static async Task<(ReportFormat Format, Stream Stream)> OpenAsync(Endpoint input, ReportFormat? format, CliConsole console, CancellationToken cancellationToken)
    {
        if (input.Path is { } path && Directory.Exists(path))
        {
            throw new InputException($"{input.Name}: is a directory, not a file{(format is null || format.IsDirectory ? " (a Parquet dataset is read by 'conflictmodel convert DIR report.json')" : string.Empty)}", new IOException(path));
        }

        Stream stream;
        try
        {
            stream = input.OpenRead(console);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{input.Name}: cannot read the file: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}", e);
        }

        format ??= FormatRegistry.ByFileName(input.Path);
        if (format is { CanRead: false })
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw new UsageException($"{format.Name} is written by the tool, not read: '{input.Name}' cannot be an input.", $"Read the report it was written from, in {string.Join(", ", FormatRegistry.All.Where(f => f.CanRead).Select(f => f.Name))}.");
        }

        return format is null ? await FormatSniffer.SniffAsync(stream, cancellationToken).ConfigureAwait(false) : (format, stream);
    }

    /// <summary>Reads the whole input as one report, merging the lines of JSON Lines.</summary>
    public static async Task<ConflictReport> ReadOneAsync(Endpoint input, CliConsole console, CancellationToken cancellationToken)
    {
        var (format, stream) = await OpenAsync(input, null, console, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var reports = new List<ConflictReport>();
            try
            {
                await foreach (var report in format.ReadAsync(stream, new LossReport(), cancellationToken).ConfigureAwait(false))
                {
                    reports.Add(report);
                }
            }
            catch (ConflictJsonException e)
            {
                throw InvalidReportException.For(input.DisplayName, e);
            }
            catch (ConflictModel.Interop.Stix.StixFormatException e)
            {
                throw InvalidReportException.For(input.DisplayName, e);
            }
            catch (ConflictModel.Interop.DatasetFormatException e)
            {
                throw InvalidReportException.For(input.DisplayName, e);
            }

            return reports.Count == 1 ? reports[0] : ReportLibrary.Merge(reports);
        }
    }
}

/// <summary>An input that cannot be opened or read at all. Exit code 2.</summary>
internal sealed class InputException(string message, Exception inner) : Exception(message, inner);

/// <summary>An input that is not a readable report: the message places the read error in the file. Exit code 1.</summary>
internal sealed class InvalidReportException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>Gets whether <c>conflictmodel validate</c> can say more about the input: only a JSON or JSON Lines report's errors (validate reads no CSV or STIX).</summary>
    public bool ValidateSaysMore => InnerException is ConflictJsonException;

    /// <summary>Places a dataset CSV's read error (its message names the row, the column and the rule) in the named input.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="e">The error.</param>
    /// <param name="suggestUcdp">Whether a header without ACLED's first column (most often UCDP GED's, read as ACLED's for its <c>.csv</c> name) gets the hint to name the format: <c>convert</c>'s, which takes <c>--from</c>.</param>
    public static InvalidReportException For(string name, ConflictModel.Interop.DatasetFormatException e, bool suggestUcdp = false)
        => new(
            suggestUcdp && e is { RowNumber: 1, Column: "event_id_cnty" }
                ? $"{name}: {e.Message} If the file is UCDP GED's, add --from ucdp."
                : $"{name}: {e.Message}",
            e);

    /// <summary>Places a read error in the named input, as <c>validate</c> would print it.</summary>
    public static InvalidReportException For(string name, ConflictJsonException e)
        => new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}:{(e.LineNumber ?? 0) + 1}: error {e.Kind}: {e.Problem} ({e.JsonPointer})"), e);

    /// <summary>Places a read error of one line of JSON Lines, <paramref name="line"/> of the stream (counted from 1), in the named input, as <see cref="For(string, ConflictJsonException)"/> does a stream's.</summary>
    public static InvalidReportException For(string name, long line, ConflictJsonException e)
        => new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}:{line}: error {e.Kind}: {e.Problem} ({e.JsonPointer})"), e);

    /// <summary>Places a STIX bundle's read error (its message names the object and member) in the named input.</summary>
    public static InvalidReportException For(string name, ConflictModel.Interop.Stix.StixFormatException e)
        => new($"{name}: error: not a readable STIX bundle: {e.Message}", e);
}
