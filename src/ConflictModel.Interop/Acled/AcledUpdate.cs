using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// Brings a local copy of ACLED data up to date, as ACLED's R client (acledR's <c>acled_update</c>)
/// does: rows fetched since the copy was made replace the local rows with the same
/// <c>event_id_cnty</c> when their <c>timestamp</c> is at least as recent, new events are added,
/// and the events on ACLED's deletions list are dropped.
/// </summary>
/// <remarks>
/// The local copy is streamed, one row at a time, so it may be far larger than memory; the newer
/// rows and the deletions (a download's worth) are held in memory, indexed by id. A deletion
/// drops a row only when it is at least as recent as the row's timestamp, so an event deleted
/// and later published again is kept.
/// </remarks>
public static class AcledUpdate
{
    /// <summary>Applies newer rows and deletions to a local copy.</summary>
    /// <param name="local">The local copy, streamed in order.</param>
    /// <param name="newer">The newer rows; for an id given twice, the row with the later timestamp wins (the last one on a tie).</param>
    /// <param name="deletions">The deletions; for an id given twice, the later deletion counts.</param>
    /// <returns>
    /// The updated copy, lazily: the local rows in their order, each replaced by its newer row when
    /// there is one, less the deleted ones; then the newer rows of events the copy did not have, in
    /// their order, less the deleted ones.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<AcledRow> Apply(IEnumerable<AcledRow> local, IEnumerable<AcledRow> newer, IEnumerable<AcledDeletion> deletions)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(deletions);
        return ApplyLazily(local, newer, deletions);
    }

    private static IEnumerable<AcledRow> ApplyLazily(IEnumerable<AcledRow> local, IEnumerable<AcledRow> newer, IEnumerable<AcledDeletion> deletions)
    {
        var updates = new Dictionary<string, AcledRow>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in newer)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(newer));
            if (!updates.TryGetValue(row.EventIdCnty, out var seen))
            {
                order.Add(row.EventIdCnty);
                updates[row.EventIdCnty] = row;
            }
            else if (row.Timestamp >= seen.Timestamp)
            {
                updates[row.EventIdCnty] = row;
            }
        }

        var deleted = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var deletion in deletions)
        {
            ArgumentNullException.ThrowIfNull(deletion, nameof(deletions));
            deleted[deletion.EventIdCnty] = Math.Max(deletion.DeletedTimestamp, deleted.GetValueOrDefault(deletion.EventIdCnty, long.MinValue));
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in local)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(local));
            var current = row;
            if (updates.TryGetValue(row.EventIdCnty, out var update))
            {
                applied.Add(row.EventIdCnty);
                if (update.Timestamp >= row.Timestamp)
                {
                    current = update;
                }
            }

            if (!IsDeleted(current, deleted))
            {
                yield return current;
            }
        }

        foreach (var row in order.Where(id => !applied.Contains(id)).Select(id => updates[id]))
        {
            if (!IsDeleted(row, deleted))
            {
                yield return row;
            }
        }
    }

    private static bool IsDeleted(AcledRow row, Dictionary<string, long> deleted)
        => deleted.TryGetValue(row.EventIdCnty, out var at) && at >= row.Timestamp;
}
