namespace ConflictModel;

/// <summary>How an actor relates to another (the <see cref="Affiliation.Target"/>).</summary>
public enum AffiliationKind
{
    /// <summary>An affiliate of the target (JNIM is an affiliate of al-Qaeda).</summary>
    AffiliateOf = 1,

    /// <summary>A member of the target.</summary>
    MemberOf = 2,

    /// <summary>A unit or body that is part of the target (a battalion of an army, AFRICOM of the US armed forces).</summary>
    PartOf = 3,

    /// <summary>A spokesperson of the target; speaks on its behalf.</summary>
    SpokespersonOf = 4,

    /// <summary>A commander of the target.</summary>
    CommanderOf = 5,

    /// <summary>An ally of the target.</summary>
    AllyOf = 6,
}
