namespace ConflictModel.Cli.Io;

/// <summary>Colour for severities, used only on a terminal and never when <c>NO_COLOR</c> is set; otherwise text passes unchanged.</summary>
internal sealed class Style(bool enabled)
{
    /// <summary>Gets a style that never colours.</summary>
    public static Style Plain { get; } = new(false);

    /// <summary>Colours a severity word: errors red, warnings yellow, the rest cyan.</summary>
    public string Severity(ValidationSeverity severity, string text)
        => !enabled ? text : severity switch
        {
            ValidationSeverity.Error => $"\u001b[31m{text}\u001b[0m",
            ValidationSeverity.Warning => $"\u001b[33m{text}\u001b[0m",
            _ => $"\u001b[36m{text}\u001b[0m",
        };
}
