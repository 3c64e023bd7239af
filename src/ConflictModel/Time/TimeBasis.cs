namespace ConflictModel;

/// <summary>Whether a time was given by the source or worked out by whoever modelled it.</summary>
public enum TimeBasis
{
    /// <summary>The source states this time.</summary>
    Stated = 1,

    /// <summary>
    /// The time was resolved from context (a publication date, "Tuesday", "earlier this month")
    /// or from outside knowledge; the source does not state it.
    /// </summary>
    Inferred = 2,
}
