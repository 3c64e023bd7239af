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

        Assert.Equal(spaced, new Source(new SourceId("a"), SourceKind.NewsArticle, text: spaced).Text);
        Assert.Equal(" ", new Source(new SourceId("a"), SourceKind.NewsArticle, text: " ").Text);
    }

    [Fact]
    public void Constructor_TextNotMatchingItsDigest_IsAcceptedForValidationToReport()
    {
        var source = new Source(new SourceId("a"), SourceKind.NewsArticle, text: "altered", textSha256: Sha256Digest.Of("abc"));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", source.TextSha256!.Value.Hex);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => new Source(default, SourceKind.NewsArticle));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("kind", "not a defined SourceKind", () => new Source(new SourceId("a"), (SourceKind)0));
        ArgumentAssert.Throws<ArgumentException>("title", "must not be empty", () => new Source(new SourceId("a"), SourceKind.NewsArticle, title: " "));
        ArgumentAssert.Throws<ArgumentException>("publisher", "must not be empty", () => new Source(new SourceId("a"), SourceKind.NewsArticle, publisher: string.Empty));
        ArgumentAssert.Throws<ArgumentException>("language", "must be initialised", () => new Source(new SourceId("a"), SourceKind.NewsArticle, language: default(LanguageTag)));
        ArgumentAssert.Throws<ArgumentException>("url", "A source's URL must be absolute.", () => new Source(new SourceId("a"), SourceKind.NewsArticle, url: new Uri("/news/mali", UriKind.Relative)));
        ArgumentAssert.Throws<ArgumentException>("text", "A source's text must be null or not empty.", () => new Source(new SourceId("a"), SourceKind.NewsArticle, text: string.Empty));
        ArgumentAssert.Throws<ArgumentException>("textSha256", "must be initialised", () => new Source(new SourceId("a"), SourceKind.NewsArticle, textSha256: default(Sha256Digest)));
    }

    [Fact]
    public void WithText_ComputesTheDigestOfTheText()
    {
        var source = new Source(new SourceId("a"), SourceKind.NewsArticle, title: "T").WithText("abc");

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
            ("TextSha256", Make(textSha256: Sha256Digest.Of("other"))));

    [Fact]
    public void ToString_GivesIdTitleAndKind()
    {
        Assert.Equal("article: Attacks in Mali (NewsArticle)", Make().ToString());
        Assert.Equal("a: (untitled) (Broadcast)", new Source(new SourceId("a"), SourceKind.Broadcast).ToString());
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
        => new(
            id ?? new SourceId("article"),
            kind,
            title,
            publisher,
            language ?? LanguageTag.English,
            published ?? ReportedTime.OnDate(new LocalDate(2025, 7, 1)),
            url ?? new Uri("https://news.example/mali-attacks"),
            text,
            textSha256 ?? Sha256Digest.Of(Text));
}
