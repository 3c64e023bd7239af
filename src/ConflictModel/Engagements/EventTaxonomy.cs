using System;

namespace ConflictModel;

/// <summary>ACLED's event taxonomy: which sub-type belongs to which type, and ACLED's own labels.</summary>
public static class EventTaxonomy
{
    /// <summary>Gets the event type a sub-type belongs to.</summary>
    /// <param name="subType">The sub-type.</param>
    /// <returns>Its event type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subType"/> is not defined.</exception>
    public static EventType TypeOf(SubEventType subType) => (EventType)((int)Preconditions.CheckDefined(subType) / 100);

    /// <summary>Gets ACLED's label of an event type: "Explosions/Remote violence".</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The label as ACLED writes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static string ToAcledLabel(this EventType type) => Preconditions.CheckDefined(type) switch
    {
        EventType.Battles => "Battles",
        EventType.ExplosionsRemoteViolence => "Explosions/Remote violence",
        EventType.ViolenceAgainstCivilians => "Violence against civilians",
        EventType.Protests => "Protests",
        EventType.Riots => "Riots",
        _ => "Strategic developments",
    };

    /// <summary>Gets ACLED's label of a sub-type: "Remote explosive/landmine/IED".</summary>
    /// <param name="subType">The sub-type.</param>
    /// <returns>The label as ACLED writes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subType"/> is not defined.</exception>
    public static string ToAcledLabel(this SubEventType subType) => Preconditions.CheckDefined(subType) switch
    {
        SubEventType.ArmedClash => "Armed clash",
        SubEventType.GovernmentRegainsTerritory => "Government regains territory",
        SubEventType.NonStateActorOvertakesTerritory => "Non-state actor overtakes territory",
        SubEventType.ChemicalWeapon => "Chemical weapon",
        SubEventType.AirOrDroneStrike => "Air/drone strike",
        SubEventType.SuicideBomb => "Suicide bomb",
        SubEventType.ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack",
        SubEventType.RemoteExplosiveLandmineIed => "Remote explosive/landmine/IED",
        SubEventType.Grenade => "Grenade",
        SubEventType.SexualViolence => "Sexual violence",
        SubEventType.Attack => "Attack",
        SubEventType.AbductionForcedDisappearance => "Abduction/forced disappearance",
        SubEventType.PeacefulProtest => "Peaceful protest",
        SubEventType.ProtestWithIntervention => "Protest with intervention",
        SubEventType.ExcessiveForceAgainstProtesters => "Excessive force against protesters",
        SubEventType.ViolentDemonstration => "Violent demonstration",
        SubEventType.MobViolence => "Mob violence",
        SubEventType.Agreement => "Agreement",
        SubEventType.Arrests => "Arrests",
        SubEventType.ChangeToGroupActivity => "Change to group/activity",
        SubEventType.DisruptedWeaponsUse => "Disrupted weapons use",
        SubEventType.HeadquartersOrBaseEstablished => "Headquarters or base established",
        SubEventType.LootingPropertyDestruction => "Looting/property destruction",
        SubEventType.NonViolentTransferOfTerritory => "Non-violent transfer of territory",
        _ => "Other",
    };
}
