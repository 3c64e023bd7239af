namespace ConflictModel;

/// <summary>The part an actor plays in an engagement.</summary>
public enum ParticipantRole
{
    /// <summary>The side that attacked.</summary>
    Attacker = 1,

    /// <summary>The side that was attacked and fought back.</summary>
    Defender = 2,

    /// <summary>The side that was attacked, whether or not it fought back (a post, a convoy).</summary>
    Target = 3,

    /// <summary>Harmed without being a party to the fighting (civilians caught up in it).</summary>
    Victim = 4,

    /// <summary>Acting with one of the sides (ACLED's associated actor).</summary>
    Associate = 5,

    /// <summary>Took part, in a role the source does not make clear.</summary>
    Unspecified = 6,
}
