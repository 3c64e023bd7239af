using System.Collections.Immutable;

namespace ConflictModel.Interop.Ucdp;

/// <summary>The rows a report gives as UCDP GED, and what they could not hold.</summary>
public sealed class UcdpGedExportResult
{
    /// <summary>Initializes a new instance of the <see cref="UcdpGedExportResult"/> class.</summary>
    /// <param name="rows">The rows, one per event.</param>
    /// <param name="losses">What the rows could not hold.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="losses"/> is null.</exception>
    public UcdpGedExportResult(ImmutableArray<UcdpGedRow> rows, LossReport losses)
    {
        Rows = rows.IsDefault ? [] : rows;
        Losses = Preconditions.CheckNotNull(losses);
    }

    /// <summary>Gets the rows, one per event, in the order of the report's engagements.</summary>
    public ImmutableArray<UcdpGedRow> Rows { get; }

    /// <summary>Gets what the rows could not hold.</summary>
    public LossReport Losses { get; }
}
