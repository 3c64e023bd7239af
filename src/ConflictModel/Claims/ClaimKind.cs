namespace ConflictModel;

/// <summary>The kinds of <see cref="Claim"/>; each is one sealed subclass.</summary>
public enum ClaimKind
{
    /// <summary>A number of people killed, wounded, captured... (<see cref="CasualtyClaim"/>).</summary>
    Casualties = 1,

    /// <summary>Who seized, holds or lost a place (<see cref="TerritorialControlClaim"/>).</summary>
    TerritorialControl = 2,

    /// <summary>Who is responsible for an engagement (<see cref="ResponsibilityClaim"/>).</summary>
    Responsibility = 3,

    /// <summary>How an engagement ended (<see cref="OutcomeClaim"/>).</summary>
    Outcome = 4,

    /// <summary>Weapons, vehicles or equipment seized, recovered, destroyed or lost (<see cref="MaterielClaim"/>).</summary>
    Materiel = 5,

    /// <summary>How a claimant describes an engagement or actor, in its words (<see cref="CharacterisationClaim"/>).</summary>
    Characterisation = 6,

    /// <summary>An authority's judgement of a situation (<see cref="AssessmentClaim"/>).</summary>
    Assessment = 7,

    /// <summary>How many places, sites or attacks an engagement spanned (<see cref="ExtentClaim"/>).</summary>
    Extent = 8,
}
