using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// One line of a JSON Lines stream that holds a document, as <see cref="ConflictJsonLines.ReadLinesAsync"/>
/// gives it: where it is (its line number and byte offset in the stream) and its UTF-8 bytes
/// without the line end.
/// </summary>
/// <remarks>
/// <para><see cref="Utf8"/> is a view of the reader's buffer, not a copy: it is valid only until
/// the enumeration moves to the next line or ends. Copy it (<c>line.Utf8.ToArray()</c>) to keep it
/// longer.</para>
/// <para>The default value is no line of any stream: its <see cref="LineNumber"/> is 0 and its
/// bytes are empty.</para>
/// <para>This type is immutable; its bytes are safe to read from any thread while they are valid.</para>
/// </remarks>
public readonly struct ConflictJsonLine : IEquatable<ConflictJsonLine>
{
    internal ConflictJsonLine(long lineNumber, long byteOffset, ReadOnlyMemory<byte> utf8)
    {
        LineNumber = lineNumber;
        ByteOffset = byteOffset;
        Utf8 = utf8;
    }

    /// <summary>Gets the line's number in the stream, from 1; blank lines, which are skipped, are counted.</summary>
    /// <remarks>A <see cref="ConflictJsonException"/>'s <see cref="System.Text.Json.JsonException.LineNumber"/> counts from 0: an error in this line's document is at line <c>LineNumber - 1</c> of the stream.</remarks>
    public long LineNumber { get; }

    /// <summary>Gets the offset of the line's first byte from where the reading of the stream began, from 0.</summary>
    public long ByteOffset { get; }

    /// <summary>
    /// Gets the line's UTF-8 bytes without its "\n" or "\r\n", exactly as they are in the stream:
    /// nothing is trimmed or removed (a byte order mark at the start of the stream is part of the
    /// first line, and the document readers refuse it). Valid until the enumeration moves on.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Tells whether two lines are the same line: the same number, offset and bytes.</summary>
    /// <param name="left">A line.</param>
    /// <param name="right">Another line.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ConflictJsonLine left, ConflictJsonLine right) => left.Equals(right);

    /// <summary>Tells whether two lines differ in number, offset or bytes.</summary>
    /// <param name="left">A line.</param>
    /// <param name="right">Another line.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConflictJsonLine left, ConflictJsonLine right) => !left.Equals(right);

    /// <summary>Tells whether this line has the same number, offset and bytes as another.</summary>
    /// <param name="other">The other line.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ConflictJsonLine other)
        => LineNumber == other.LineNumber && ByteOffset == other.ByteOffset && Utf8.Span.SequenceEqual(other.Utf8.Span);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConflictJsonLine other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(LineNumber);
        hash.Add(ByteOffset);
        hash.AddBytes(Utf8.Span);
        return hash.ToHashCode();
    }

    /// <summary>Gives where the line is and its length, such as "line 3 at byte 120 (45 bytes)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"line {LineNumber} at byte {ByteOffset} ({Utf8.Length} bytes)");
}
