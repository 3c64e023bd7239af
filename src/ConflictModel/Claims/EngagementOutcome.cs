namespace ConflictModel;

/// <summary>How an engagement ended, as an <see cref="OutcomeClaim"/> states it.</summary>
public enum EngagementOutcome
{
    /// <summary>The attack was repelled ("successfully repelled these incursions").</summary>
    Repelled = 1,

    /// <summary>The attack achieved its aim.</summary>
    Succeeded = 2,

    /// <summary>One side withdrew.</summary>
    Withdrawal = 3,

    /// <summary>Neither side prevailed.</summary>
    Inconclusive = 4,
}
