namespace ConflictModel.Cli.Commands;

/// <summary>The tool's exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Gets the code for success: every input valid (warnings allowed unless they count as errors).</summary>
    public static int Success => 0;

    /// <summary>Gets the code for an input that is not a valid report (it does not read, or it has errors).</summary>
    public static int Invalid => 1;

    /// <summary>Gets the code for an input that cannot be opened or read, or a command line that cannot be run.</summary>
    public static int Unusable => 2;

    /// <summary>Gets the code for a run stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public static int Cancelled => 130;
}
