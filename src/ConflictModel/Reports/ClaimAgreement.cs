namespace ConflictModel;

/// <summary>Whether compared claims pull against each other or support each other.</summary>
public enum ClaimAgreement
{
    /// <summary>The claims cannot all be true as stated, or one is marked as contested.</summary>
    Disagreement = 1,

    /// <summary>Independent claimants state compatible values.</summary>
    Corroboration = 2,
}
