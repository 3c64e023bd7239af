using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// The id of a <see cref="ConflictModel.Location"/>, unique among the locations of a report. Wraps a validated string and compares
/// ordinally; readable slugs are encouraged.
/// </summary>
/// <remarks>
/// The default value is uninitialised: its <see cref="Value"/> is the empty string, which no id can be, and entities refuse it.
/// This type is immutable; safe to share between threads.
/// </remarks>
public readonly struct LocationId : IEntityId<LocationId>
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">1 to 128 ASCII letters, digits, '-', '_', '.' or ':', starting with a letter or digit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed id.</exception>
    public LocationId(string value) => _value = EntityIdRules.Check(value);

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public EntityKind Kind => EntityKind.Location;

    /// <summary>Parses an id: 1 to 128 ASCII letters, digits, '-', '_', '.' or ':', starting with a letter or digit.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a well-formed id.</exception>
    public static LocationId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var id) ? id : TextParsing.Parse<LocationId>(s, TryParse, EntityIdRules.Rule);
    }

    /// <summary>Parses an id from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a well-formed id.</exception>
    public static LocationId Parse(ReadOnlySpan<char> s) => TextParsing.Parse<LocationId>(s, TryParse, EntityIdRules.Rule);

    /// <summary>Tries to parse an id; never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The id, when parsed; the default value otherwise.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out LocationId result)
    {
        // Keeps the caller's string: no copy.
        result = EntityIdRules.IsValid(s) ? new(s!) : default;
        return result._value is not null;
    }

    /// <summary>Tries to parse an id from characters; never throws.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The id, when parsed; the default value otherwise.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out LocationId result)
    {
        result = EntityIdRules.IsValid(s) ? new(s.ToString()) : default;
        return result._value is not null;
    }

    /// <inheritdoc/>
    static LocationId IParsable<LocationId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<LocationId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out LocationId result) => TryParse(s, out result);

    /// <inheritdoc/>
    static LocationId ISpanParsable<LocationId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<LocationId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out LocationId result) => TryParse(s, out result);

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True if both hold the same text (ordinal comparison).</returns>
    public static bool operator ==(LocationId left, LocationId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True if the ids hold different text.</returns>
    public static bool operator !=(LocationId left, LocationId right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(LocationId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LocationId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the id text (empty for the default value).</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => _value ?? string.Empty;
}
