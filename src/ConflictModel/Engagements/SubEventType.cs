namespace ConflictModel;

/// <summary>
/// The sub-type of an event, one-to-one with ACLED's <c>sub_event_type</c>. The hundreds digit of
/// each value is its <see cref="EventType"/>; <see cref="EventTaxonomy.TypeOf(SubEventType)"/> reads it.
/// </summary>
public enum SubEventType
{
    /// <summary>Battles: armed clash.</summary>
    ArmedClash = 101,

    /// <summary>Battles: government regains territory.</summary>
    GovernmentRegainsTerritory = 102,

    /// <summary>Battles: non-state actor overtakes territory.</summary>
    NonStateActorOvertakesTerritory = 103,

    /// <summary>Explosions/Remote violence: chemical weapon.</summary>
    ChemicalWeapon = 201,

    /// <summary>Explosions/Remote violence: air/drone strike.</summary>
    AirOrDroneStrike = 202,

    /// <summary>Explosions/Remote violence: suicide bomb.</summary>
    SuicideBomb = 203,

    /// <summary>Explosions/Remote violence: shelling/artillery/missile attack.</summary>
    ShellingArtilleryMissileAttack = 204,

    /// <summary>Explosions/Remote violence: remote explosive/landmine/IED.</summary>
    RemoteExplosiveLandmineIed = 205,

    /// <summary>Explosions/Remote violence: grenade.</summary>
    Grenade = 206,

    /// <summary>Violence against civilians: sexual violence.</summary>
    SexualViolence = 301,

    /// <summary>Violence against civilians: attack.</summary>
    Attack = 302,

    /// <summary>Violence against civilians: abduction/forced disappearance.</summary>
    AbductionForcedDisappearance = 303,

    /// <summary>Protests: peaceful protest.</summary>
    PeacefulProtest = 401,

    /// <summary>Protests: protest with intervention.</summary>
    ProtestWithIntervention = 402,

    /// <summary>Protests: excessive force against protesters.</summary>
    ExcessiveForceAgainstProtesters = 403,

    /// <summary>Riots: violent demonstration.</summary>
    ViolentDemonstration = 501,

    /// <summary>Riots: mob violence.</summary>
    MobViolence = 502,

    /// <summary>Strategic developments: agreement.</summary>
    Agreement = 601,

    /// <summary>Strategic developments: arrests.</summary>
    Arrests = 602,

    /// <summary>Strategic developments: change to group/activity.</summary>
    ChangeToGroupActivity = 603,

    /// <summary>Strategic developments: disrupted weapons use.</summary>
    DisruptedWeaponsUse = 604,

    /// <summary>Strategic developments: headquarters or base established.</summary>
    HeadquartersOrBaseEstablished = 605,

    /// <summary>Strategic developments: looting/property destruction.</summary>
    LootingPropertyDestruction = 606,

    /// <summary>Strategic developments: non-violent transfer of territory.</summary>
    NonViolentTransferOfTerritory = 607,

    /// <summary>Strategic developments: other.</summary>
    Other = 608,
}
