using System;
using System.Collections.Immutable;
using ConflictModel.Tests.Support;
using NodaTime;

namespace ConflictModel.Tests.Engagements;

public sealed class EngagementTests
{
    private static readonly EngagementId Kayes = new("kayes-attack");
    private static readonly EngagementId Campaign = new("western-mali-attacks");

    [Fact]
    public void Constructor_Minimal_DefaultsToAnEventWithEmptyCollections()
    {
        var engagement = new Engagement(Kayes, EventType.Battles);

        Assert.Equal(Kayes, engagement.Id);
        Assert.Equal(EventType.Battles, engagement.Type);
        Assert.Equal(EngagementScope.Event, engagement.Scope);
        Assert.Null(engagement.SubType);
        Assert.Null(engagement.Time);
        Assert.Null(engagement.Campaign);
        Assert.Null(engagement.Summary);
        ImmutableArrayAssert.EmptyNotDefault(engagement.Locations);
        ImmutableArrayAssert.EmptyNotDefault(engagement.Participants);
        ImmutableArrayAssert.EmptyNotDefault(engagement.Attributions);
    }

    [Fact]
    public void Constructor_Full_KeepsEveryMember()
    {
        var engagement = Make();

        Assert.Equal(SubEventType.ArmedClash, engagement.SubType);
        Assert.Equal(ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithPartOfDay(PartOfDay.Morning), engagement.Time);
        Assert.Equal<LocationId>([new LocationId("kayes")], engagement.Locations);
        Assert.Equal<Participant>([new Participant(new ActorId("jnim"), ParticipantRole.Attacker), new Participant(new ActorId("fama"), ParticipantRole.Defender)], engagement.Participants);
        Assert.Equal(Campaign, engagement.Campaign);
        Assert.Equal<AttributionId>([new AttributionId("army-tv-statement")], engagement.Attributions);
        Assert.Equal("JNIM attacked army positions in Kayes.", engagement.Summary);
    }

    [Fact]
    public void Constructor_SubTypeOfAnotherType_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>(
            "subType",
            "The sub-type AirOrDroneStrike belongs to ExplosionsRemoteViolence, not to Battles.",
            () => Make(subType: SubEventType.AirOrDroneStrike));

    [Fact]
    public void Constructor_OwnCampaign_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("campaign", "An engagement cannot be its own campaign.", () => Make(campaign: Kayes));

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => Make(id: default(EngagementId)));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("type", "not a defined EventType", () => new Engagement(Kayes, (EventType)0));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("scope", "not a defined EngagementScope", () => Make(scope: (EngagementScope)3));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("subType", "not a defined SubEventType", () => Make(subType: (SubEventType)199));
        ArgumentAssert.Throws<ArgumentException>("locations", "the item at index 1 is the default value", () => Make(locations: [new LocationId("kayes"), default]));
        ArgumentAssert.Throws<ArgumentException>("participants", "the item at index 0 is null", () => Make(participants: [null!]));
        ArgumentAssert.Throws<ArgumentException>("campaign", "must be initialised", () => Make(campaign: default(EngagementId)));
        ArgumentAssert.Throws<ArgumentException>("attributions", "the item at index 0 is the default value", () => Make(attributions: [default]));
        ArgumentAssert.Throws<ArgumentException>("summary", "must not be empty", () => Make(summary: "\t"));
    }

    [Fact]
    public void Equals_ComparesEveryMemberAndCollectionItems()
        => EqualityAssert.Complete(
            Make(subType: null),
            Make(subType: null),
            derived: [],
            ("Id", Make(id: new EngagementId("kayes-attack-2"), subType: null)),
            ("Type", Make(type: EventType.ExplosionsRemoteViolence, subType: null)),
            ("SubType", Make(subType: SubEventType.ArmedClash)),
            ("Scope", Make(scope: EngagementScope.Campaign, subType: null)),
            ("Time", Make(time: ReportedTime.OnDate(new LocalDate(2025, 7, 1)), subType: null)),
            ("Locations", Make(locations: [new LocationId("kayes"), new LocationId("diboli")], subType: null)),
            ("Participants", Make(participants: [new Participant(new ActorId("jnim"), ParticipantRole.Attacker)], subType: null)),
            ("Participants order", Make(participants: [new Participant(new ActorId("fama"), ParticipantRole.Defender), new Participant(new ActorId("jnim"), ParticipantRole.Attacker)], subType: null)),
            ("Campaign", Make(campaign: new EngagementId("other-campaign"), subType: null)),
            ("Attributions", Make(attributions: [], subType: null)),
            ("Summary", Make(summary: "Army positions in Kayes were attacked.", subType: null)),
            ("ExternalIds", Make(subType: null).WithExternalIds([new ExternalId(ExternalId.Acled, "MLI36123")])),
            ("DatasetFields", Make(subType: null).WithDatasetFields([new DatasetField("acled", "inter1", "2")])));

    [Fact]
    public void ToString_GivesIdTypeSubTypeAndScope()
    {
        Assert.Equal("kayes-attack: battles, armed clash (event)", Make().ToString());
        Assert.Equal("western-mali-attacks: battles (campaign)", new Engagement(Campaign, EventType.Battles).WithScope(EngagementScope.Campaign).ToString());
    }

    private static Engagement Make(
        EngagementId? id = null,
        EventType type = EventType.Battles,
        EngagementScope scope = EngagementScope.Event,
        SubEventType? subType = SubEventType.ArmedClash,
        ReportedTime? time = null,
        ImmutableArray<LocationId>? locations = null,
        ImmutableArray<Participant>? participants = null,
        EngagementId? campaign = null,
        ImmutableArray<AttributionId>? attributions = null,
        string summary = "JNIM attacked army positions in Kayes.")
        => new Engagement(
            id ?? Kayes,
            type)
        .WithScope(scope)
        .WithSubType(subType)
        .WithTime(time ?? ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithPartOfDay(PartOfDay.Morning))
        .WithLocations(locations ?? [new LocationId("kayes")])
        .WithParticipants(participants ?? [new Participant(new ActorId("jnim"), ParticipantRole.Attacker), new Participant(new ActorId("fama"), ParticipantRole.Defender)])
        .WithCampaign(campaign ?? Campaign)
        .WithAttributions(attributions ?? [new AttributionId("army-tv-statement")])
        .WithSummary(summary);
}
