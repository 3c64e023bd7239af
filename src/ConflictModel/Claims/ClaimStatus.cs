namespace ConflictModel;

/// <summary>Where a claim stands, as far as the report's sources tell.</summary>
public enum ClaimStatus
{
    /// <summary>Made by its claimant; neither corroborated nor contested in the report.</summary>
    Asserted = 1,

    /// <summary>Supported by an independent source.</summary>
    Corroborated = 2,

    /// <summary>Contested by another claim or source.</summary>
    Disputed = 3,

    /// <summary>Denied by a party concerned.</summary>
    Denied = 4,

    /// <summary>Withdrawn by its claimant.</summary>
    Retracted = 5,
}
