namespace ConflictModel.Interop;

/// <summary>What is wrong with a row or a file of a dataset.</summary>
/// <remarks>The <c>default</c> value, <see cref="InvalidValue"/>, is a real kind.</remarks>
public enum DatasetErrorKind
{
    /// <summary>A field's text breaks its column's rule: a date that is not a date, latitude 200, an unknown event type.</summary>
    InvalidValue = 0,

    /// <summary>Fields that together break a rule, such as a sub-event type that does not belong to the event type.</summary>
    InconsistentValues = 1,

    /// <summary>A row with more or fewer fields than the header.</summary>
    RaggedRow = 2,

    /// <summary>Broken CSV quoting: a quoted field never closed, text after a closing quote, a stray quote.</summary>
    MalformedCsv = 3,

    /// <summary>Bytes that are not valid UTF-8.</summary>
    InvalidUtf8 = 4,

    /// <summary>The header lacks a column the dataset requires (the whole file is refused).</summary>
    MissingColumn = 5,

    /// <summary>The header names a column twice, ignoring case (the whole file is refused).</summary>
    DuplicateColumn = 6,

    /// <summary>The input has no header at all (the whole file is refused).</summary>
    EmptyFile = 7,
}
