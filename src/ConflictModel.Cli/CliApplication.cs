using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Commands;
using ConflictModel.Cli.Formats;

namespace ConflictModel.Cli;

/// <summary>
/// The <c>conflictmodel</c> tool as a function: arguments and standard streams in, exit code out.
/// The process entry point calls it with the process's own streams; tests call it with memory
/// streams and a cancellation token of their own.
/// </summary>
/// <remarks>
/// Exit codes: 0 success (every input valid), 1 an input is not a valid report, 2 an input cannot
/// be read or the command line is wrong, 130 cancelled. See docs/cli.md for every command.
/// </remarks>
public static class CliApplication
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments, without the program's name.</param>
    /// <param name="console">The standard streams and what is known of the terminal.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C); no output file is left half-written.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var context = new CliContext(console);
        try
        {
            return await RunAsync(args, context, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await context.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await context.Output.DisposeAsync().ConfigureAwait(false);
            await context.Error.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs the tool to its end, synchronously.</summary>
    /// <param name="args">The arguments, without the program's name.</param>
    /// <param name="standardInput">Standard input.</param>
    /// <param name="standardOutput">Standard output.</param>
    /// <param name="standardError">Standard error.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(IReadOnlyList<string> args, Stream standardInput, Stream standardOutput, Stream standardError, CancellationToken cancellationToken = default)
        => RunAsync(args, new CliConsole(standardInput, standardOutput, standardError), cancellationToken).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"conflictmodel: {error.Message}");
            }

            var command = string.Join(' ', parse.CommandResult.Command == root ? ["conflictmodel"] : new[] { "conflictmodel", parse.CommandResult.Command.Name });
            context.Error.WriteLine($"Type '{command} --help' to see what it takes, with an example.");
            return ExitCodes.Unusable;
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = context.Output,
                    Error = context.Error,
                    EnableDefaultExceptionHandler = false,
                    ProcessTerminationTimeout = null, // Ctrl+C is the caller's: it cancels the token.
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Progress.Clear();
            context.Error.WriteLine("conflictmodel: cancelled; no output was written under its name.");
            return ExitCodes.Cancelled;
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"conflictmodel: {e.Message}");
            context.Error.WriteLine(e.Hint);
            return ExitCodes.Unusable;
        }
        catch (InputException e)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.Unusable;
        }
        catch (InvalidReportException e)
        {
            context.Progress.Clear();
            context.Error.WriteLine(e.Message);
            if (e.ValidateSaysMore)
            {
                context.Error.WriteLine("Type 'conflictmodel validate FILE' to see every problem with its line and column.");
            }

            return ExitCodes.Invalid;
        }
        catch (ConflictModel.Interop.DatasetFormatException e)
        {
            // A dataset CSV read by a command that does not name its inputs itself: the message names the row and the column.
            context.Progress.Clear();
            context.Error.WriteLine($"conflictmodel: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (ArgumentException e) when (e.ParamName == "reports")
        {
            // Merge: two different entities under one id.
            context.Progress.Clear();
            context.Error.WriteLine($"conflictmodel: the reports read do not merge into one: {WithoutParameter(e)}");
            return ExitCodes.Invalid;
        }
        catch (ArgumentException e) when (e.ParamName == "rows")
        {
            // A dataset CSV of rows of two layouts (one with the population columns, one without).
            context.Progress.Clear();
            context.Error.WriteLine($"conflictmodel: the rows cannot be written as one file: {WithoutParameter(e)}");
            return ExitCodes.Invalid;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Progress.Clear();
            context.Error.WriteLine($"conflictmodel: {e.Message}");
            return ExitCodes.Unusable;
        }
    }

    /// <summary>An argument exception's message without the " (Parameter '…')" the runtime appends: the parameter is the library's, not the user's.</summary>
    internal static string WithoutParameter(ArgumentException e)
    {
        var suffix = $" (Parameter '{e.ParamName}')";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    /// <summary>
    /// Refuses a file argument that looks like an option: without this, a mistyped option such as
    /// <c>--warning-as-errors</c> would be taken for a file name. A file whose name starts with a
    /// dash is named <c>./-file</c>.
    /// </summary>
    private static void RefuseOptions(Argument argument)
        => argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unknown option '{token.Value}'. (A file whose name starts with '-' is named './{token.Value}'.)");
                }
            }
        });

    private static Command Build(CliContext context)
    {
        // A Command, not a RootCommand, so that help says "conflictmodel" rather than the name of the
        // assembly the tool's shim runs (ConflictModel.Cli); help and version are added as RootCommand would.
        var root = new Command(
            "conflictmodel",
            "conflictmodel: validate, describe, render and convert ConflictModel reports (JSON and JSON Lines).\n\n"
            + "Examples:\n"
            + "  conflictmodel fixture mali mali.json\n"
            + "  conflictmodel validate mali.json\n"
            + "  conflictmodel describe mali.json\n"
            + "  conflictmodel convert mali.json mali.jsonl\n"
            + "  conflictmodel render mali.json -o mali.html\n\n"
            + "Exit codes: 0 valid, 1 invalid, 2 unreadable input or bad usage, 130 cancelled. '-' is standard input or output.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Add(Validate(context));
        root.Add(Describe(context));
        root.Add(Convert(context));
        root.Add(Render(context));
        root.Add(AcledUpdate(context));
        root.Add(Schema(context));
        root.Add(Fixture(context));
        return root;
    }

    private static Command Validate(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "The files to validate; '-' is standard input.", Arity = ArgumentArity.OneOrMore };
        RefuseOptions(files);
        var format = new Option<string>("--format") { Description = "How to read the files: auto (by extension, else by the first line), json or jsonl.", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", FormatRegistry.Json.Name, FormatRegistry.JsonLines.Name);
        var output = new Option<string>("--output", "-o") { Description = "text: one line a problem, file:line:column: severity CODE: message (JSON Pointer); json: a JSON object; sarif: SARIF 2.1.0.", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong("text", "json", "sarif");
        var strict = new Option<bool>("--warnings-as-errors") { Description = "A warning makes a file invalid (exit code 1)." };
        var command = new Command(
            "validate",
            "Reads and validates JSON or JSON Lines files and prints every problem, with its line, column and JSON Pointer, then a summary line.\n"
            + "Exit code 0 when every file is valid (warnings allowed), 1 when one is not, 2 when one cannot be read.\n\n"
            + "Examples:\n  conflictmodel validate report.json engagements.jsonl\n  cat report.json | conflictmodel validate - --output sarif > results.sarif")
        {
            files, format, output, strict,
        };
        command.SetAction((parse, ct) => ValidateCommand.RunAsync(parse.GetRequiredValue(files), parse.GetRequiredValue(format), parse.GetRequiredValue(output), parse.GetValue(strict), context, ct));
        return command;
    }

    private static Command Describe(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The report, JSON or JSON Lines; '-' is standard input." };
        RefuseOptions(file);
        var command = new Command(
            "describe",
            "Prints what a report holds: its sources, each engagement with its time, places and sides, each claim with its claimant, value and quoted words.\n\n"
            + "Examples:\n  conflictmodel describe report.json\n  conflictmodel fixture mali | conflictmodel describe -")
        {
            file,
        };
        command.SetAction((parse, ct) => DescribeCommand.RunAsync(parse.GetRequiredValue(file), context, ct));
        return command;
    }

    private static Command Convert(CliContext context)
    {
        var input = new Argument<string>("IN") { Description = "The file to read; '-' is standard input." };
        var output = new Argument<string>("OUT") { Description = "The file to write, replaced only when everything was written; '-' is standard output." };
        RefuseOptions(input);
        RefuseOptions(output);
        var names = FormatRegistry.All.Select(f => f.Name).ToArray();
        var from = new Option<string?>("--from") { Description = $"The input's format, when its extension does not say: {FormatRegistry.Names}." };
        from.AcceptOnlyFromAmong(names);
        var to = new Option<string?>("--to") { Description = $"The output's format, when its extension does not say: {FormatRegistry.Names}." };
        to.AcceptOnlyFromAmong(names);
        var lossReport = new Option<string?>("--loss-report") { Description = "Also write what the target format could not hold, as JSON, to this file." };
        var csvEscape = new Option<string>("--csv-escape") { Description = "How ACLED and UCDP GED CSV is written: spreadsheet puts a ' before text that starts like a formula (= + - @, tab, CR), which the loss report lists; none writes every value as it is, for programs.", DefaultValueFactory = _ => "spreadsheet" };
        csvEscape.AcceptOnlyFromAmong("spreadsheet", "none");
        var formats = string.Join("\n", FormatRegistry.All.Select(f => f.IsDirectory ? $"  {f.Name} (a directory): {f.Description}" : f.Extensions.IsEmpty ? $"  {f.Name} (no extension: --from {f.Name}, --to {f.Name}): {f.Description}" : $"  {f.Name} ({string.Join(", ", f.Extensions)}): {f.Description}"));
        var command = new Command(
            "convert",
            "Converts reports between formats, chosen by extension or --from/--to, streaming where both formats allow; prints what was lost to standard error.\n\n"
            + $"Formats:\n{formats}\n\n"
            + "Examples:\n  conflictmodel convert report.json engagements.jsonl\n  conflictmodel convert engagements.jsonl - --to json > report.json\n  conflictmodel convert report.json report.stix.json\n  conflictmodel convert report.json map.geojson\n  conflictmodel convert engagements.jsonl dataset --to parquet\n  conflictmodel convert dataset report.json --from parquet")
        {
            input, output, from, to, lossReport, csvEscape,
        };
        command.SetAction((parse, ct) => ConvertCommand.RunAsync(
            parse.GetRequiredValue(input),
            parse.GetRequiredValue(output),
            parse.GetValue(from),
            parse.GetValue(to),
            parse.GetValue(lossReport),
            parse.GetResult(csvEscape) is { Implicit: false }
                ? parse.GetValue(csvEscape) == "none" ? ConflictModel.Interop.DatasetWriteOptions.MachineToMachine : ConflictModel.Interop.DatasetWriteOptions.SpreadsheetSafe
                : null,
            context,
            ct));
        return command;
    }

    private static Command Render(CliContext context)
    {
        var file = new Argument<string>("REPORT") { Description = "The report, JSON or JSON Lines; '-' is standard input." };
        RefuseOptions(file);
        var output = new Option<string?>("--output", "-o") { Description = "The HTML file to write, replaced only when everything was written; '-' is standard output. Default: the report's name with .html, or standard output for standard input." };
        var title = new Option<string?>("--title") { Description = "The page's title; default: the title of the report's first source." };
        var command = new Command(
            "render",
            "Writes a report as one self-contained HTML page, for a person to check it in a browser: each source's text with every quoted span and mention highlighted, "
            + "the claims each supports, claims by engagement with their disagreements and corroborations, a timeline and a map. The page makes no network request.\n\n"
            + "Examples:\n  conflictmodel render report.json -o report.html\n  conflictmodel fixture mali | conflictmodel render - > mali.html")
        {
            file, output, title,
        };
        command.SetAction((parse, ct) => RenderCommand.RunAsync(parse.GetRequiredValue(file), parse.GetValue(output), parse.GetValue(title), context, ct));
        return command;
    }

    private static Command AcledUpdate(CliContext context)
    {
        var local = new Argument<string>("LOCAL") { Description = "The local copy of ACLED's event CSV." };
        var newer = new Argument<string>("NEWER") { Description = "The rows downloaded since (ACLED's event CSV)." };
        var output = new Argument<string>("OUT") { Description = "The updated copy, replaced only when everything was written; '-' is standard output." };
        RefuseOptions(local);
        RefuseOptions(newer);
        RefuseOptions(output);
        var deletions = new Option<string?>("--deletions") { Description = "ACLED's deletions list (event_id_cnty, deleted_timestamp)." };
        var command = new Command(
            "acled-update",
            "Updates a local copy of ACLED's event CSV as ACLED's R client does: newer rows replace local ones by event_id_cnty and timestamp, rows on the deletions list are dropped.\n\n"
            + "Examples:\n  conflictmodel acled-update local.csv since.csv local-new.csv --deletions deleted.csv")
        {
            local, newer, output, deletions,
        };
        command.SetAction((parse, ct) => AcledUpdateCommand.RunAsync(parse.GetRequiredValue(local), parse.GetRequiredValue(newer), parse.GetRequiredValue(output), parse.GetValue(deletions), context, ct));
        return command;
    }

    private static Command Schema(CliContext context)
    {
        var output = new Argument<string>("OUT") { Description = "Where to write it; '-' (the default) is standard output.", DefaultValueFactory = _ => "-" };
        RefuseOptions(output);
        var command = new Command("schema", "Writes the JSON Schema of the ConflictModel JSON format.\n\nExamples:\n  conflictmodel schema conflict-report.schema.json\n  conflictmodel schema | jq .title")
        {
            output,
        };
        command.SetAction((parse, ct) => SchemaCommand.RunAsync(parse.GetRequiredValue(output), context, ct));
        return command;
    }

    private static Command Fixture(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The fixture: mali (a news article about jihadist attacks in western Mali, modelled completely)." };
        name.AcceptOnlyFromAmong("mali");
        var output = new Argument<string>("OUT") { Description = "Where to write the report; '-' (the default) is standard output.", DefaultValueFactory = _ => "-" };
        RefuseOptions(output);
        var article = new Option<string?>("--article") { Description = "Also write the article's text, byte for byte, to this file ('-' for standard output when the report goes to a file)." };
        var command = new Command(
            "fixture",
            "Writes a bundled example report, so that the tool can be tried without a file of one's own.\n\n"
            + "Examples:\n  conflictmodel fixture mali mali.json --article mali.txt\n  conflictmodel fixture mali | conflictmodel validate -")
        {
            name, output, article,
        };
        command.SetAction((parse, ct) => FixtureCommand.RunAsync(parse.GetRequiredValue(output), parse.GetValue(article), context, ct));
        return command;
    }
}
