using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The actors as the article presents them: the attackers are not merged with the group that claims them.</summary>
public sealed class MaliArticleActorsTests
{
    [Fact]
    public void Jnim_IsARebelGroupAffiliatedWithAlQaeda()
    {
        var jnim = MaliArticle.Actors.Jnim;

        Assert.Equal("Jama'at Nusrat al-Islam wal Muslimin", jnim.Name.Text);
        Assert.Equal(new LanguageTag("ar-Latn"), jnim.Name.Language);
        Assert.Equal(["JNIM"], jnim.Aliases.Select(a => a.Text));
        Assert.Equal(ConflictCategory.RebelGroup, jnim.Category);
        Assert.Equal([new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([new AttributionId("jnim-affiliate-of-al-qaeda")])], jnim.Affiliations.AsEnumerable());
    }

    [Fact]
    public void WesternMaliAttacks_Attacker_IsTheJihadistFightersNotJnim()
    {
        var participants = MaliArticle.Engagements.WesternMaliAttacks.Participants;

        Assert.Contains(new Participant(new ActorId("jihadist-fighters"), ParticipantRole.Attacker), participants);
        Assert.DoesNotContain(participants, p => p.Actor == new ActorId("jnim"));
        Assert.Equal(ActorKind.UnnamedGroup, MaliArticle.Actors.JihadistFighters.Kind);
    }

    [Fact]
    public void SouleymaneDembele_IsSpokespersonOfTheArmedForces()
    {
        Assert.Equal(
            [new Affiliation(AffiliationKind.SpokespersonOf, new ActorId("malian-armed-forces")).WithAttributions([new AttributionId("dembele-spokesperson")])],
            MaliArticle.Actors.SouleymaneDembele.Affiliations.AsEnumerable());
    }

    [Fact]
    public void MichaelLangley_IsCommanderOfAfricom()
    {
        Assert.Equal(
            [new Affiliation(AffiliationKind.CommanderOf, new ActorId("africom")).WithAttributions([new AttributionId("langley-commander")])],
            MaliArticle.Actors.MichaelLangley.Affiliations.AsEnumerable());
    }

    [Theory]
    [InlineData("jnim", "Jama'at Nusrat al-Islam wal Muslimin (JNIM), an affiliate of al-Qaeda")]
    [InlineData("souleymane-dembele", "military spokesperson Souleymane Dembele")]
    [InlineData("michael-langley", "General Michael Langley, commander of Africom")]
    public void Affiliation_Attribution_IsTheArticlesOwnWordsStatingIt(string actor, string words)
    {
        var affiliation = Assert.Single(MaliArticle.Report.Actors.Single(a => a.Id.Value == actor).Affiliations);
        var attribution = MaliArticle.Report.Attributions.Single(a => a.Id == Assert.Single(affiliation.Attributions));

        Assert.Equal(words, attribution.Quote.Exact);
        Assert.Equal(QuoteMode.OwnStatement, attribution.Mode);
        Assert.Equal(StatementChannel.SourceItself, attribution.Channel);
        Assert.Null(attribution.Speaker);
        Assert.Equal(MaliArticle.Ids.Article, attribution.Source);
    }

    [Fact]
    public void MalianArmedForces_Aliases_AreTheFormsPrinted()
    {
        Assert.Equal(
            ["Mali’s military", "the nation’s armed forces", "the army", "security and defence forces"],
            MaliArticle.Actors.MalianArmedForces.Aliases.Select(a => a.Text));
        Assert.Equal(new Iso3166Code("ML"), MaliArticle.Actors.MalianArmedForces.Country);
        Assert.Equal(ConflictCategory.StateForces, MaliArticle.Actors.MalianArmedForces.Category);
    }

    [Fact]
    public void KayesResident_IsAnUnnamedCivilian()
    {
        Assert.Equal(ActorKind.UnnamedPerson, MaliArticle.Actors.KayesResident.Kind);
        Assert.Equal(ConflictCategory.Civilians, MaliArticle.Actors.KayesResident.Category);
    }
}
