namespace ConflictModel;

/// <summary>What a <see cref="TerritorialControlClaim"/> says happened to control of a place.</summary>
public enum ControlChange
{
    /// <summary>The actor took control ("seized control of three army barracks").</summary>
    Seized = 1,

    /// <summary>The actor kept control against an attack.</summary>
    Held = 2,

    /// <summary>The actor lost control.</summary>
    Lost = 3,

    /// <summary>The actor took back control it had lost.</summary>
    Regained = 4,

    /// <summary>The actor left without being driven out.</summary>
    Withdrew = 5,
}
