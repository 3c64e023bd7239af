using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Io;
using ConflictModel.Interop;
using ConflictModel.Interop.Acled;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>acled-update LOCAL NEWER OUT [--deletions FILE]</c>: updates a local copy of ACLED's event CSV
/// as ACLED's R client does (<see cref="AcledUpdate.Apply"/>): newer rows replace local ones by
/// <c>event_id_cnty</c> and <c>timestamp</c>, rows on the deletions list are dropped. The local copy
/// is streamed; the output is written exactly (machine-to-machine) and appears only when complete.
/// </summary>
internal static class AcledUpdateCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(string localName, string newerName, string outputName, string? deletionsName, CliContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var output = Endpoint.Of(outputName, console);
        using var local = Endpoint.Of(localName, console).OpenRead(console);
        using var newer = Endpoint.Of(newerName, console).OpenRead(console);
        using var deletions = deletionsName is null ? null : Endpoint.Of(deletionsName, console).OpenRead(console);
        var updated = AcledUpdate.Apply(
            Named(AcledCsv.Read(local), localName),
            Named(AcledCsv.Read(newer), newerName),
            deletions is null ? [] : Named(AcledCsv.ReadDeletions(deletions), deletionsName!));
        await output.WriteAsync(
            console,
            (s, _) =>
            {
                AcledCsv.Write(s, updated, DatasetWriteOptions.MachineToMachine);
                return Task.CompletedTask;
            },
            cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The rows of one input, its read errors placed in it by name (the update reads three files side by side).</summary>
    private static IEnumerable<T> Named<T>(IEnumerable<T> rows, string name)
    {
        using var e = rows.GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = e.MoveNext();
            }
            catch (DatasetFormatException error)
            {
                throw InvalidReportException.For(name, error);
            }

            if (!more)
            {
                break;
            }

            yield return e.Current;
        }
    }
}
