using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Commands;

/// <summary><c>describe FILE</c>: what a report holds, as a person reads it.</summary>
internal static class DescribeCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(string file, CliContext context, CancellationToken cancellationToken)
    {
        var report = await ReportReader.ReadOneAsync(Endpoint.Of(file, context.Console), context.Console, cancellationToken).ConfigureAwait(false);
        var output = context.Output;
        output.WriteLine($"{report}");
        ReportSummary.WriteValidation(ReportLibrary.Validate(report), output);
        output.WriteLine();
        ReportSummary.Write(report, output);
        return ExitCodes.Success;
    }
}
