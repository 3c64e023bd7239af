using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli;

/// <summary>The process entry point: the console's streams, Ctrl+C as cancellation, and <see cref="CliApplication"/>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops the work cleanly (temporary files removed); a second one ends the process.
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };

        await using var input = Console.OpenStandardInput();
        await using var output = Console.OpenStandardOutput();
        await using var error = Console.OpenStandardError();
        var console = new CliConsole(input, output, error)
        {
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Environment.GetEnvironmentVariable("TERM") == "dumb",
        };
        return await CliApplication.RunAsync(args, console, cancellation.Token).ConfigureAwait(false);
    }
}
