using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel.Interop;

/// <summary>
/// One thing a conversion could not carry: which entity or object it concerns, what was lost, and why.
/// </summary>
/// <remarks>Immutable; equality compares all three texts ordinally.</remarks>
public sealed class LossEntry : IEquatable<LossEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="subject">What the loss concerns: a model entity (<c>claim:militants-neutralised</c>) or a foreign object id (<c>indicator--…</c>).</param>
    /// <param name="lost">What was lost, such as <c>count bounds and wording</c>.</param>
    /// <param name="reason">Why, such as <c>STIX has no property for it; only the extension carries it</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public LossEntry(string subject, string lost, string reason)
    {
        Subject = NotBlank(subject, nameof(subject));
        Lost = NotBlank(lost, nameof(lost));
        Reason = NotBlank(reason, nameof(reason));
    }

    /// <summary>Gets what the loss concerns.</summary>
    public string Subject { get; }

    /// <summary>Gets what was lost.</summary>
    public string Lost { get; }

    /// <summary>Gets why it was lost.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] LossEntry? other) =>
        other is not null
        && string.Equals(Subject, other.Subject, StringComparison.Ordinal)
        && string.Equals(Lost, other.Lost, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as LossEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Subject), StringComparer.Ordinal.GetHashCode(Lost), StringComparer.Ordinal.GetHashCode(Reason));

    /// <summary>Formats the entry as <c>subject: lost (reason)</c>.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString() => $"{Subject}: {Lost} ({Reason})";

    private static string NotBlank(string value, string name)
    {
        Preconditions.CheckNotNull(value, name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(value), name, $"The {name} of a loss entry must not be blank.");
        return value;
    }
}
