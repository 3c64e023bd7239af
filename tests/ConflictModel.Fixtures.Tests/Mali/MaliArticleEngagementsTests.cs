using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The engagements keep what the article leaves open: no attacker it does not name, no place it does not give.</summary>
public sealed class MaliArticleEngagementsTests
{
    [Fact]
    public void EarlierAssault_IsAnUnplacedBattleOfUnknownSubType()
    {
        var assault = MaliArticle.Engagements.EarlierAssault;

        Assert.Equal(EventType.Battles, assault.Type);
        Assert.Null(assault.SubType);
        Assert.Equal([new LocationId("mali")], assault.Locations.AsEnumerable());
        Assert.Equal([new Participant(new ActorId("malian-armed-forces"), ParticipantRole.Target)], assault.Participants.AsEnumerable());
    }

    [Fact]
    public void TimbuktuRaid_Participants_AreTheArmyAsTargetOnly()
    {
        Assert.Equal(
            [new Participant(new ActorId("malian-armed-forces"), ParticipantRole.Target)],
            MaliArticle.Engagements.TimbuktuRaid.Participants.AsEnumerable());
    }

    [Fact]
    public void WesternMaliAttacks_Locations_AreTheThreeNamedTownsAndTheTwoBorders()
    {
        Assert.Equal(
            [
                new LocationId("diboli"),
                new LocationId("kayes"),
                new LocationId("sandare"),
                new LocationId("senegal-border"),
                new LocationId("mauritania-border"),
            ],
            MaliArticle.Engagements.WesternMaliAttacks.Locations.AsEnumerable());
    }
}
