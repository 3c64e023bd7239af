namespace ConflictModel;

/// <summary>How strictly <see cref="ConflictJson"/> reads a document.</summary>
public enum ConflictJsonReadMode
{
    /// <summary>
    /// The default: unknown properties, duplicate properties, unknown enum values and unknown
    /// claim kinds are errors. A document of a newer minor schema version is still read
    /// tolerantly, because a minor version only adds optional members.
    /// </summary>
    Strict = 0,

    /// <summary>
    /// Unknown properties are skipped; everything else is checked as in <see cref="Strict"/>
    /// (duplicate properties, unknown enum values and unknown claim kinds are still errors).
    /// </summary>
    Tolerant = 1,
}
