using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Io;
using ConflictModel.Html;

namespace ConflictModel.Cli.Commands;

/// <summary><c>render REPORT [-o OUT] [--title TITLE]</c>: the report as one self-contained HTML page (ConflictModel.Html).</summary>
internal static class RenderCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(string file, string? outputName, string? title, CliContext context, CancellationToken cancellationToken)
    {
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            throw new UsageException("The --title must have a visible character.", "Leave --title out to title the page after the report's first source.");
        }

        var input = Endpoint.Of(file, context.Console);
        var report = await ReportReader.ReadOneAsync(input, context.Console, cancellationToken).ConfigureAwait(false);
        var options = title is null ? ReportHtmlOptions.Default : ReportHtmlOptions.Default.WithTitle(title);
        // Without -o: beside the report, with .html for its extension; standard output when the report came from standard input.
        var output = Endpoint.Of(outputName ?? (input.Path is { } path ? Path.ChangeExtension(path, ".html") : Endpoint.StandardStream), context.Console);
        await output.WriteAsync(context.Console, (stream, _) =>
        {
            ReportHtml.Render(report, stream, options);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        if (!output.IsStandardStream)
        {
            context.Error.WriteLine($"conflictmodel: wrote {output.DisplayName}");
        }

        return ExitCodes.Success;
    }
}
