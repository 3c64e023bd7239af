namespace ConflictModel;

/// <summary>What a <see cref="MaterielClaim"/> says was done with materiel.</summary>
public enum MaterielAction
{
    /// <summary>Taken from an opponent ("seized").</summary>
    Seized = 1,

    /// <summary>Taken from attackers after an attack ("recovered weapons, vehicles, and motorcycles from the assailants").</summary>
    Recovered = 2,

    /// <summary>Destroyed.</summary>
    Destroyed = 3,

    /// <summary>Lost to an opponent.</summary>
    Lost = 4,
}
