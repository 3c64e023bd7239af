namespace ConflictModel;

/// <summary>The rule by which <see cref="ClaimComparisons"/> related claims; each rule gives one <see cref="ClaimAgreement"/>.</summary>
/// <remarks>The rules are described, with their conditions, in <c>docs/model.md</c>.</remarks>
public enum ComparisonRule
{
    /// <summary>Two casualty claims of the same outcome among the same victims whose ranges do not overlap (a disagreement).</summary>
    CasualtyRangesDisjoint = 1,

    /// <summary>Two casualty claims of the same outcome among the same victims whose ranges overlap, from independent claimants (a corroboration).</summary>
    CasualtyRangesOverlap = 2,

    /// <summary>An outcome claim that names who prevailed, and another claimant's territorial-control claim that the same actor lost ground or another actor gained it (a disagreement).</summary>
    OutcomeContradictedByControl = 3,

    /// <summary>Two outcome claims that name different actors as prevailing (a disagreement).</summary>
    RivalOutcomes = 4,

    /// <summary>Two outcome claims of the same outcome and prevailing actor, from independent claimants (a corroboration).</summary>
    SameOutcome = 5,

    /// <summary>Two responsibility claims that name different, unaffiliated actors as responsible (a disagreement).</summary>
    RivalResponsibility = 6,

    /// <summary>Two responsibility claims that name the same actor, from independent claimants (a corroboration).</summary>
    SameResponsibility = 7,

    /// <summary>A claim marked disputed or denied, and a claim by another claimant about it (a disagreement).</summary>
    DisputedByClaim = 8,

    /// <summary>A claim marked disputed or denied about which no other claimant's claim stands in the report (a disagreement of one claim).</summary>
    MarkedDisputed = 9,
}
