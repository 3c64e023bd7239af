using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// The id of an entity in another dataset or gazetteer: a Wikidata item (<c>Q1350564</c>), an
/// ACLED actor name, a UCDP actor id, a GeoNames feature id.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class ExternalId : IEquatable<ExternalId>
{
    /// <summary>The scheme of Wikidata item ids ("Q…").</summary>
    public const string Wikidata = "wikidata";

    /// <summary>The scheme of ACLED actor names as ACLED writes them.</summary>
    public const string Acled = "acled";

    /// <summary>The scheme of UCDP actor, dyad or conflict ids.</summary>
    public const string Ucdp = "ucdp";

    /// <summary>The scheme of GeoNames feature ids.</summary>
    public const string GeoNames = "geonames";

    /// <summary>Initializes a new external id.</summary>
    /// <param name="scheme">The dataset or gazetteer: lower-case ASCII letters, digits and '-', such as <see cref="Wikidata"/>.</param>
    /// <param name="value">The id within that scheme; not blank.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scheme"/> is not a lower-case token, or <paramref name="value"/> is blank.</exception>
    public ExternalId(string scheme, string value)
    {
        Preconditions.CheckNotNull(scheme);
        Preconditions.CheckArgument(IsSchemeToken(scheme), nameof(scheme), $"A scheme must be 1 to 32 lower-case ASCII letters, digits or '-', starting with a letter; '{MessageQuote.Of(scheme)}' is not.");
        Scheme = scheme;
        Value = Preconditions.CheckNotBlank(value);
    }

    /// <summary>Gets the dataset or gazetteer the id belongs to.</summary>
    public string Scheme { get; }

    /// <summary>Gets the id within its scheme.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] ExternalId? other)
        => other is not null && string.Equals(Scheme, other.Scheme, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ExternalId);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scheme, Value);

    /// <summary>Compares two external ids.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ExternalId? left, ExternalId? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two external ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(ExternalId? left, ExternalId? right) => !(left == right);

    /// <summary>Returns "scheme:value".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Scheme}:{Value}";

    internal static bool IsSchemeToken(string scheme)
    {
        if (scheme.Length is 0 or > 32 || !char.IsAsciiLetterLower(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
