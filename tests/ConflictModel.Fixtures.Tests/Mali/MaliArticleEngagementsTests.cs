using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The engagements keep what the article leaves open: no attacker it does not name, no place it does not give; a coder's identification is marked.</summary>
public sealed class MaliArticleEngagementsTests
{
    [Fact]
    public void EarlierAssault_IsAnUnplacedBattleOfUnknownSubTypeByUnidentifiedAttackers()
    {
        var assault = MaliArticle.Engagements.EarlierAssault;

        Assert.Equal(EventType.Battles, assault.Type);
        Assert.Null(assault.SubType);
        Assert.Equal([new LocationId("mali")], assault.Locations.AsEnumerable());
        Assert.Equal(
            [
                new Participant(new ActorId("earlier-assault-attackers"), ParticipantRole.Attacker),
                new Participant(new ActorId("malian-armed-forces"), ParticipantRole.Target),
            ],
            assault.Participants.AsEnumerable());
        Assert.Null(MaliArticle.Actors.EarlierAssaultAttackers.Category);
    }

    [Fact]
    public void EarlierAssault_Time_IsJune2025InferredFromEarlierThisMonth()
    {
        var time = MaliArticle.Engagements.EarlierAssault.Time;

        Assert.Equal(ReportedTime.InMonth(new NodaTime.YearMonth(2025, 6)).WithWording("earlier this month").WithBasis(TimeBasis.Inferred), time);
        Assert.Equal(MaliArticle.Engagements.TimbuktuRaid.Time, time);
    }

    [Fact]
    public void TimbuktuRaid_Attacker_IsTheRaidersIdentifiedAsJnimOnItsClaim()
    {
        var raid = MaliArticle.Engagements.TimbuktuRaid;
        var identification = new ActorIdentification(new ActorId("jnim"), IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("timbuktu-responsibility")]);

        Assert.Equal(
            [
                new Participant(new ActorId("timbuktu-raiders"), ParticipantRole.Attacker).WithIdentification(identification),
                new Participant(new ActorId("malian-armed-forces"), ParticipantRole.Target),
            ],
            raid.Participants.AsEnumerable());
    }

    [Fact]
    public void FirstJulyAttacks_Attacker_IsIdentifiedAsJnimOnItsResponsibilityClaim()
    {
        var identification = new ActorIdentification(new ActorId("jnim"), IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("jnim-responsibility")]);
        var firstJuly = MaliArticle.Report.Engagements.Where(e => e.Id == MaliArticle.Ids.WesternMaliAttacks || e.Campaign == MaliArticle.Ids.WesternMaliAttacks).ToList();

        Assert.Equal(4, firstJuly.Count);
        Assert.All(firstJuly, e => Assert.Equal(identification, e.Participants.Single(p => p.Role == ParticipantRole.Attacker).Identification));
        Assert.All(firstJuly, e => Assert.Equal(ParticipantRole.Defender, e.Participants.Single(p => p.Actor == MaliArticle.Ids.MalianArmedForces).Role));
    }

    [Fact]
    public void Attackers_CodedAsTheirIdentifiedActor_GiveAcledInteraction12()
    {
        // What an ACLED export derives: the identified actor's category where there is one, else the participant's.
        var categories = MaliArticle.Report.Actors.ToDictionary(a => a.Id, a => a.Category);
        foreach (var engagement in MaliArticle.Report.Engagements.Where(e => e.Id != MaliArticle.Ids.EarlierAssault))
        {
            var codes = engagement.Participants.Select(p => (int?)categories[p.Identification?.Actor ?? p.Actor]).Order().ToList();

            Assert.Equal([1, 2], codes);
        }
    }

    [Fact]
    public void WesternMaliAttacks_Locations_AreTheTwoBordersAndItsSitesHoldTheTowns()
    {
        Assert.Equal(
            [new LocationId("senegal-border"), new LocationId("mauritania-border")],
            MaliArticle.Engagements.WesternMaliAttacks.Locations.AsEnumerable());
        Assert.Equal(
            [new LocationId("kayes"), new LocationId("diboli"), new LocationId("sandare")],
            MaliArticle.Report.Engagements.Where(e => e.Campaign == MaliArticle.Ids.WesternMaliAttacks).SelectMany(e => e.Locations));
    }
}
