using System.Linq;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>Names as printed stay as printed; resolutions carry their confidence.</summary>
public sealed class MaliArticleMentionsTests
{
    [Fact]
    public void Binoli_IsPrintedBinoliAndResolvedToDiboliAsProbable()
    {
        var mention = MaliArticle.Mentions.Binoli;

        Assert.Equal("Binoli", mention.AsPrinted);
        Assert.Equal(EntityReference.To(new LocationId("diboli")), mention.Entity);
        Assert.Equal(ResolutionConfidence.Probable, mention.Confidence);
        Assert.False(string.IsNullOrWhiteSpace(mention.Rationale));
        Assert.Equal("Diboli", MaliArticle.Locations.Diboli.Name.Text);
    }

    [Fact]
    public void Sandere_IsPrintedSandereAndResolvedToSandareAsCertain()
    {
        var mention = MaliArticle.Mentions.Sandere;

        Assert.Equal("Sandere", mention.AsPrinted);
        Assert.Equal(EntityReference.To(new LocationId("sandare")), mention.Entity);
        Assert.Equal(ResolutionConfidence.Certain, mention.Confidence);
        Assert.Equal("Sandaré", MaliArticle.Locations.Sandare.Name.Text);
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
        Assert.Equal("U.S African Command", MaliArticle.Actors.Africom.Name.Text);
    }
}
