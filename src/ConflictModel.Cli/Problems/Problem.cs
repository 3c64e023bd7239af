namespace ConflictModel.Cli.Problems;

/// <summary>
/// One problem in one input file, placed as compilers place theirs: a line and a column, both
/// counted from 1 (the column in UTF-16 code units, as editors and SARIF count by default).
/// </summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Severity">The severity; a document that cannot be read is an error.</param>
/// <param name="Code">A validation code (<c>CM0101</c>) or, for a document that cannot be read, the kind of read error (<c>Malformed</c>).</param>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="Pointer">Where, as a JSON Pointer into the document (of the line, for JSON Lines); empty for the whole document.</param>
/// <param name="EntityId">The id of the entity concerned, if any.</param>
internal sealed record Problem(long Line, long Column, ValidationSeverity Severity, string Code, string Message, string Pointer, string? EntityId);
