using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// The death columns from casualty claims: <c>deaths_a</c>, <c>deaths_b</c>, <c>deaths_civilians</c>,
/// <c>deaths_unknown</c> and <c>low</c>/<c>best</c>/<c>high</c> (rules in docs/interop/ucdp.md, "Deaths").
/// </summary>
internal static class UcdpGedDeaths
{
    private const int GroupA = 0, GroupB = 1, GroupCivilians = 2, GroupUnknown = 3;

    private static readonly string[] Groups = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"];

    private static readonly int[] GroupColumns = [UcdpGedColumns.DeathsA, UcdpGedColumns.DeathsB, UcdpGedColumns.DeathsCivilians, UcdpGedColumns.DeathsUnknown];

    /// <summary>The bounds a count gives: low, best and high; null when it gives no number.</summary>
    public static (int Low, int Best, int High)? Bounds(CountEstimate count)
    {
        // Between: best is the low end, UCDP's conservative best; at least and more than: their lowest number throughout.
        var low = count.Low ?? count.Best;
        return low is { } l ? (l, count.Best ?? l, count.High ?? count.Best ?? l) : null;
    }

    public static void Write(ExportContext context, Engagement engagement, UcdpSides sides, string?[] columns, List<LossEntry>? losses)
    {
        var groups = new List<(CasualtyClaim Claim, (int Low, int Best, int High) Bounds)>?[Groups.Length];
        string? publishedLow = null, publishedBest = null, publishedHigh = null;
        List<CasualtyClaim>? others = null;
        foreach (var claim in context.CasualtiesOf(engagement.Id))
        {
            var subject = claim.Id.Value;
            if (claim.Status is ClaimStatus.Denied or ClaimStatus.Retracted)
            {
                // Before UCDP's own total: a total denied or retracted since is not written either.
                losses?.Add(new LossEntry(subject, $"the figure {claim.Count}", $"not counted: the claim is {claim.Status.ToString().ToLowerInvariant()}"));
                continue;
            }

            if (Published(claim, "best") is { } best)
            {
                // UCDP's own total, kept as published by the importer: written as it is.
                (publishedLow, publishedBest, publishedHigh) = (Published(claim, "low"), best, Published(claim, "high"));
                continue;
            }

            if (claim.Status == ClaimStatus.Disputed)
            {
                losses?.Add(new LossEntry(subject, $"the figure {claim.Count}", "a disputed figure, counted as any other: UCDP GED cannot say it is disputed"));
            }

            if (claim.Outcome != CasualtyOutcome.Killed)
            {
                losses?.Add(new LossEntry(subject, $"the figure {claim.Count} ({claim.Outcome})", "not counted: UCDP GED counts deaths only, and this outcome does not say how many died"));
                continue;
            }

            if (Bounds(claim.Count) is not { } bounds)
            {
                losses?.Add(new LossEntry(subject, $"the figure '{claim.Count}'", "not counted: it gives no number"));
                continue;
            }

            if (claim.Count.Qualifier is EstimateQualifier.AtLeast or EstimateQualifier.MoreThan)
            {
                losses?.Add(new LossEntry(subject, $"the open upper end of '{claim.Count}'", $"low, best and high are all {bounds.Low}: no source gives a higher figure"));
            }
            else if (claim.Count.Qualifier is EstimateQualifier.AtMost or EstimateQualifier.FewerThan)
            {
                losses?.Add(new LossEntry(subject, $"'{claim.Count}'", $"written as low 0, best 0, high {bounds.High}: the source gives only an upper bound"));
            }

            if (losses is not null && !IsUcdpsOwn(claim))
            {
                (others ??= []).Add(claim);
                if (claim.Count.Qualifier == EstimateQualifier.Approximately && claim.Count.Low is null)
                {
                    losses.Add(new LossEntry(subject, $"'{claim.Count}'", $"written as low, best and high {bounds.Best}, which reads back as exact: 'about' is lost"));
                }
            }

            (groups[Group(context, claim, sides)] ??= new(1)).Add((claim, bounds));
        }

        if (others is not null)
        {
            var ids = string.Join(", ", others.Select(c => c.Id.Value));
            losses!.Add(new LossEntry(engagement.Id.Value, $"the claimants and wordings of the casualty figures ({ids})", "UCDP GED's deaths are numbers, without claimant or wording"));
            if (publishedBest is not null)
            {
                losses.Add(new LossEntry(engagement.Id.Value, $"the figures of {ids} in low, best and high", "low, best and high are UCDP's published total, written as it is: these figures are not in it"));
            }
        }

        // A disagreement within a group is no loss when nothing derived from it is written: the
        // group's column and low, best and high are the row's own text (as an import keeps them).
        var totalsOwn = losses is not null
            && (publishedLow is not null || UcdpGedExport.HasOwnText(engagement, UcdpGedColumns.Low))
            && (publishedBest is not null || UcdpGedExport.HasOwnText(engagement, UcdpGedColumns.Best))
            && (publishedHigh is not null || UcdpGedExport.HasOwnText(engagement, UcdpGedColumns.High));
        int low = 0, bestSum = 0, high = 0;
        for (var g = 0; g < Groups.Length; g++)
        {
            // UCDP's own figures alone (an import's) come back each from its own column: no loss either.
            var groupLosses = (totalsOwn && UcdpGedExport.HasOwnText(engagement, GroupColumns[g])) || (groups[g] is { } own && own.TrueForAll(c => IsUcdpsOwn(c.Claim))) ? null : losses;
            var group = groups[g] is { } claims ? Combine(engagement.Id.Value, Groups[g], claims, totalsOwn, groupLosses) : (Low: 0, Best: 0, High: 0);
            columns[GroupColumns[g]] = Number(group.Best);
            low += group.Low;
            bestSum += group.Best;
            high += group.High;
        }

        columns[UcdpGedColumns.Low] = publishedLow ?? Number(low);
        columns[UcdpGedColumns.Best] = publishedBest ?? Number(bestSum);
        columns[UcdpGedColumns.High] = publishedHigh ?? Number(high);
        if (publishedBest is null && groups.All(g => g is null))
        {
            losses?.Add(new LossEntry(engagement.Id.Value, "deaths", "no claim says how many died: written as 0 (UCDP GED itself holds only events with at least one death)"));
        }
    }

    /// <summary>A count as text; the small ones every row has (0 above all) without a new string each time.</summary>
    private static string Number(int value) => (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 100).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Whether the claim is UCDP's own figure, as the importer makes it of a row: claimed by the dataset's source.</summary>
    private static bool IsUcdpsOwn(CasualtyClaim claim) => claim.Claimant.Source is { } source && source.Value == UcdpGedImport.DatasetSourceId;

    private static string? Published(CasualtyClaim claim, string name)
        => ExportContext.DatasetValue(claim.DatasetFields, name);

    private static int Group(ExportContext context, CasualtyClaim claim, UcdpSides sides)
    {
        if (claim.Victims is not { } victims)
        {
            return GroupUnknown;
        }

        if (IsSide(context, sides.ParticipantA, victims))
        {
            return GroupA;
        }

        if (IsSide(context, sides.ParticipantB, victims))
        {
            return sides.TypeOfViolence == 3 ? GroupCivilians : GroupB;
        }

        return context.Actor(victims)?.Category == ConflictCategory.Civilians ? GroupCivilians : GroupUnknown;
    }

    private static bool IsSide(ExportContext context, Participant? side, ActorId victims)
        => side is not null && (side.Actor == victims || ExportContext.CodedActor(side) == victims);

    /// <summary>Several claims about one group: low the lowest, high the highest, best the lowest best (UCDP's conservative best), the disagreement reported.</summary>
    private static (int Low, int Best, int High) Combine(string subject, string column, List<(CasualtyClaim Claim, (int Low, int Best, int High) Bounds)> claims, bool totalsOwn, List<LossEntry>? losses)
    {
        if (claims.Count == 1)
        {
            return claims[0].Bounds;
        }

        var low = claims.Min(c => c.Bounds.Low);
        var best = claims.Min(c => c.Bounds.Best);
        var high = claims.Max(c => c.Bounds.High);
        if (claims.Select(c => c.Bounds).Distinct().Count() > 1)
        {
            var said = string.Join("; ", claims.Select(c => $"{c.Claim.Claimant} says {c.Claim.Count} ({c.Claim.Id})"));
            var who = claims.All(c => c.Claim.Claimant == claims[0].Claim.Claimant) ? "one claimant gives different figures" : "claimants disagree";

            // With the row's own low, best and high written, only the group's column comes of this.
            var written = totalsOwn ? $"{column} is written as {best}, the lowest best; low, best and high are the row's own" : $"written as best {best}, low {low}, high {high}";
            losses?.Add(new LossEntry(subject, $"who said what for {column}", $"{who} ({said}): {written}"));
        }

        return (low, best, high);
    }
}
