using System;

namespace ConflictModel.Fixtures;

/// <summary>
/// One document of the invalid-document corpus (<see cref="InvalidDocuments"/>): the valid base with one
/// thing broken, and the one failure it must produce — a read error of a given kind at a given place,
/// or exactly one validation issue of a given code, severity and place.
/// </summary>
/// <remarks>
/// <para>Exactly one of the two expectations is set, as <see cref="Stage"/> says: for
/// <see cref="InvalidDocumentStage.Read"/>, <see cref="ExpectedReadError"/> and <see cref="ExpectedPath"/>;
/// for <see cref="InvalidDocumentStage.Validation"/>, <see cref="ExpectedValidationCode"/> and
/// <see cref="ExpectedSeverity"/>. <see cref="ExpectedPointer"/> is set for both. The expectations hold
/// for <see cref="ConflictJson"/> with its default options and <see cref="ReportValidator.Default"/>.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class InvalidDocument
{
    private readonly byte[] _utf8;

    internal InvalidDocument(
        string name,
        string description,
        byte[] utf8,
        string json,
        ConflictJsonErrorKind? expectedReadError,
        string? expectedPath,
        string? expectedValidationCode,
        ValidationSeverity? expectedSeverity,
        string expectedPointer)
    {
        Name = name;
        Description = description;
        _utf8 = utf8;
        Json = json;
        ExpectedReadError = expectedReadError;
        ExpectedPath = expectedPath;
        ExpectedValidationCode = expectedValidationCode;
        ExpectedSeverity = expectedSeverity;
        ExpectedPointer = expectedPointer;
    }

    /// <summary>Gets the document's name, such as <c>latitude-out-of-range</c>; the committed file is <c>Corpus/invalid/{Name}.json</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the document breaks, in a sentence.</summary>
    public string Description { get; }

    /// <summary>Gets the document's text: its UTF-8 bytes decoded as they are (a byte order mark stays, as U+FEFF).</summary>
    public string Json { get; }

    /// <summary>Gets the document's bytes, exactly as committed.</summary>
    /// <remarks>The memory is shared and must not be written to; copy it (<c>ToArray()</c>) to get bytes of your own.</remarks>
    public ReadOnlyMemory<byte> Utf8Json => _utf8;

    /// <summary>Gets where the document must fail: when it is read, or when it is validated.</summary>
    public InvalidDocumentStage Stage => ExpectedReadError is null ? InvalidDocumentStage.Validation : InvalidDocumentStage.Read;

    /// <summary>Gets the <see cref="ConflictJsonException.Kind"/> reading must fail with, or null when the document reads.</summary>
    public ConflictJsonErrorKind? ExpectedReadError { get; }

    /// <summary>
    /// Gets the <see cref="System.Text.Json.JsonException.Path"/> the read error must give, such as
    /// <c>$.locations[2].point.latitude</c>, or null when the document reads.
    /// </summary>
    public string? ExpectedPath { get; }

    /// <summary>Gets the <see cref="ValidationIssue.Code"/> of the one issue validation must return, such as <c>CM0201</c>, or null when reading fails.</summary>
    public string? ExpectedValidationCode { get; }

    /// <summary>Gets the <see cref="ValidationIssue.Severity"/> of the one issue validation must return, or null when reading fails.</summary>
    public ValidationSeverity? ExpectedSeverity { get; }

    /// <summary>
    /// Gets the JSON Pointer of the failure: the <see cref="ConflictJsonException.JsonPointer"/> of the read error
    /// (the same place as <see cref="ExpectedPath"/>), or the <see cref="ValidationIssue.Path"/> of the one
    /// validation issue, such as <c>/claims/1/claimant</c>. The empty string is the whole document.
    /// </summary>
    public string ExpectedPointer { get; }

    /// <summary>Returns the document's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
