using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// A name as written, with the language it is written in when known: "Jama'at Nusrat al-Islam
/// wal Muslimin" (<c>ar-Latn</c>), "JNIM", "Kayes".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class LocalizedName : IEquatable<LocalizedName>
{
    /// <summary>Initializes a new name.</summary>
    /// <param name="text">The name as written; not blank.</param>
    /// <param name="language">The language of the name, or null when unknown or not language-specific (an acronym).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or <paramref name="language"/> is an uninitialised tag.</exception>
    public LocalizedName(string text, LanguageTag? language = null)
    {
        Text = Preconditions.CheckNotBlank(text);
        Language = language is { } tag ? Preconditions.CheckInitialized(tag, nameof(language)) : null;
    }

    /// <summary>Gets the name as written.</summary>
    public string Text { get; }

    /// <summary>Gets the language of the name, or null.</summary>
    public LanguageTag? Language { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] LocalizedName? other)
        => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && Language == other.Language;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as LocalizedName);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Language);

    /// <summary>Compares two names for equality of text (ordinal) and language.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(LocalizedName? left, LocalizedName? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two names for inequality.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(LocalizedName? left, LocalizedName? right) => !(left == right);

    /// <summary>Returns the name, with its language in brackets when known: "Kayes", "Tombouctou [fr]".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Language is { } tag ? $"{Text} [{tag}]" : Text;
}
