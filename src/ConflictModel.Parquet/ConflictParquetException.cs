using System;

namespace ConflictModel.Parquet;

/// <summary>A Parquet dataset cannot be read as ConflictModel tables, or JSON Lines cannot be written as one: it names the file or the line and what is wrong.</summary>
public sealed class ConflictParquetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConflictParquetException()
        : this("The Parquet dataset cannot be read.", string.Empty, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public ConflictParquetException(string message)
        : this(message, string.Empty, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ConflictParquetException(string message, Exception? innerException)
        : this(message, string.Empty, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">The file or directory.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ConflictParquetException(string message, string path, Exception? innerException)
        : base(message, innerException)
    {
        Path = path ?? string.Empty;
    }

    // A line of a JSON Lines stream that is not a valid report, or is too long.
    internal ConflictParquetException(string message, long lineNumber, Exception? innerException)
        : this(message, string.Empty, innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>Gets the file or directory the fault is in, or empty when none is known.</summary>
    public string Path { get; }

    /// <summary>
    /// Gets the line of the JSON Lines stream the fault is on, counted from 1, when the fault is in
    /// the JSON Lines being written (the <see cref="Exception.InnerException"/> is then the
    /// <see cref="ConflictJsonException"/>); otherwise null.
    /// </summary>
    public long? LineNumber { get; }
}
