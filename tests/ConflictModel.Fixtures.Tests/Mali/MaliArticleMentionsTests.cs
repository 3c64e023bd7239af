using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>Names as printed stay as printed; resolutions carry their confidence.</summary>
public sealed class MaliArticleMentionsTests
{
    [Theory]
    [InlineData("mention-binoli", "Binoli", "diboli", "Diboli", ResolutionConfidence.Probable)]
    [InlineData("mention-sandere", "Sandere", "sandare", "Sandaré", ResolutionConfidence.Certain)]
    public void Mention_Misprint_IsKeptAsPrintedAndResolvedWithItsConfidence(
        string mentionId, string printed, string locationId, string name, ResolutionConfidence confidence)
    {
        var mention = MaliArticle.Report.Mentions.Single(m => m.Id == new MentionId(mentionId));
        var location = MaliArticle.Report.Locations.Single(l => l.Id == new LocationId(locationId));

        Assert.Equal(printed, mention.AsPrinted);
        Assert.Equal(EntityReference.To(location.Id), mention.Entity);
        Assert.Equal(confidence, mention.Confidence);
        Assert.False(string.IsNullOrWhiteSpace(mention.Rationale));
        Assert.Equal(name, location.Name.Text);
    }

    [Fact]
    public void Report_Locations_HaveNoPlaceNamedAsMisprinted()
    {
        var names = MaliArticle.Report.Locations.SelectMany(l => l.AlternateNames.Prepend(l.Name)).Select(n => n.Text);

        Assert.DoesNotContain("Binoli", names);
        Assert.DoesNotContain("Sandere", names);
    }

    [Theory]
    [InlineData("Binoli")]
    [InlineData("Sandere")]
    [InlineData("Kayes")]
    [InlineData("Timbuktu")]
    [InlineData("JNIM")]
    [InlineData("al-Qaeda")]
    [InlineData("Africom")]
    [InlineData("Souleymane Dembele")]
    [InlineData("Michael Langley")]
    [InlineData("Mali")]
    [InlineData("Senegal")]
    [InlineData("Mauritania")]
    [InlineData("Nigeria")]
    [InlineData("Lake Chad Basin")]
    [InlineData("Sahel")]
    [InlineData("West Africa")]
    public void Mentions_PrintedName_IsMentionedOnce(string printed)
    {
        Assert.Single(MaliArticle.Report.Mentions, m => m.AsPrinted == printed);
    }

    [Fact]
    public void Africom_IsResolvedToTheCommandPrintedAsUsAfricanCommand()
    {
        Assert.Equal(EntityReference.To(new ActorId("africom")), MaliArticle.Mentions.Africom.Entity);
        Assert.Equal(ResolutionConfidence.Certain, MaliArticle.Mentions.Africom.Confidence);
        Assert.Equal("United States Africa Command", MaliArticle.Actors.Africom.Name.Text);
        Assert.Equal(ResolutionConfidence.Certain, MaliArticle.Mentions.UsAfricanCommand.Confidence);
    }
}
