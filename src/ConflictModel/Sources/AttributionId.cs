using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// The id of a <see cref="ConflictModel.SourceAttribution"/>, unique among the attributions of a report. Wraps a validated string and compares
/// ordinally; readable slugs are encouraged.
/// </summary>
/// <remarks>
/// The default value is uninitialised: its <see cref="Value"/> is the empty string, which no id can be, and entities refuse it.
/// This type is immutable; safe to share between threads.
/// </remarks>
public readonly struct AttributionId : IEntityId<AttributionId>
{
    private readonly string? _value;

    /// <summary>Initializes a new id.</summary>
    /// <param name="value">1 to 128 ASCII letters, digits, '-', '_', '.' or ':', starting with a letter or digit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed id.</exception>
    public AttributionId(string value) => _value = EntityIdRules.Check(value);

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public EntityKind Kind => EntityKind.Attribution;

    /// <inheritdoc/>
    public static AttributionId Create(string value) => new(value);

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True if both hold the same text (ordinal comparison).</returns>
    public static bool operator ==(AttributionId left, AttributionId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True if the ids hold different text.</returns>
    public static bool operator !=(AttributionId left, AttributionId right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(AttributionId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AttributionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the id text (empty for the default value).</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => _value ?? string.Empty;
}
