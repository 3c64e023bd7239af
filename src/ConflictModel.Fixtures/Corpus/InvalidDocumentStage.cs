namespace ConflictModel.Fixtures;

/// <summary>Where an <see cref="InvalidDocument"/> must fail: when it is read, or when the report it reads to is validated.</summary>
public enum InvalidDocumentStage
{
    /// <summary>
    /// Reading fails: <see cref="ConflictJson.Deserialize(string, ConflictJsonOptions?)"/> throws a <see cref="ConflictJsonException"/> of
    /// <see cref="InvalidDocument.ExpectedReadError"/> at <see cref="InvalidDocument.ExpectedPath"/>.
    /// </summary>
    Read = 1,

    /// <summary>
    /// The document reads, and <see cref="ConflictReport.Validate()"/> returns exactly one issue, of
    /// <see cref="InvalidDocument.ExpectedValidationCode"/> at <see cref="InvalidDocument.ExpectedPointer"/>.
    /// </summary>
    Validation = 2,
}
