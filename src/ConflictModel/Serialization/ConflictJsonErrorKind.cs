namespace ConflictModel;

/// <summary>What is wrong with a JSON document that <see cref="ConflictJson"/> refused; see <see cref="ConflictJsonException.Kind"/>.</summary>
public enum ConflictJsonErrorKind
{
    /// <summary>
    /// The text is not well-formed JSON: a syntax error, input that ends too early, content
    /// after the document, a byte order mark, text that is not valid UTF-8, an empty input.
    /// </summary>
    Malformed = 1,

    /// <summary>A value has the wrong JSON type: a number where a string is expected, an array where an object is expected, null for a required member.</summary>
    WrongType = 2,

    /// <summary>An object has a property the format does not define (strict reading only).</summary>
    UnknownProperty = 3,

    /// <summary>An object has the same property twice.</summary>
    DuplicateProperty = 4,

    /// <summary>A required member is absent.</summary>
    MissingMember = 5,

    /// <summary>
    /// A value of the right type is not valid: it breaks an invariant of the model (a latitude of
    /// 200, an empty id, a claim without subjects), is not a valid date, or is a number out of range.
    /// </summary>
    InvalidValue = 6,

    /// <summary>A string is not one of the names of the enumeration expected there.</summary>
    UnknownEnumValue = 7,

    /// <summary>A claim's <c>kind</c> names no known kind of claim.</summary>
    UnknownDiscriminator = 8,

    /// <summary>The document's <c>schemaVersion</c> has a major version this library does not read.</summary>
    UnsupportedSchemaVersion = 9,

    /// <summary>Objects and arrays are nested deeper than <see cref="ConflictJsonOptions.MaxDepth"/>.</summary>
    DepthExceeded = 10,

    /// <summary>A line of newline-delimited JSON is longer than <see cref="ConflictJsonOptions.MaxLineLength"/>.</summary>
    LineTooLong = 11,

    /// <summary>The document is longer than <see cref="ConflictJsonOptions.MaxDocumentSize"/>; it was refused before it was read.</summary>
    DocumentTooLarge = 12,
}
