namespace ConflictModel;

/// <summary>How serious a <see cref="ValidationIssue"/> is; only errors make a report invalid.</summary>
/// <remarks>
/// Members are ordered from the most to the least serious, so <c>severity &lt;= ValidationSeverity.Warning</c>
/// reads "a warning or worse". The default value (0) is not a severity.
/// </remarks>
public enum ValidationSeverity
{
    /// <summary>The parts of the report contradict each other; the report is invalid until it is fixed.</summary>
    Error = 1,

    /// <summary>Very likely a mistake, but the report can still be read and used.</summary>
    Warning = 2,

    /// <summary>Something a reader should know, such as a quote that could not be checked.</summary>
    Info = 3,
}
