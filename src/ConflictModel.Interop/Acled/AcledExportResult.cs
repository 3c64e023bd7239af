using System.Collections.Immutable;

namespace ConflictModel.Interop.Acled;

/// <summary>The rows an export of a report to ACLED's layout gives, and what they could not hold.</summary>
/// <remarks>Immutable.</remarks>
public sealed class AcledExportResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="rows">The rows, one per event, in the report's order of engagements.</param>
    /// <param name="losses">What the rows could not hold or had to choose.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="losses"/> is null.</exception>
    public AcledExportResult(ImmutableArray<AcledRow> rows, LossReport losses)
    {
        Rows = rows.IsDefault ? [] : rows;
        Losses = Preconditions.CheckNotNull(losses, nameof(losses));
    }

    /// <summary>Gets the rows, one per event, in the report's order of engagements.</summary>
    public ImmutableArray<AcledRow> Rows { get; }

    /// <summary>Gets what the rows could not hold or had to choose, row by row (the subject is the engagement's id).</summary>
    public LossReport Losses { get; }
}
