namespace ConflictModel;

/// <summary>
/// The category of an actor in a conflict, one-to-one with ACLED's actor types: the numeric value
/// of each member is ACLED's <c>inter1</c>/<c>inter2</c> code.
/// </summary>
public enum ConflictCategory
{
    /// <summary>State forces: the military, police and other forces of a government (ACLED 1).</summary>
    StateForces = 1,

    /// <summary>Rebel groups: organised, armed, seeking to overthrow or secede from a government (ACLED 2).</summary>
    RebelGroup = 2,

    /// <summary>Political militias: armed groups with a political aim, not seeking to overthrow a government (ACLED 3).</summary>
    PoliticalMilitia = 3,

    /// <summary>Identity militias: armed groups organised around an ethnic, religious or local identity (ACLED 4).</summary>
    IdentityMilitia = 4,

    /// <summary>Rioters: people engaged in violent demonstration (ACLED 5).</summary>
    Rioters = 5,

    /// <summary>Protesters: people engaged in peaceful demonstration (ACLED 6).</summary>
    Protesters = 6,

    /// <summary>Civilians: unarmed people who are not part of an organised group (ACLED 7).</summary>
    Civilians = 7,

    /// <summary>External or other forces: international organisations, foreign forces not party to the conflict, private security (ACLED 8).</summary>
    ExternalOrOtherForces = 8,
}
