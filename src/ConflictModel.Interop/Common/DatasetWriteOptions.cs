namespace ConflictModel.Interop;

/// <summary>
/// How a dataset writer writes text that a spreadsheet would run as a formula.
/// <see cref="SpreadsheetSafe"/> (the default) follows OWASP's advice on CSV injection: a text field
/// that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written
/// with a <c>'</c> in front, quoted. <see cref="MachineToMachine"/> writes every field as it is, so
/// that a read of the file gives back exactly the rows written.
/// </summary>
/// <remarks>
/// Numbers are never altered: numeric and date columns are never escaped, and neither is a text
/// field whose whole text is a number (such as "-4"), which a spreadsheet reads as that number, not
/// as a formula. The escape is one-way: reading a spreadsheet-safe file gives the text with its
/// <c>'</c>. Immutable; safe to share between threads.
/// </remarks>
public sealed class DatasetWriteOptions
{
    private DatasetWriteOptions(bool escapeFormulas) => EscapeFormulas = escapeFormulas;

    /// <summary>Gets the options for files meant for people: possible formulas are escaped (the default).</summary>
    public static DatasetWriteOptions SpreadsheetSafe { get; } = new(true);

    /// <summary>Gets the options for files meant for programs: every field written as it is, so a round trip is exact.</summary>
    public static DatasetWriteOptions MachineToMachine { get; } = new(false);

    /// <summary>Gets a value indicating whether text fields that start like a formula are escaped.</summary>
    public bool EscapeFormulas { get; }
}
