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
    /// Splits the report as <see cref="SplitByEngagement"/> does, a slice for each engagement in order
    /// and one last slice for what no engagement reaches, each self-contained, and such that
    /// <see cref="Merge"/> of the slices gives back the report itself, each collection in its order:
    /// a slice also takes, of every kind, what the report holds before the last entity it takes and
    /// no earlier slice took, with everything those entities refer to.
    /// </summary>
    /// <returns>The slices, made one at a time as they are enumerated.</returns>
    /// <remarks>
    /// <para>A slice holds at least what its <see cref="SplitByEngagement"/> slice holds, and more
    /// where the report's order is not the order in which its engagements reach their entities (an
    /// engagement whose campaign comes after the next engagement; a claim listed before the claims of
    /// earlier engagements; an actor or mention the first engagement reaches listed after ones only
    /// later engagements reach): the first slices then hold the entities listed before. In the worst
    /// case the first slice is the whole report.</para>
    /// <para><c>Merge(SplitByEngagementInOrder())</c> equals the report, order included, unless the report
    /// holds one entity twice under one id (<see cref="Merge"/> keeps it once). Written as
    /// <see cref="ConflictJsonLines"/> and read back, a report comes back byte for byte.</para>
    /// </remarks>
    public IEnumerable<ConflictReport> SplitByEngagementInOrder() => ReportSlicer.Split(this, keepOrder: true);

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
