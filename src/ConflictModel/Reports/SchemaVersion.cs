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
public readonly struct SchemaVersion : IEquatable<SchemaVersion>, IComparable<SchemaVersion>, ISpanParsable<SchemaVersion>, ISpanFormattable, IUtf8SpanFormattable
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
        return Parse(text.AsSpan());
    }

    /// <summary>Parses "major.minor" from characters.</summary>
    /// <param name="text">The characters.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not "major.minor" with parts in range.</exception>
    public static SchemaVersion Parse(ReadOnlySpan<char> text)
        => TextParsing.Parse<SchemaVersion>(text, TryParse, "A schema version is 'major.minor' with a major of 1 to 999 and a minor of 0 to 999 without leading zeros, such as '1.0'");

    /// <summary>Tries to parse "major.minor".</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version, when parsed.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SchemaVersion version)
    {
        version = default;
        return text is not null && TryParse(text.AsSpan(), out version);
    }

    /// <summary>Tries to parse "major.minor" from characters; never throws.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="version">The version, when parsed.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SchemaVersion version)
    {
        version = default;
        var dot = text.IndexOf('.');
        if (dot <= 0
            || !IsDigits(text[..dot]) || !IsDigits(text[(dot + 1)..])
            || !int.TryParse(text[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
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

    /// <summary>Returns "major.minor"; a version has one form, so the format and provider are ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes "major.minor" into characters.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored: a version has one form.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => destination.TryWrite(CultureInfo.InvariantCulture, $"{Major}.{Minor}", out charsWritten);

    /// <summary>Writes "major.minor" as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">Ignored: a version has one form.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False if <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => System.Text.Unicode.Utf8.TryWrite(utf8Destination, CultureInfo.InvariantCulture, $"{Major}.{Minor}", out bytesWritten);

    /// <inheritdoc/>
    static SchemaVersion IParsable<SchemaVersion>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SchemaVersion>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SchemaVersion result) => TryParse(s, out result);

    /// <inheritdoc/>
    static SchemaVersion ISpanParsable<SchemaVersion>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<SchemaVersion>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SchemaVersion result) => TryParse(s, out result);

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
