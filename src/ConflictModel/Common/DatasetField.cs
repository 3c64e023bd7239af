using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// One field of an imported dataset row that the model has no typed home for, kept as the dataset
/// wrote it — ACLED's <c>inter1</c>, UCDP GED's <c>where_prec</c> — so that the row can be written
/// back unchanged.
/// </summary>
/// <remarks>
/// <para>A dataset field is opaque to the model: validation does not read it, and nothing in the
/// model is derived from it. A value that has a typed member (a date, a fatality count, an event
/// type) belongs in that member, not here; dataset fields keep the rest. Entities keep their
/// dataset fields in the order given.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class DatasetField : IEquatable<DatasetField>
{
    /// <summary>Initializes a new dataset field.</summary>
    /// <param name="dataset">The dataset the field comes from: 1 to 32 lower-case ASCII letters, digits or '-', starting with a letter, such as "acled" or "ucdp-ged".</param>
    /// <param name="name">The field (column) name as the dataset spells it; not blank.</param>
    /// <param name="value">The raw text value as the dataset wrote it; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dataset"/> is not a lower-case token, or <paramref name="name"/> is blank.</exception>
    public DatasetField(string dataset, string name, string value)
    {
        Preconditions.CheckNotNull(dataset);
        Preconditions.CheckArgument(ExternalId.IsSchemeToken(dataset), nameof(dataset), $"A dataset name must be 1 to 32 lower-case ASCII letters, digits or '-', starting with a letter; '{dataset}' is not.");
        Dataset = dataset;
        Name = Preconditions.CheckNotBlank(name);
        Value = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets the dataset the field comes from, such as "acled".</summary>
    public string Dataset { get; }

    /// <summary>Gets the field (column) name as the dataset spells it.</summary>
    public string Name { get; }

    /// <summary>Gets the raw text value as the dataset wrote it.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] DatasetField? other)
        => other is not null
        && string.Equals(Dataset, other.Dataset, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as DatasetField);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dataset, Name, Value);

    /// <summary>Compares two dataset fields.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(DatasetField? left, DatasetField? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns the dataset, name and value, as in <c>acled.inter1 = "2"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Dataset}.{Name} = \"{Value}\"";

    /// <summary>Compares two dataset fields for inequality.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(DatasetField? left, DatasetField? right) => !(left == right);
}
