using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// Claims of different claimants found to disagree or to corroborate each other: the rule that
/// related them, the subject they share, the reason in words, and the quoted spans that carry them.
/// </summary>
/// <remarks>Made by <see cref="ClaimComparisons.Find"/>; a view of the report, compared by reference. Immutable; safe to share between threads.</remarks>
public sealed class ClaimComparison
{
    internal ClaimComparison(ComparisonRule rule, EntityReference subject, ImmutableArray<Claim> claims, string reason, ImmutableArray<ClaimQuote> quotes)
    {
        Rule = rule;
        Subject = subject;
        Claims = claims;
        Reason = reason;
        Quotes = quotes;
    }

    /// <summary>Gets whether the claims disagree or corroborate each other; it follows from <see cref="Rule"/>.</summary>
    public ClaimAgreement Kind => Rule is ComparisonRule.CasualtyRangesOverlap or ComparisonRule.SameOutcome or ComparisonRule.SameResponsibility
        ? ClaimAgreement.Corroboration
        : ClaimAgreement.Disagreement;

    /// <summary>Gets the rule that related the claims.</summary>
    public ComparisonRule Rule { get; }

    /// <summary>Gets what the claims are about: the subject they share, or, for a contested claim, that claim.</summary>
    public EntityReference Subject { get; }

    /// <summary>Gets the claims: two in report order; for <see cref="ComparisonRule.DisputedByClaim"/> the contested claim, then the claim about it; for <see cref="ComparisonRule.MarkedDisputed"/> the one contested claim.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets why the claims disagree or corroborate each other, in one or two sentences.</summary>
    public string Reason { get; }

    /// <summary>Gets the quoted spans that carry the claims, claim by claim in the order of <see cref="Claims"/>; attributions that do not resolve are left out.</summary>
    public ImmutableArray<ClaimQuote> Quotes { get; }

    /// <summary>Returns the kind, the rule and the reason, in words.</summary>
    /// <returns>The text, as <c>disagreement (outcome contradicted by control): …</c>.</returns>
    public override string ToString() => $"{Words.Of(Kind)} ({Words.Of(Rule)}): {Reason}";
}
