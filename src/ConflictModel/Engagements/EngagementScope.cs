namespace ConflictModel;

/// <summary>Whether an engagement is one event or a campaign of coordinated events.</summary>
public enum EngagementScope
{
    /// <summary>One event at one site, or at sites the source does not tell apart.</summary>
    Event = 1,

    /// <summary>Coordinated events under one name (the attacks on seven towns), parent of site engagements.</summary>
    Campaign = 2,
}
