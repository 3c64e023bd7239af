using System.Threading;

namespace ConflictModel;

/// <content>Navigation: <see cref="Index"/>.</content>
public sealed partial class ConflictReport
{
    private ReportIndex? _index;

    /// <summary>
    /// Gets the look-ups of this report — an entity by id, the claims about an entity, a claim's
    /// attributions with their source and quoted text, the mentions of an entity, a campaign's
    /// engagements, a location's ancestors — each table built once, on first use.
    /// </summary>
    /// <remarks>The index is created on first access and kept with the report; it never changes what the report holds, and takes no part in equality.</remarks>
    public ReportIndex Index
    {
        get
        {
            // Two threads may race to create it; both indexes are equal views of the same immutable report, and one wins.
            return _index ?? Interlocked.CompareExchange(ref _index, new ReportIndex(this), null) ?? _index;
        }
    }
}
