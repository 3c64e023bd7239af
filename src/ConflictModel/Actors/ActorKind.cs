namespace ConflictModel;

/// <summary>What kind of actor an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A named organisation: an armed force, an armed group, a government body, a command (AFRICOM).</summary>
    Organisation = 1,

    /// <summary>A named person (a spokesperson, a commander).</summary>
    Person = 2,

    /// <summary>A person the source does not name ("a resident in Kayes").</summary>
    UnnamedPerson = 3,

    /// <summary>A group the source does not name or that is no organisation ("jihadist fighters", "residents").</summary>
    UnnamedGroup = 4,
}
