using System;

namespace ConflictModel.Cli.Commands;

/// <summary>The command line asks for something that cannot be done; the message says what was wrong, the hint what to type instead. Exit code 2.</summary>
internal sealed class UsageException(string message, string hint) : Exception(message)
{
    /// <summary>Gets what to type instead.</summary>
    public string Hint { get; } = hint;
}
