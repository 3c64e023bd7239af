using System;
using ConflictModel.Tests.Support;
using NodaTime;

namespace ConflictModel.Tests.Sources;

public sealed class SourceTests
{
    private const string Text = "Attacks in Mali\nThe army said more than 80 militants were neutralised.";

    [Fact]
    public void Constructor_Minimal_LeavesOptionalMembersNull()
    {
        var source = new Source(new SourceId("article"), SourceKind.NewsArticle);

        Assert.Equal(new SourceId("article"), source.Id);
        Assert.Equal(SourceKind.NewsArticle, source.Kind);
        Assert.Null(source.Title);
        Assert.Null(source.Publisher);
        Assert.Null(source.Language);
        Assert.Null(source.Published);
        Assert.Null(source.Url);
        Assert.Null(source.Text);
        Assert.Null(source.TextSha256);
    }

    [Fact]
    public void Constructor_TextKeptExactlyAsGiven()
    {
        const string spaced = "  Headline\r\n\r\nBody  \n";

        Assert.Equal(spaced, new Source(new SourceId("a"), SourceKind.NewsArticle).WithText(spaced).Text);
        Assert.Equal(" ", new Source(new SourceId("a"), SourceKind.NewsArticle).WithText(" ").Text);
    }

    [Fact]
    public void Constructor_TextNotMatchingItsDigest_IsAcceptedForValidationToReport()
    {
        var source = new Source(new SourceId("a"), SourceKind.NewsArticle).WithText("altered").WithTextSha256(Sha256Digest.Of("abc"));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", source.TextSha256!.Value.Hex);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => new Source(default, SourceKind.NewsArticle));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("kind", "not a defined SourceKind", () => new Source(new SourceId("a"), (SourceKind)0));
        ArgumentAssert.Throws<ArgumentException>("title", "must not be empty", () => new Source(new SourceId("a"), SourceKind.NewsArticle).WithTitle(" "));
        ArgumentAssert.Throws<ArgumentException>("publisher", "must not be empty", () => new Source(new SourceId("a"), SourceKind.NewsArticle).WithPublisher(string.Empty));
        ArgumentAssert.Throws<ArgumentException>("language", "must be initialised", () => new Source(new SourceId("a"), SourceKind.NewsArticle).WithLanguage(default(LanguageTag)));
        ArgumentAssert.Throws<ArgumentException>("url", "A source's URL must be absolute.", () => new Source(new SourceId("a"), SourceKind.NewsArticle).WithUrl(new Uri("/news/mali", UriKind.Relative)));
        ArgumentAssert.Throws<ArgumentException>("text", "A source's text must be null or not empty.", () => new Source(new SourceId("a"), SourceKind.NewsArticle).WithText(string.Empty));
        ArgumentAssert.Throws<ArgumentException>("textSha256", "must be initialised", () => new Source(new SourceId("a"), SourceKind.NewsArticle).WithTextSha256(default(Sha256Digest)));
    }

    [Fact]
    public void WithText_ComputesTheDigestOfTheText()
    {
        var source = new Source(new SourceId("a"), SourceKind.NewsArticle).WithTitle("T").WithText("abc");

        Assert.Equal("abc", source.Text);
        Assert.Equal(new Sha256Digest("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), source.TextSha256);
        Assert.Equal("T", source.Title);
    }

    [Fact]
    public void WithText_EmptyOrNull_IsRefused()
    {
        var source = new Source(new SourceId("a"), SourceKind.NewsArticle);

        ArgumentAssert.Throws<ArgumentException>("text", "must be null or not empty", () => source.WithText(string.Empty));
        ArgumentAssert.ThrowsNull("text", () => source.WithText(null!));
    }

    [Fact]
    public void Equals_ComparesEveryMember()
        => EqualityAssert.Complete(
            Make(),
            Make(),
            derived: [],
            ("Id", Make(id: new SourceId("article-2"))),
            ("Kind", Make(kind: SourceKind.Report)),
            ("Title", Make(title: "Attacks in western Mali")),
            ("Publisher", Make(publisher: "Another Paper")),
            ("Language", Make(language: LanguageTag.French)),
            ("Published", Make(published: ReportedTime.OnDate(new LocalDate(2025, 7, 2)))),
            ("Url", Make(url: new Uri("https://news.example/mali-attacks-2"))),
            ("Url fragment", Make(url: new Uri("https://news.example/mali-attacks#para-3"))),
            ("Text", Make(text: Text + " ")),
            ("TextSha256", Make(textSha256: Sha256Digest.Of("other"))),
            ("ExternalIds", Make().WithExternalIds([new ExternalId(ExternalId.Acled, "MLI36123")])),
            ("DatasetFields", Make().WithDatasetFields([new DatasetField("acled", "inter1", "2")])));

    [Fact]
    public void ToString_GivesIdTitleAndKind()
    {
        Assert.Equal("article: Attacks in Mali (news article)", Make().ToString());
        Assert.Equal("a: (untitled) (broadcast)", new Source(new SourceId("a"), SourceKind.Broadcast).ToString());
    }

    private static Source Make(
        SourceId? id = null,
        SourceKind kind = SourceKind.NewsArticle,
        string title = "Attacks in Mali",
        string publisher = "The Paper",
        LanguageTag? language = null,
        ReportedTime? published = null,
        Uri? url = null,
        string text = Text,
        Sha256Digest? textSha256 = null)
        => new Source(
            id ?? new SourceId("article"),
            kind)
        .WithTitle(title)
        .WithPublisher(publisher)
        .WithLanguage(language ?? LanguageTag.English)
        .WithPublished(published ?? ReportedTime.OnDate(new LocalDate(2025, 7, 1)))
        .WithUrl(url ?? new Uri("https://news.example/mali-attacks"))
        .WithText(text)
        .WithTextSha256(textSha256 ?? Sha256Digest.Of(Text));
}
