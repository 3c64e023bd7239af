namespace ConflictModel;

/// <summary>The type of an event, one-to-one with ACLED's <c>event_type</c>.</summary>
public enum EventType
{
    /// <summary>Battles: violent interactions between two organised armed groups.</summary>
    Battles = 1,

    /// <summary>Explosions/Remote violence: one-sided violence by explosive or remote means.</summary>
    ExplosionsRemoteViolence = 2,

    /// <summary>Violence against civilians: organised violence against unarmed non-combatants.</summary>
    ViolenceAgainstCivilians = 3,

    /// <summary>Protests: public, non-violent demonstrations.</summary>
    Protests = 4,

    /// <summary>Riots: violent demonstrations and mob violence.</summary>
    Riots = 5,

    /// <summary>Strategic developments: significant non-violent activity by conflict actors.</summary>
    StrategicDevelopments = 6,
}
