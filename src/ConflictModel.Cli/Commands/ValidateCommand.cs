using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Io;
using ConflictModel.Cli.Problems;

namespace ConflictModel.Cli.Commands;

/// <summary><c>validate FILE...</c>: reads and validates each file and reports every problem.</summary>
internal static class ValidateCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> files, string format, string output, bool warningsAsErrors, CliContext context, CancellationToken cancellationToken)
    {
        if (files.Count(f => f == Endpoint.StandardStream) > 1)
        {
            throw new UsageException("Standard input ('-') can be read only once.", "Name '-' once: conflictmodel validate - other.json");
        }

        var chosen = format == "auto" ? null : FormatRegistry.ByName(format);
        var results = new List<FileResult>(files.Count);
        foreach (var file in files)
        {
            results.Add(await FileValidator.ValidateAsync(Endpoint.Of(file, context.Console), chosen, context.Console, context.Progress, cancellationToken).ConfigureAwait(false));
            context.Progress.Clear();
        }

        var summary = ProblemWriters.Summary(results, warningsAsErrors);
        switch (output)
        {
            case "json":
                ProblemWriters.WriteJson(context.Console.Output, results, warningsAsErrors);
                context.Error.WriteLine(summary);
                break;
            case "sarif":
                ProblemWriters.WriteSarif(context.Console.Output, results, warningsAsErrors);
                context.Error.WriteLine(summary);
                break;
            default:
                ProblemWriters.WriteText(context.Output, results, context.OutputStyle);
                context.Output.WriteLine(summary);
                break;
        }

        return results.Any(r => r.Unreadable is not null) ? ExitCodes.Unusable
            : results.Any(r => r.Fails(warningsAsErrors)) ? ExitCodes.Invalid
            : ExitCodes.Success;
    }
}
