namespace ConflictModel;

/// <summary>What happened to the people a <see cref="CasualtyClaim"/> counts.</summary>
public enum CasualtyOutcome
{
    /// <summary>Killed.</summary>
    Killed = 1,

    /// <summary>Wounded.</summary>
    Wounded = 2,

    /// <summary>Killed or wounded, not told apart ("losses", "casualties").</summary>
    KilledOrWounded = 3,

    /// <summary>Captured or taken prisoner.</summary>
    Captured = 4,

    /// <summary>Missing.</summary>
    Missing = 5,

    /// <summary>
    /// "Neutralised", as militaries report it: put out of action — killed, captured or wounded —
    /// without saying which. Kept apart from <see cref="Killed"/> because the source did not say killed.
    /// </summary>
    Neutralised = 6,

    /// <summary>Abducted.</summary>
    Abducted = 7,

    /// <summary>
    /// Losses of a kind the source does not say: "significant losses" may be killed, wounded,
    /// captured or deserted. Never counted as deaths.
    /// </summary>
    Unspecified = 8,
}
