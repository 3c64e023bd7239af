using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// An ISO 3166 code: a country (ISO 3166-1 alpha-2, <c>ML</c>) or a subdivision (ISO 3166-2,
/// <c>ML-1</c> for Kayes). The shape is checked here; whether the code exists is checked by report
/// validation against an embedded code table.
/// </summary>
/// <remarks>
/// Codes are kept in upper case as ISO writes them; lower-case input is refused rather than
/// changed. The default value is uninitialised: entities refuse it. This type is immutable; safe to
/// share between threads.
/// </remarks>
public readonly struct Iso3166Code : IEquatable<Iso3166Code>
{
    private readonly string? _value;

    /// <summary>Initializes a new code.</summary>
    /// <param name="value">Two upper-case letters, optionally followed by '-' and 1 to 3 upper-case letters or digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not have the shape of an ISO 3166-1 alpha-2 or ISO 3166-2 code.</exception>
    public Iso3166Code(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Preconditions.CheckArgument(
            IsWellFormed(value),
            nameof(value),
            $"The value must be an ISO 3166-1 alpha-2 code ('ML') or an ISO 3166-2 code ('ML-1') in upper case; '{MessageQuote.Of(value)}' is not.");
        _value = value;
    }

    /// <summary>Gets the code as text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is a country code (ISO 3166-1 alpha-2).</summary>
    public bool IsCountry => _value is { Length: 2 };

    /// <summary>Gets a value indicating whether this is a subdivision code (ISO 3166-2).</summary>
    public bool IsSubdivision => _value is { Length: > 2 };

    /// <summary>Gets the country part of the code: the code itself for a country, <c>ML</c> for <c>ML-1</c>.</summary>
    public Iso3166Code Country => IsSubdivision ? new Iso3166Code(Value[..2]) : this;

    /// <summary>Tells whether a text has the shape of an ISO 3166-1 alpha-2 or ISO 3166-2 code.</summary>
    /// <param name="value">The text.</param>
    /// <returns>True if well-formed.</returns>
    public static bool IsWellFormed([NotNullWhen(true)] string? value)
    {
        if (value is null || value.Length < 2 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]))
        {
            return false;
        }

        if (value.Length == 2)
        {
            return true;
        }

        if (value.Length is < 4 or > 6 || value[2] != '-')
        {
            return false;
        }

        foreach (var c in value.AsSpan(3))
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Iso3166Code left, Iso3166Code right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Iso3166Code left, Iso3166Code right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Iso3166Code other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Iso3166Code other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _value ?? string.Empty;
}
