using System;

namespace ConflictModel.Interop;

/// <summary>
/// A dataset file that cannot be read as its format requires: the <see cref="Error"/> says which
/// row, which column, what text and which rule.
/// </summary>
public sealed class DatasetFormatException : FormatException
{
    /// <summary>Initializes an exception with no details (for serializers and tools).</summary>
    public DatasetFormatException()
        : this("The dataset file is not in its format.")
    {
    }

    /// <summary>Initializes an exception with a message and no details.</summary>
    /// <param name="message">The message.</param>
    public DatasetFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message, no details, and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DatasetFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception for an error.</summary>
    /// <param name="error">What is wrong, and where.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public DatasetFormatException(DatasetRowError error)
        : this(error, null)
    {
    }

    /// <summary>Initializes an exception for an error, with its cause.</summary>
    /// <param name="error">What is wrong, and where.</param>
    /// <param name="innerException">The cause, such as the decoder's exception, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public DatasetFormatException(DatasetRowError error, Exception? innerException)
        : base(Preconditions.CheckNotNull(error).Message, innerException)
        => Error = error;

    /// <summary>Gets what is wrong and where; null only for an exception built without details.</summary>
    public DatasetRowError? Error { get; }

    /// <summary>Gets the 1-based record number (the header is 1), or 0 without details.</summary>
    public long RowNumber => Error?.RowNumber ?? 0;

    /// <summary>Gets the column at fault, or null.</summary>
    public string? Column => Error?.Column;
}
