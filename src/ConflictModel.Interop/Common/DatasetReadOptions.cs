using System;

namespace ConflictModel.Interop;

/// <summary>
/// How a dataset reader treats bad rows: <see cref="Strict"/> (the default) throws
/// <see cref="DatasetFormatException"/> at the first; <see cref="SkipBadRows"/> leaves each out and
/// hands its <see cref="DatasetRowError"/> to a callback. Nothing is ever skipped silently, so
/// skipping requires the callback.
/// </summary>
/// <remarks>
/// A file-level problem (no header, a required column missing, a column named twice) is always
/// thrown: no row of such a file can be read correctly. Immutable; safe to share between threads
/// when the callback is.
/// </remarks>
public sealed class DatasetReadOptions
{
    private DatasetReadOptions(Action<DatasetRowError>? onSkippedRow) => OnSkippedRow = onSkippedRow;

    /// <summary>Gets the strict options: the first bad row throws.</summary>
    public static DatasetReadOptions Strict { get; } = new(null);

    /// <summary>Gets the callback that receives each skipped row's error; null when bad rows throw.</summary>
    public Action<DatasetRowError>? OnSkippedRow { get; }

    /// <summary>Gets a value indicating whether bad rows are skipped (and reported) rather than thrown.</summary>
    public bool SkipsBadRows => OnSkippedRow is not null;

    /// <summary>Makes options that skip each bad row and report it.</summary>
    /// <param name="onSkippedRow">Called once per skipped row, in file order, before the next good row is returned.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="onSkippedRow"/> is null.</exception>
    public static DatasetReadOptions SkipBadRows(Action<DatasetRowError> onSkippedRow) => new(Preconditions.CheckNotNull(onSkippedRow));
}
