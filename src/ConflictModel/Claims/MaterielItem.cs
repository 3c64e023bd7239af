using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>One kind of materiel in a <see cref="MaterielClaim"/>: its category, the words as reported, and how many.</summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class MaterielItem : IEquatable<MaterielItem>
{
    /// <summary>Initializes a new item.</summary>
    /// <param name="category">The broad category.</param>
    /// <param name="wording">The words as reported ("motorcycles"), or null.</param>
    /// <param name="count">How many, or null when the source gives no number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="wording"/> is blank.</exception>
    public MaterielItem(MaterielCategory category, string? wording = null, CountEstimate? count = null)
    {
        Category = Preconditions.CheckDefined(category);
        Wording = Preconditions.CheckNullOrNotBlank(wording);
        Count = count;
    }

    /// <summary>Gets the broad category.</summary>
    public MaterielCategory Category { get; }

    /// <summary>Gets the words as reported, or null.</summary>
    public string? Wording { get; }

    /// <summary>Gets how many, or null when the source gives no number.</summary>
    public CountEstimate? Count { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] MaterielItem? other)
        => other is not null && Category == other.Category && string.Equals(Wording, other.Wording, StringComparison.Ordinal) && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as MaterielItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Category, Wording, Count);

    /// <summary>Compares two items.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(MaterielItem? left, MaterielItem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two items for inequality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(MaterielItem? left, MaterielItem? right) => !(left == right);

    /// <summary>Returns the words as reported, or the category, with the count when known.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Count is null ? Wording ?? Words.Of(Category) : $"{Count} {Wording ?? Words.Of(Category)}";
}
