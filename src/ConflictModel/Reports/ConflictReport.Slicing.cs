using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <content>Cutting a report into self-contained slices, and putting slices back together.</content>
public sealed partial class ConflictReport
{
    /// <summary>
    /// Splits the report into self-contained slices, one for each engagement, in order: the engagement,
    /// the claims about it, and everything either refers to (attributions, sources, actors and their
    /// affiliates with the attributions that state those relations, locations and their parents, the
    /// campaign and its campaigns, claims the claims are about), with the mentions of what the slice
    /// holds. What no engagement reaches — a claim about a country, say — goes into one last slice
    /// without an engagement, so nothing is lost. Each collection of a slice keeps the report's order.
    /// </summary>
    /// <returns>The slices, made one at a time as they are enumerated; an entity several engagements refer to is in each of their slices.</returns>
    /// <remarks>
    /// References to entities the report does not hold are left as they are. The time taken grows
    /// with the size of the report and of the slices, not with their product: the report is indexed
    /// once, and each slice is built from what it refers to. Slices are the intended lines of
    /// <see cref="ConflictJsonLines"/>; <see cref="Merge"/> puts them back together.
    /// </remarks>
    public IEnumerable<ConflictReport> SplitByEngagement() => ReportSlicer.Split(this);

    /// <summary>
    /// Puts reports back together, such as the slices of <see cref="SplitByEngagement"/> or the lines
    /// of a file of <see cref="ConflictJsonLines"/>: each entity once, in the order first met.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The report holding every entity of every report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is null, or two reports hold different entities under one id.</exception>
    public static ConflictReport Merge(IEnumerable<ConflictReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return ReportSlicer.Merge(reports);
    }
}
