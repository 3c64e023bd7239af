using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Commands;

/// <summary><c>schema [OUT]</c>: writes the JSON Schema of the format.</summary>
internal static class SchemaCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(string outputName, CliContext context, CancellationToken cancellationToken)
    {
        var schema = ReportLibrary.Schema;
        var bytes = Encoding.UTF8.GetBytes(schema.EndsWith('\n') ? schema : schema + "\n");
        await Endpoint.Of(outputName, context.Console).WriteAsync(context.Console, (s, ct) => s.WriteAsync(bytes, ct).AsTask(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
