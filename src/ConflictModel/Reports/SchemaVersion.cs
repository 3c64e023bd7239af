using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// The version of the JSON format, "major.minor". A new minor version only adds optional members,
/// so a reader of an older minor version can read it tolerantly; a new major version may change
/// meaning, so an older reader refuses it.
/// </summary>
/// <remarks>
/// The default value is 0.0, which no document has. This type is immutable; safe to share between threads.
/// </remarks>
public readonly struct SchemaVersion : IEquatable<SchemaVersion>, IComparable<SchemaVersion>
{
    /// <summary>Initializes a new version.</summary>
    /// <param name="major">The major version, 1 to 999.</param>
    /// <param name="minor">The minor version, 0 to 999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public SchemaVersion(int major, int minor)
    {
        Major = Preconditions.CheckArgumentRange(major, 1, 999);
        Minor = Preconditions.CheckArgumentRange(minor, 0, 999);
    }

    /// <summary>Gets the version this library writes and fully understands: 1.0.</summary>
    public static SchemaVersion Current { get; } = new(1, 0);

    /// <summary>Gets the major version.</summary>
    public int Major { get; }

    /// <summary>Gets the minor version.</summary>
    public int Minor { get; }

    /// <summary>Parses "major.minor", such as "1.0".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not "major.minor" with parts in range.</exception>
    public static SchemaVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"A schema version is 'major.minor' with a major of 1 to 999 and a minor of 0 to 999 without leading zeros, such as '1.0'; '{MessageQuote.Of(text)}' is not.");
    }

    /// <summary>Tries to parse "major.minor".</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version, when parsed.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SchemaVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || !IsDigits(text.AsSpan(0, dot)) || !IsDigits(text.AsSpan(dot + 1))
            || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || major is < 1 or > 999 || minor is < 0 or > 999)
        {
            return false;
        }

        version = new SchemaVersion(major, minor);
        return true;
    }

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(SchemaVersion left, SchemaVersion right) => left.Equals(right);

    /// <summary>Compares two versions for inequality.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(SchemaVersion left, SchemaVersion right) => !left.Equals(right);

    /// <summary>Tells whether a version is older than another.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True if <paramref name="left"/> is older.</returns>
    public static bool operator <(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether a version is newer than another.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True if <paramref name="left"/> is newer.</returns>
    public static bool operator >(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether a version is older than or equal to another.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True if <paramref name="left"/> is not newer.</returns>
    public static bool operator <=(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether a version is newer than or equal to another.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True if <paramref name="left"/> is not older.</returns>
    public static bool operator >=(SchemaVersion left, SchemaVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public int CompareTo(SchemaVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <inheritdoc/>
    public bool Equals(SchemaVersion other) => Major == other.Major && Minor == other.Minor;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SchemaVersion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Major, Minor);

    /// <summary>Returns "major.minor".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        // Leading zeros ("01.0") are refused rather than read as another spelling of the version.
        if (text.IsEmpty || text.Length > 3 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
