using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Engagements;

public sealed class ParticipantTests
{
    [Fact]
    public void Constructor_Valid_KeepsActorAndRole()
    {
        var participant = new Participant(new ActorId("jnim"), ParticipantRole.Attacker);

        Assert.Equal(new ActorId("jnim"), participant.Actor);
        Assert.Equal(ParticipantRole.Attacker, participant.Role);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("actor", "must be initialised", () => new Participant(default, ParticipantRole.Attacker));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("role", "not a defined ParticipantRole", () => new Participant(new ActorId("jnim"), (ParticipantRole)7));
    }

    [Fact]
    public void Equals_ComparesActorAndRole()
        => EqualityAssert.Complete(
            new Participant(new ActorId("jnim"), ParticipantRole.Attacker),
            new Participant(new ActorId("jnim"), ParticipantRole.Attacker),
            derived: [],
            ("Actor", new Participant(new ActorId("fama"), ParticipantRole.Attacker)),
            ("Role", new Participant(new ActorId("jnim"), ParticipantRole.Defender)),
            ("Identification", new Participant(new ActorId("jnim"), ParticipantRole.Attacker).WithIdentification(new ActorIdentification(new ActorId("al-qaeda"), IdentificationBasis.Inferred))));

    [Fact]
    public void WithIdentification_AnotherActor_KeepsItBesideTheActorAsDescribed()
    {
        var identification = new ActorIdentification(new ActorId("jnim"), IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("jnim-responsibility")]);

        var participant = new Participant(new ActorId("jihadist-fighters"), ParticipantRole.Attacker).WithIdentification(identification);

        Assert.Equal(new ActorId("jihadist-fighters"), participant.Actor);
        Assert.Same(identification, participant.Identification);
        Assert.Null(participant.WithIdentification(null).Identification);
        Assert.Equal("jihadist-fighters (attacker) = jnim (claimed responsibility)", participant.ToString());
    }

    [Fact]
    public void WithIdentification_TheParticipantsOwnActor_IsRefused()
        => ArgumentAssert.Throws<ArgumentException>(
            "identification",
            "not the participant's own actor",
            () => new Participant(new ActorId("jnim"), ParticipantRole.Attacker).WithIdentification(new ActorIdentification(new ActorId("jnim"), IdentificationBasis.Stated)));

    [Fact]
    public void ToString_GivesActorAndRole()
        => Assert.Equal("jnim (attacker)", new Participant(new ActorId("jnim"), ParticipantRole.Attacker).ToString());
}
