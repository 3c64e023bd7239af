using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;

namespace ConflictModel.Interop;

/// <summary>
/// What a conversion between the model and another format could not carry, entry by entry: as data
/// (<see cref="Entries"/>) and as text (<see cref="ToString"/>). An importer or exporter returns one
/// beside its result and never drops anything silently.
/// </summary>
/// <remarks>Immutable; equality compares the entries in order.</remarks>
public sealed class LossReport : IEquatable<LossReport>
{
    /// <summary>Creates a report of the given entries, in the order given.</summary>
    /// <param name="entries">The entries; default is taken as empty.</param>
    /// <exception cref="ArgumentException">An entry is null; the message gives its index.</exception>
    public LossReport(ImmutableArray<LossEntry> entries)
    {
        entries = entries.IsDefault ? [] : entries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is null)
            {
                throw new ArgumentException($"Entry {i} is null.", nameof(entries));
            }
        }

        Entries = entries;
    }

    /// <summary>Gets a report with no entries.</summary>
    public static LossReport None { get; } = new([]);

    /// <summary>Gets the entries, in the order the conversion met them.</summary>
    public ImmutableArray<LossEntry> Entries { get; }

    /// <summary>Gets a value indicating whether nothing was lost.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <summary>Gets the entries about one subject.</summary>
    /// <param name="subject">The subject, as in <see cref="LossEntry.Subject"/>.</param>
    /// <returns>The entries, in order.</returns>
    public IEnumerable<LossEntry> About(string subject) =>
        Entries.Where(e => string.Equals(e.Subject, subject, StringComparison.Ordinal));

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] LossReport? other) =>
        other is not null && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as LossReport);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var entry in Entries)
        {
            hash.Add(entry);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the report for people: a count, then one line per entry.</summary>
    /// <returns>The text; <c>Nothing lost.</c> when empty.</returns>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return "Nothing lost.";
        }

        var text = new StringBuilder().Append(Entries.Length).Append(Entries.Length == 1 ? " loss:" : " losses:");
        foreach (var entry in Entries)
        {
            text.Append('\n').Append("- ").Append(entry);
        }

        return text.ToString();
    }
}
