namespace ConflictModel;

/// <summary>On what a participant's identification with a known actor rests.</summary>
/// <remarks>
/// The three differ in who makes the link: the source itself, the actor (or someone for it) by
/// claiming the act, or whoever modelled the report. Exports that code the identified actor (ACLED's
/// <c>actor1</c>, UCDP's <c>side_b</c>) say in their loss report which of these they relied on.
/// </remarks>
public enum IdentificationBasis
{
    /// <summary>The source itself says who the participant is ("JNIM fighters attacked").</summary>
    Stated = 1,

    /// <summary>
    /// An actor claimed responsibility for the engagement, and the participant is taken to be that
    /// actor on the strength of the claim, as ACLED and UCDP coders do. The identification names
    /// the <see cref="ResponsibilityClaim"/>s it rests on.
    /// </summary>
    ClaimedResponsibility = 2,

    /// <summary>Whoever modelled the report worked it out from context or outside knowledge; the source does not say it.</summary>
    Inferred = 3,
}
