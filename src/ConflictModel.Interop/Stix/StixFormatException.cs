using System;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// A document that is not a STIX 2.1 bundle this library can read: not JSON, not a bundle, an object
/// without a type or id, or a ConflictModel extension whose entity does not read.
/// </summary>
public sealed class StixFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where in the bundle: <c>$</c>, <c>objects[3]</c>, or a STIX id.</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    /// <param name="inner">The underlying error, or null.</param>
    public StixFormatException(string location, string message, Exception? inner = null)
        : base($"{location}: {message}", inner)
    {
        Location = location;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StixFormatException()
        : this("$", "The document is not a STIX bundle.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public StixFormatException(string message)
        : this("$", message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public StixFormatException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    /// <summary>Gets where in the bundle the problem is: <c>$</c>, <c>objects[3]</c>, or a STIX id.</summary>
    public string Location { get; }
}
