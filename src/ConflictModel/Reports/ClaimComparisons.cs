using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Finds the claims of a report that disagree with or corroborate each other: claims of different
/// claimants about a shared subject whose values cannot both be true, or agree; and claims marked
/// disputed or denied.
/// </summary>
/// <remarks>
/// <para>Only claims of different claimants are compared, and only claims that share a subject
/// (an <see cref="EntityReference"/> in both <see cref="Claim.Subjects"/>); a retracted claim is compared
/// with nothing. A corroboration needs independent claimants: besides being different, neither
/// claimant actor is affiliated with the other, the claims share no attribution, and no attribution
/// of one has the other's claimant as its speaker. The rules are in <see cref="ComparisonRule"/> and,
/// with their conditions, in <c>docs/model.md</c>. Free-text claims (characterisations, assessments),
/// extents and materiel are not compared.</para>
/// <para>The finder reports what the values say, not who is right: an analyst reads the reason and
/// the quotes. It works on any report; a reference that does not resolve is shown as its id.</para>
/// <para>Claims are paired within each subject through <see cref="ReportIndex.ClaimsAbout(EntityReference)"/>,
/// so the work grows with the square of the number of claims about one subject, not of the report.</para>
/// </remarks>
public static class ClaimComparisons
{
    /// <summary>Finds the disagreements and corroborations among a report's claims.</summary>
    /// <param name="report">The report.</param>
    /// <returns>
    /// The comparisons, ordered by the report position of their first claim, then of their second;
    /// each pair of claims appears at most once.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ImmutableArray<ClaimComparison> Find(ConflictReport report)
    {
        Preconditions.CheckNotNull(report);
        var index = report.Index;
        var claims = report.Claims;
        var position = new Dictionary<Claim, int>(claims.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < claims.Length; i++)
        {
            position.TryAdd(claims[i], i);
        }

        var found = new List<(int First, int Second, ClaimComparison Comparison)>();
        var compared = new HashSet<(int, int)>();
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            if (claim.Status is ClaimStatus.Disputed or ClaimStatus.Denied)
            {
                FindDisputes(index, claim, i, position, found);
            }

            if (claim.Status == ClaimStatus.Retracted)
            {
                continue;
            }

            foreach (var subject in claim.Subjects)
            {
                foreach (var other in index.ClaimsAbout(subject))
                {
                    var j = position[other];
                    if (j > i && other.Status != ClaimStatus.Retracted && claim.Claimant != other.Claimant && compared.Add((i, j))
                        && Compare(index, claim, other, subject) is { } comparison)
                    {
                        found.Add((i, j, comparison));
                    }
                }
            }
        }

        return [.. found.OrderBy(f => f.First).ThenBy(f => f.Second).Select(f => f.Comparison)];
    }

    private static void FindDisputes(ReportIndex index, Claim contested, int at, Dictionary<Claim, int> position, List<(int, int, ClaimComparison)> found)
    {
        var subject = EntityReference.To(contested.Id);
        var status = contested.Status == ClaimStatus.Denied ? "denied" : "disputed";
        var any = false;
        foreach (var other in index.ClaimsAbout(subject))
        {
            if (other.Claimant != contested.Claimant && other.Status != ClaimStatus.Retracted)
            {
                any = true;
                var reason = $"{Name(index, contested.Claimant)}'s claim {contested.Id} stands {status}, and {Name(index, other.Claimant)} makes a claim about it ({other.Id}).";
                found.Add((at, position[other], Make(index, ComparisonRule.DisputedByClaim, subject, [contested, other], reason)));
            }
        }

        if (!any)
        {
            var reason = $"{Name(index, contested.Claimant)}'s claim {contested.Id} stands {status}; the report holds no claim of another claimant about it.";
            found.Add((at, -1, Make(index, ComparisonRule.MarkedDisputed, subject, [contested], reason)));
        }
    }

    private static ClaimComparison? Compare(ReportIndex index, Claim a, Claim b, EntityReference subject) => (a, b) switch
    {
        (CasualtyClaim x, CasualtyClaim y) => CompareCasualties(index, x, y, subject),
        (OutcomeClaim x, TerritorialControlClaim y) => CompareOutcomeWithControl(index, x, y, subject, [a, b]),
        (TerritorialControlClaim x, OutcomeClaim y) => CompareOutcomeWithControl(index, y, x, subject, [a, b]),
        (OutcomeClaim x, OutcomeClaim y) => CompareOutcomes(index, x, y, subject),
        (ResponsibilityClaim x, ResponsibilityClaim y) => CompareResponsibility(index, x, y, subject),
        _ => null,
    };

    private static ClaimComparison? CompareCasualties(ReportIndex index, CasualtyClaim a, CasualtyClaim b, EntityReference subject)
    {
        // Figures are comparable only when they count the same thing: the same outcome among the same, named victims.
        if (a.Outcome != b.Outcome || a.Victims is not { } victims || a.Victims != b.Victims
            || !HasBound(a.Count) || !HasBound(b.Count))
        {
            return null;
        }

        var (lowA, highA) = Range(a.Count);
        var (lowB, highB) = Range(b.Count);
        var what = $"{Words.Of(a.Outcome)} among {Name(index, victims)} in {Name(index, subject)}";
        var figures = $"{Name(index, a.Claimant)} gives {a.Count} ({RangeText(lowA, highA)}) {what}; {Name(index, b.Claimant)} gives {b.Count} ({RangeText(lowB, highB)})";
        if (lowA > highB || lowB > highA)
        {
            return Make(index, ComparisonRule.CasualtyRangesDisjoint, subject, [a, b], $"{figures}. The ranges do not overlap, so both cannot be true of the same victims.");
        }

        return Independent(index, a, b)
            ? Make(index, ComparisonRule.CasualtyRangesOverlap, subject, [a, b], $"{figures}. The ranges overlap ({RangeText(Math.Max(lowA, lowB), Math.Min(highA, highB))}), and the claimants are independent.")
            : null;
    }

    private static ClaimComparison? CompareOutcomeWithControl(ReportIndex index, OutcomeClaim outcome, TerritorialControlClaim control, EntityReference subject, ImmutableArray<Claim> claims)
    {
        if (outcome.Outcome is not (EngagementOutcome.Repelled or EngagementOutcome.Succeeded) || outcome.Prevailing is not { } prevailing)
        {
            return null;
        }

        var gained = control.Change is ControlChange.Seized or ControlChange.Held or ControlChange.Regained;
        var contradicts = control.Controller == prevailing ? !gained : gained;
        if (!contradicts)
        {
            return null;
        }

        var what = control.Extent is { } extent ? extent.ToString() : string.Join(", ", control.Places.Select(p => Name(index, EntityReference.To(p))));
        var why = gained
            ? $"{Name(index, control.Controller)} gaining ground there contradicts {Name(index, prevailing)} prevailing"
            : $"{Name(index, prevailing)} losing ground there contradicts its prevailing";
        var reason = $"{Name(index, outcome.Claimant)} says {Who(index, prevailing, outcome.Claimant)} prevailed ({Words.Of(outcome.Outcome)}) in {Name(index, subject)}; "
            + $"{Name(index, control.Claimant)} says {Who(index, control.Controller, control.Claimant)} {Words.Of(control.Change)} {what}. {Capitalise(why)}, unless one followed the other.";
        return Make(index, ComparisonRule.OutcomeContradictedByControl, subject, claims, reason);
    }

    private static ClaimComparison? CompareOutcomes(ReportIndex index, OutcomeClaim a, OutcomeClaim b, EntityReference subject)
    {
        if (a.Prevailing is not { } first || b.Prevailing is not { } second)
        {
            return null;
        }

        var statements = $"{Name(index, a.Claimant)} says {Who(index, first, a.Claimant)} prevailed ({Words.Of(a.Outcome)}) in {Name(index, subject)}; "
            + $"{Name(index, b.Claimant)} says {Who(index, second, b.Claimant)} prevailed ({Words.Of(b.Outcome)})";
        if (first != second)
        {
            return Make(index, ComparisonRule.RivalOutcomes, subject, [a, b], $"{statements}. Two sides cannot both have prevailed.");
        }

        return a.Outcome == b.Outcome && Independent(index, a, b)
            ? Make(index, ComparisonRule.SameOutcome, subject, [a, b], $"{statements}. The claimants are independent.")
            : null;
    }

    private static ClaimComparison? CompareResponsibility(ReportIndex index, ResponsibilityClaim a, ResponsibilityClaim b, EntityReference subject)
    {
        var statements = $"{Name(index, a.Claimant)} says {Who(index, a.Responsible, a.Claimant)} is responsible for {Name(index, subject)}; "
            + $"{Name(index, b.Claimant)} says {Who(index, b.Responsible, b.Claimant)} is responsible";
        if (a.Responsible == b.Responsible)
        {
            return Independent(index, a, b)
                ? Make(index, ComparisonRule.SameResponsibility, subject, [a, b], $"{statements}. The claimants are independent.")
                : null;
        }

        // An affiliate and its parent organisation can both be held responsible for one act.
        return Affiliated(index, a.Responsible, b.Responsible)
            ? null
            : Make(index, ComparisonRule.RivalResponsibility, subject, [a, b], $"{statements}. The two are not affiliated, so each claim excludes the other.");
    }

    private static bool Independent(ReportIndex index, Claim a, Claim b)
    {
        if (a.Claimant.Actor is { } first && b.Claimant.Actor is { } second && Affiliated(index, first, second))
        {
            return false;
        }

        if (a.Attributions.Intersect(b.Attributions).Any())
        {
            return false;
        }

        return !SpokenBy(index, a, b.Claimant.Actor) && !SpokenBy(index, b, a.Claimant.Actor);
    }

    private static bool SpokenBy(ReportIndex index, Claim claim, ActorId? actor)
        => actor is { } speaker && index.AttributionsOf(claim).Any(r => r.Attribution.Speaker == speaker);

    private static bool Affiliated(ReportIndex index, ActorId first, ActorId second)
        => (index.TryGet(first, out var a) && a.Affiliations.Any(f => f.Target == second))
        || (index.TryGet(second, out var b) && b.Affiliations.Any(f => f.Target == first));

    private static ClaimComparison Make(ReportIndex index, ComparisonRule rule, EntityReference subject, ImmutableArray<Claim> claims, string reason)
    {
        var quotes = ImmutableArray.CreateBuilder<ClaimQuote>();
        foreach (var claim in claims)
        {
            foreach (var attribution in index.AttributionsOf(claim))
            {
                quotes.Add(new ClaimQuote(claim.Id, attribution));
            }
        }

        return new ClaimComparison(rule, subject, claims, reason, quotes.ToImmutable());
    }

    private static bool HasBound(CountEstimate count) => count.Low is not null || count.High is not null;

    private static (long Low, long High) Range(CountEstimate count) => (count.Low ?? 0, count.High ?? long.MaxValue);

    private static string RangeText(long low, long high)
        => high == long.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"{low} or more")
            : low == high ? string.Create(CultureInfo.InvariantCulture, $"exactly {low}") : string.Create(CultureInfo.InvariantCulture, $"{low} to {high}");

    private static string Name(ReportIndex index, Claimant claimant)
        => claimant.Actor is { } actor ? Name(index, actor) : claimant.Source is { } source && index.TryGet(source, out var s) && s.Title is { } title ? $"the source \"{title}\"" : $"the source {claimant.Source}";

    /// <summary>Names an actor, or says "it" when the actor is the claimant speaking.</summary>
    private static string Who(ReportIndex index, ActorId actor, Claimant claimant) => claimant.Actor == actor ? "it" : Name(index, actor);

    private static string Name(ReportIndex index, ActorId actor) => index.TryGet(actor, out var found) ? found.Name.Text : actor.Value;

    private static string Name(ReportIndex index, EntityReference reference) => reference.Kind switch
    {
        EntityKind.Actor => Name(index, new ActorId(reference.Id)),
        EntityKind.Location when index.TryGet(new LocationId(reference.Id), out var location) => location.Name.Text,
        _ => reference.Id,
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
