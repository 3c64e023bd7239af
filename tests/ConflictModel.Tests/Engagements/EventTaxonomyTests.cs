using System;
using System.Linq;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Engagements;

public sealed class EventTaxonomyTests
{
    // ACLED's taxonomy as its codebook writes it (reference/datasets.md).
    public static TheoryData<SubEventType, EventType, string> SubTypes => new()
    {
        { SubEventType.ArmedClash, EventType.Battles, "Armed clash" },
        { SubEventType.GovernmentRegainsTerritory, EventType.Battles, "Government regains territory" },
        { SubEventType.NonStateActorOvertakesTerritory, EventType.Battles, "Non-state actor overtakes territory" },
        { SubEventType.ChemicalWeapon, EventType.ExplosionsRemoteViolence, "Chemical weapon" },
        { SubEventType.AirOrDroneStrike, EventType.ExplosionsRemoteViolence, "Air/drone strike" },
        { SubEventType.SuicideBomb, EventType.ExplosionsRemoteViolence, "Suicide bomb" },
        { SubEventType.ShellingArtilleryMissileAttack, EventType.ExplosionsRemoteViolence, "Shelling/artillery/missile attack" },
        { SubEventType.RemoteExplosiveLandmineIed, EventType.ExplosionsRemoteViolence, "Remote explosive/landmine/IED" },
        { SubEventType.Grenade, EventType.ExplosionsRemoteViolence, "Grenade" },
        { SubEventType.SexualViolence, EventType.ViolenceAgainstCivilians, "Sexual violence" },
        { SubEventType.Attack, EventType.ViolenceAgainstCivilians, "Attack" },
        { SubEventType.AbductionForcedDisappearance, EventType.ViolenceAgainstCivilians, "Abduction/forced disappearance" },
        { SubEventType.PeacefulProtest, EventType.Protests, "Peaceful protest" },
        { SubEventType.ProtestWithIntervention, EventType.Protests, "Protest with intervention" },
        { SubEventType.ExcessiveForceAgainstProtesters, EventType.Protests, "Excessive force against protesters" },
        { SubEventType.ViolentDemonstration, EventType.Riots, "Violent demonstration" },
        { SubEventType.MobViolence, EventType.Riots, "Mob violence" },
        { SubEventType.Agreement, EventType.StrategicDevelopments, "Agreement" },
        { SubEventType.Arrests, EventType.StrategicDevelopments, "Arrests" },
        { SubEventType.ChangeToGroupActivity, EventType.StrategicDevelopments, "Change to group/activity" },
        { SubEventType.DisruptedWeaponsUse, EventType.StrategicDevelopments, "Disrupted weapons use" },
        { SubEventType.HeadquartersOrBaseEstablished, EventType.StrategicDevelopments, "Headquarters or base established" },
        { SubEventType.LootingPropertyDestruction, EventType.StrategicDevelopments, "Looting/property destruction" },
        { SubEventType.NonViolentTransferOfTerritory, EventType.StrategicDevelopments, "Non-violent transfer of territory" },
        { SubEventType.Other, EventType.StrategicDevelopments, "Other" },
    };

    [Theory]
    [MemberData(nameof(SubTypes))]
    public void TypeOfAndLabel_EachSubType_FollowAcled(SubEventType subType, EventType type, string label)
    {
        Assert.Equal(type, EventTaxonomy.TypeOf(subType));
        Assert.Equal(label, subType.ToAcledLabel());
    }

    [Fact]
    public void SubTypes_TableCoversEverySubType()
        => Assert.Equal(
            Enum.GetValues<SubEventType>().Order(),
            SubTypes.Select(row => (SubEventType)row[0]).Order());

    [Theory]
    [InlineData(EventType.Battles, "Battles")]
    [InlineData(EventType.ExplosionsRemoteViolence, "Explosions/Remote violence")]
    [InlineData(EventType.ViolenceAgainstCivilians, "Violence against civilians")]
    [InlineData(EventType.Protests, "Protests")]
    [InlineData(EventType.Riots, "Riots")]
    [InlineData(EventType.StrategicDevelopments, "Strategic developments")]
    public void ToAcledLabel_EachType_IsAcledsLabel(EventType type, string label)
        => Assert.Equal(label, type.ToAcledLabel());

    [Fact]
    public void Types_AreExactlyAcledsSix()
        => Assert.Equal(6, Enum.GetValues<EventType>().Length);

    [Fact]
    public void UndefinedValues_ThrowArgumentOutOfRangeException()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("subType", "not a defined SubEventType", () => EventTaxonomy.TypeOf((SubEventType)100));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("subType", "not a defined SubEventType", () => EventTaxonomy.TypeOf((SubEventType)609));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("subType", "not a defined SubEventType", () => ((SubEventType)0).ToAcledLabel());
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("type", "not a defined EventType", () => ((EventType)7).ToAcledLabel());
    }
}
