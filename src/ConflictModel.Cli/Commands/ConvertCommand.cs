using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>convert IN OUT</c>: reads reports in one format and writes them in another, streaming where
/// both formats allow, and reports what the target could not hold (to standard error, and with
/// <c>--loss-report</c> as a JSON file). The output file appears only when everything was written.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(string inputName, string outputName, string? from, string? to, string? lossReportFile, ConflictModel.Interop.DatasetWriteOptions? csvWriting, CliContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var input = Endpoint.Of(inputName, console);
        var output = Endpoint.Of(outputName, console);
        // A directory holds a Parquet dataset, the only format that is not one file.
        var source = from is null ? (input.Path is { } inPath && Directory.Exists(inPath) ? FormatRegistry.Parquet : null) : Named(from, "--from");
        var target = to is null ? FormatRegistry.ByFileName(output.Path) ?? (output.Path is { } outPath && Directory.Exists(outPath) ? FormatRegistry.Parquet : null) : Named(to, "--to");
        if (target is null)
        {
            throw output.IsStandardStream
                ? new UsageException("Writing to standard output needs a format.", $"Add --to, one of {FormatRegistry.Names}: conflictmodel convert {inputName} - --to jsonl")
                : new UsageException($"Cannot tell the format of '{outputName}' from its extension.", $"Name it .json, .jsonl, .csv (ACLED), .stix.json or .geojson, or add --to, one of {FormatRegistry.Names}.");
        }

        if (!input.IsStandardStream && input.Path == output.Path)
        {
            throw new UsageException("The input and the output are the same file.", "Write to another file, then rename it.");
        }

        if (lossReportFile is not null && Endpoint.Of(lossReportFile, console) is { IsStandardStream: false } lossEndpoint
            && (lossEndpoint.Path == input.Path || lossEndpoint.Path == output.Path))
        {
            throw new UsageException($"The loss report would be written over the {(lossEndpoint.Path == input.Path ? "input" : "output")}, '{lossReportFile}'.", "Name another file: --loss-report losses.json");
        }

        // Both files are written only when everything was converted: a loss report that could not be
        // written at the end would leave the output behind without it, so its directory is checked first.
        var files = new List<Endpoint>(2);
        if (!target.IsDirectory)
        {
            files.Add(output); // a Parquet dataset's directory is made with its parents
        }

        if (lossReportFile is not null)
        {
            files.Add(Endpoint.Of(lossReportFile, console));
        }

        foreach (var written in files)
        {
            if (written.Path is { } path && Path.GetDirectoryName(path) is { Length: > 0 } directory && !Directory.Exists(directory))
            {
                throw new UsageException($"Cannot write '{written.Name}': the directory '{directory}' does not exist.", "Create it first, or name a file in a directory that exists.");
            }
        }

        // csvWriting: --csv-escape when given (null: not given, spreadsheet-safe for CSV, nothing else).
        if (target is IDatasetCsvFormat csv)
        {
            target = csv.Writing(csvWriting ?? ConflictModel.Interop.DatasetWriteOptions.SpreadsheetSafe);
        }
        else if (csvWriting is not null)
        {
            throw new UsageException($"--csv-escape is for ACLED and UCDP GED CSV; the output is {target.Name}.", "Leave it out, or write --to acled or --to ucdp.");
        }

        if ((source?.IsDirectory == true && input.IsStandardStream) || (target.IsDirectory && output.IsStandardStream))
        {
            throw new UsageException("A Parquet dataset is a directory, not standard input or output.", $"Name a directory: conflictmodel convert {inputName} dataset --to parquet");
        }

        // A dataset directory this command makes is removed again when the write fails before any
        // file is written in it, so that a failed conversion leaves no empty dataset to read as one.
        var madeDirectory = target.IsDirectory && output.Path is { } directoryPath && !Directory.Exists(directoryPath);
        try
        {
            var losses = new LossReport();
            if (source is { IsDirectory: true })
            {
                await WriteAsync(source.ReadDirectoryAsync(input.Path!, losses, cancellationToken), input, output, target, losses, context, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(source, target, losses, lossReportFile, context, cancellationToken).ConfigureAwait(false);
            }

            var (format, stream) = await ReportReader.OpenAsync(input, source, console, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                if (format == FormatRegistry.JsonLines && target is ParquetFormat)
                {
                    // JSON Lines into a dataset: the library takes each entity's json cell from the line's
                    // own bytes rather than writing the report again, the same dataset in about half the time.
                    await WriteLinesAsync(ReportLibrary.CutJsonLines(stream, cancellationToken), input, output, context, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await WriteAsync(format.ReadAsync(stream, losses, cancellationToken), input, output, target, losses, context, cancellationToken).ConfigureAwait(false);
                }
            }

            return await FinishAsync(format, target, losses, lossReportFile, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (madeDirectory)
        {
            RemoveIfEmpty(output.Path!);
            throw;
        }
    }

    private static void RemoveIfEmpty(string directory)
    {
        // No file in it or below (the write may have made the tables' and partitions' folders).
        if (Directory.Exists(directory) && !Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Any())
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WriteAsync(IAsyncEnumerable<ConflictReport> read, Endpoint input, Endpoint output, ReportFormat target, LossReport losses, CliContext context, CancellationToken cancellationToken)
    {
        var reports = Counted(read, input.DisplayName, context.Progress, cancellationToken);
        try
        {
            if (target.IsDirectory)
            {
                await target.WriteDirectoryAsync(output.Path!, reports, losses, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await output.WriteAsync(context.Console, (s, ct) => target.WriteAsync(s, reports, losses, ct), cancellationToken).ConfigureAwait(false);
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
            // A dataset's CSV: the message already names the row and the column.
            throw InvalidReportException.For(input.DisplayName, e, suggestUcdp: true);
        }
    }

    private static async Task WriteLinesAsync(IAsyncEnumerable<ConflictJsonLine> lines, Endpoint input, Endpoint output, CliContext context, CancellationToken cancellationToken)
    {
        try
        {
            await ParquetFormat.WriteLinesAsync(output.Path!, Counted(lines, input.DisplayName, context.Progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (ConflictModel.Parquet.ConflictParquetException e) when (e is { LineNumber: { } line, InnerException: ConflictJsonException json })
        {
            // The same error, naming the same line, as reading the lines into reports gives.
            throw InvalidReportException.For(input.DisplayName, line, json);
        }
    }

    private static async Task<int> FinishAsync(ReportFormat format, ReportFormat target, LossReport losses, string? lossReportFile, CliContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        context.Progress.Clear();
        losses.WriteText(context.Error, format.Name, target.Name);
        if (lossReportFile is not null)
        {
            await Endpoint.Of(lossReportFile, console).WriteAsync(
                console,
                (s, _) =>
                {
                    losses.WriteJson(s, format.Name, target.Name);
                    return Task.CompletedTask;
                },
                cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static ReportFormat Named(string name, string option)
        => FormatRegistry.ByName(name) ?? throw new UsageException($"Unknown format '{name}' for {option}.", $"Use one of {FormatRegistry.Names}: {option} jsonl");

    // The documents read so far, each a report or a line that holds one.
    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> documents, string name, Progress progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            progress.Report(name, ++count);
            yield return document;
        }
    }
}
