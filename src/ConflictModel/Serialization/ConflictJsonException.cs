using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace ConflictModel;

/// <summary>
/// The one exception <see cref="ConflictJson"/> and <see cref="ConflictJsonLines"/> throw for a
/// document they cannot read: malformed JSON, a value of the wrong type, an unknown or duplicate
/// property, a missing member, a value that breaks an invariant of the model, an unsupported schema
/// version. It says what is wrong (<see cref="Kind"/>, <see cref="Problem"/>) and where
/// (<see cref="JsonException.Path"/>, <see cref="JsonPointer"/>, <see cref="JsonException.LineNumber"/>,
/// <see cref="JsonException.BytePositionInLine"/>).
/// </summary>
/// <remarks>
/// <para><see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> count
/// from 0, as System.Text.Json does; the <see cref="Exception.Message"/> gives them counted from 1, as
/// editors show them. For newline-delimited JSON the line is the line of the stream. When a constructor
/// or factory of the model refused a value, its exception is the <see cref="Exception.InnerException"/>.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Every instance carries a kind and a location; only the reader creates them.")]
public sealed class ConflictJsonException : JsonException
{
    internal ConflictJsonException(ConflictJsonErrorKind kind, string problem, string path, string jsonPointer, long lineNumber, long bytePositionInLine, Exception? innerException)
        : base(Compose(problem, path, lineNumber, bytePositionInLine), path, lineNumber, bytePositionInLine, innerException)
    {
        Kind = kind;
        Problem = problem;
        JsonPointer = jsonPointer;
    }

    /// <summary>Gets what kind of problem the document has.</summary>
    public ConflictJsonErrorKind Kind { get; }

    /// <summary>Gets the problem in one or two sentences, without the location (which <see cref="Exception.Message"/> adds).</summary>
    public string Problem { get; }

    /// <summary>
    /// Gets the location as a JSON Pointer (RFC 6901), such as <c>/locations/0/point/latitude</c>;
    /// the empty string is the whole document. It names the same place as <see cref="JsonException.Path"/>.
    /// </summary>
    public string JsonPointer { get; }

    /// <summary>The longest path the message quotes; <see cref="JsonException.Path"/> keeps the whole path.</summary>
    private const int MaxQuotedPath = 200;

    // The path can hold a member name from the document, which may be long or hold a newline:
    // the message quotes it bounded and escaped, like every value it quotes.
    private static string Compose(string problem, string path, long lineNumber, long bytePositionInLine)
        => string.Create(CultureInfo.InvariantCulture, $"{problem} (at {MessageQuote.Of(path, MaxQuotedPath)}, line {lineNumber + 1}, byte {bytePositionInLine + 1})");
}
