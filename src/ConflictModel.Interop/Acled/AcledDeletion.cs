using System;
using System.Globalization;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// One entry of ACLED's deletions list: the event <see cref="EventIdCnty"/> was removed from
/// ACLED's data at <see cref="DeletedTimestamp"/> (Unix seconds).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class AcledDeletion : IEquatable<AcledDeletion>
{
    internal static readonly DatasetSchema Schema = new(
        "ACLED deletions",
        [
            new ColumnSpec("event_id_cnty", FieldRule.RequiredText, true, true),
            new ColumnSpec("deleted_timestamp", FieldRule.Integer(0, long.MaxValue, false), true, true),
        ],
        _ => null);

    /// <summary>Initializes a deletion.</summary>
    /// <param name="eventIdCnty">The deleted event's <c>event_id_cnty</c>.</param>
    /// <param name="deletedTimestamp">When it was deleted, in Unix seconds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eventIdCnty"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is empty, or the timestamp negative.</exception>
    public AcledDeletion(string eventIdCnty, long deletedTimestamp)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(eventIdCnty).Length > 0, nameof(eventIdCnty), "The event id must not be empty.");
        Preconditions.CheckArgument(deletedTimestamp >= 0, nameof(deletedTimestamp), "The timestamp must not be negative.");
        EventIdCnty = eventIdCnty;
        DeletedTimestamp = deletedTimestamp;
    }

    /// <summary>Gets the deleted event's <c>event_id_cnty</c>.</summary>
    public string EventIdCnty { get; }

    /// <summary>Gets when the event was deleted, in Unix seconds.</summary>
    public long DeletedTimestamp { get; }

    /// <summary>Compares two deletions by value.</summary>
    /// <param name="left">The first deletion.</param>
    /// <param name="right">The second deletion.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(AcledDeletion? left, AcledDeletion? right) => Equals(left, right);

    /// <summary>Compares two deletions by value.</summary>
    /// <param name="left">The first deletion.</param>
    /// <param name="right">The second deletion.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(AcledDeletion? left, AcledDeletion? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(AcledDeletion? other) => other is not null && EventIdCnty == other.EventIdCnty && DeletedTimestamp == other.DeletedTimestamp;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AcledDeletion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EventIdCnty, DeletedTimestamp);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{EventIdCnty} deleted at {DeletedTimestamp}");

    internal static AcledDeletion FromChecked(RowFields fields)
        => new(fields.Known[0]!, FieldValues.Long(fields, 1)!.Value);

    internal RowFields ToFields() => new(Schema, [EventIdCnty, DeletedTimestamp.ToString(CultureInfo.InvariantCulture)], []);
}
