using System;
using ConflictModel.Tests.Support;
using NodaTime;

namespace ConflictModel.Tests.Sources;

public sealed class SourceAttributionTests
{
    private static readonly TextSpan Quote = new(30, 42, "more than 80", "The army said ", " militants");

    [Fact]
    public void Constructor_Full_KeepsEveryMember()
    {
        var attribution = Make();

        Assert.Equal(new AttributionId("army-tv-statement"), attribution.Id);
        Assert.Equal(new SourceId("article"), attribution.Source);
        Assert.Equal(Quote, attribution.Quote);
        Assert.Equal(QuoteMode.Paraphrase, attribution.Mode);
        Assert.Equal(StatementChannel.Television, attribution.Channel);
        Assert.Equal(new ActorId("army-spokesperson"), attribution.Speaker);
        Assert.Equal(ReportedTime.OnDate(new LocalDate(2025, 7, 1)), attribution.StatedAt);
        Assert.Equal(AdmiraltyGrade.Parse("B3"), attribution.Grade);
    }

    [Fact]
    public void Constructor_OwnStatementWithoutSpeaker_IsAccepted()
    {
        var attribution = new SourceAttribution(new AttributionId("article-voice"), new SourceId("article"), Quote, QuoteMode.OwnStatement, StatementChannel.SourceItself);

        Assert.Null(attribution.Speaker);
        Assert.Null(attribution.StatedAt);
        Assert.Null(attribution.Grade);
    }

    [Fact]
    public void Constructor_OwnStatementWithSpeaker_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>(
            "speaker",
            "The source's own statement has no speaker; use a direct quote or paraphrase to attribute words to someone.",
            () => Make(mode: QuoteMode.OwnStatement));

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => Make(id: default(AttributionId)));
        ArgumentAssert.Throws<ArgumentException>("source", "must be initialised", () => Make(source: default(SourceId)));
        ArgumentAssert.ThrowsNull("quote", () => new SourceAttribution(new AttributionId("a"), new SourceId("s"), null!, QuoteMode.DirectQuote, StatementChannel.Television));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("mode", "not a defined QuoteMode", () => Make(mode: (QuoteMode)4));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("channel", "not a defined StatementChannel", () => Make(channel: (StatementChannel)0));
        ArgumentAssert.Throws<ArgumentException>("speaker", "must be initialised", () => Make(speaker: default(ActorId)));
        ArgumentAssert.Throws<ArgumentException>("grade", "must be initialised", () => Make(grade: default(AdmiraltyGrade)));
    }

    [Fact]
    public void Equals_ComparesEveryMember()
        => EqualityAssert.Complete(
            Make(),
            Make(),
            derived: [],
            ("Id", Make(id: new AttributionId("army-tv-statement-2"))),
            ("Source", Make(source: new SourceId("other-article"))),
            ("Quote", Make(quote: new TextSpan(30, 42, "more than 80"))),
            ("Mode", Make(mode: QuoteMode.DirectQuote)),
            ("Channel", Make(channel: StatementChannel.Radio)),
            ("Speaker", Make(speaker: new ActorId("army"))),
            ("StatedAt", Make(statedAt: ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithBasis(TimeBasis.Inferred))),
            ("Grade", Make(grade: AdmiraltyGrade.Parse("B2"))),
            ("ChannelWording", Make().WithChannelWording("national television")));

    [Fact]
    public void WithChannelWording_KeepsTheWordsBesideTheChannel()
    {
        var attribution = Make().WithChannelWording("national television");

        Assert.Equal("national television", attribution.ChannelWording);
        Assert.Equal(Make().Channel, attribution.Channel);
        Assert.Null(Make().ChannelWording);
        Assert.Null(attribution.WithChannelWording(null).ChannelWording);
    }

    [Fact]
    public void WithChannelWording_Blank_IsRefused()
        => ArgumentAssert.Throws<ArgumentException>("channelWording", "white space", () => Make().WithChannelWording("  "));

    [Fact]
    public void Equals_AbsentOptionalMembers_DifferFromPresent()
    {
        var bare = new SourceAttribution(new AttributionId("a"), new SourceId("s"), Quote, QuoteMode.Paraphrase, StatementChannel.Television);

        Assert.NotEqual(bare, new SourceAttribution(new AttributionId("a"), new SourceId("s"), Quote, QuoteMode.Paraphrase, StatementChannel.Television).WithSpeaker(new ActorId("x")));
        Assert.NotEqual(bare, new SourceAttribution(new AttributionId("a"), new SourceId("s"), Quote, QuoteMode.Paraphrase, StatementChannel.Television).WithStatedAt(ReportedTime.InYear(2025)));
        Assert.NotEqual(bare, new SourceAttribution(new AttributionId("a"), new SourceId("s"), Quote, QuoteMode.Paraphrase, StatementChannel.Television).WithGrade(AdmiraltyGrade.Parse("F6")));
    }

    [Fact]
    public void ToString_GivesSpeakerChannelAndSource()
    {
        Assert.Equal("army-tv-statement: army-spokesperson via Television in article", Make().ToString());
        Assert.Equal("v: (source) via SourceItself in article", new SourceAttribution(new AttributionId("v"), new SourceId("article"), Quote, QuoteMode.OwnStatement, StatementChannel.SourceItself).ToString());
    }

    private static SourceAttribution Make(
        AttributionId? id = null,
        SourceId? source = null,
        TextSpan? quote = null,
        QuoteMode mode = QuoteMode.Paraphrase,
        StatementChannel channel = StatementChannel.Television,
        ActorId? speaker = null,
        ReportedTime? statedAt = null,
        AdmiraltyGrade? grade = null)
        => new SourceAttribution(
            id ?? new AttributionId("army-tv-statement"),
            source ?? new SourceId("article"),
            quote ?? new TextSpan(30, 42, "more than 80", "The army said ", " militants"),
            mode,
            channel)
        .WithSpeaker(speaker ?? new ActorId("army-spokesperson"))
        .WithStatedAt(statedAt ?? ReportedTime.OnDate(new LocalDate(2025, 7, 1)))
        .WithGrade(grade ?? AdmiraltyGrade.Parse("B3"));
}
