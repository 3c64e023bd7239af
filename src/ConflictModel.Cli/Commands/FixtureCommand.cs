using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Commands;

/// <summary><c>fixture mali [OUT] [--article FILE]</c>: writes the bundled Mali report, and on request the article's text.</summary>
internal static class FixtureCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(string outputName, string? articleFile, CliContext context, CancellationToken cancellationToken)
    {
        if (articleFile == Endpoint.StandardStream && outputName == Endpoint.StandardStream)
        {
            throw new UsageException("The report and the article cannot both go to standard output.", "Name a file for one of them: conflictmodel fixture mali mali.json --article -");
        }

        var json = Encoding.UTF8.GetBytes(ReportLibrary.MaliJson + "\n");
        await Endpoint.Of(outputName, context.Console).WriteAsync(context.Console, (s, ct) => s.WriteAsync(json, ct).AsTask(), cancellationToken).ConfigureAwait(false);
        if (articleFile is not null)
        {
            var text = ReportLibrary.MaliArticleText;
            await Endpoint.Of(articleFile, context.Console).WriteAsync(context.Console, (s, ct) => s.WriteAsync(text, ct).AsTask(), cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
