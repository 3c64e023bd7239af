using System;
using NodaTime;

namespace ConflictModel.Tests.Text;

/// <summary>
/// One rule for every text of the model: text with an unpaired surrogate has no UTF-8 form, so
/// the model refuses it at construction with an <see cref="ArgumentException"/> naming the
/// parameter, rather than letting <see cref="ConflictJson.Serialize"/> write U+FFFD in its place.
/// </summary>
public sealed class IllFormedTextTests
{
    public static TheoryData<string, string> IllFormed => new()
    {
        { "lone high surrogate at the end", "JNIM\ud800" },
        { "lone low surrogate at the start", "\udc00JNIM" },
        { "two high surrogates", "a\ud800\ud800b" },
        { "pair the wrong way round", "a\udc00\ud800b" },
    };

    public static TheoryData<string, Action<string>> Constructors => new()
    {
        { "text", text => _ = new LocalizedName(text) },
        { "text", text => _ = new Source(new SourceId("s"), SourceKind.NewsArticle, text: text) },
        { "title", text => _ = new Source(new SourceId("s"), SourceKind.NewsArticle, title: text) },
        { "publisher", text => _ = new Source(new SourceId("s"), SourceKind.NewsArticle, publisher: text) },
        { "text", text => _ = new Source(new SourceId("s"), SourceKind.NewsArticle).WithText(text) },
        { "value", text => _ = new ExternalId(ExternalId.Wikidata, text) },
        { "wording", text => _ = ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithWording(text) },
        { "wording", text => _ = CountEstimate.Exactly(3).WithWording(text) },
        { "counted", text => _ = CountEstimate.Exactly(3).WithCounted(text) },
        { "characterisation", text => _ = new CharacterisationClaim(new ClaimId("c"), Claimant.BySource(new SourceId("s")), [EntityReference.To(new SourceId("s"))], text) },
        { "summary", text => _ = new Engagement(new EngagementId("e"), EventType.Battles, summary: text) },
    };

    [Fact]
    public void Constructors_EveryTextParameter_RefusesEachIllFormedText()
    {
        foreach (var row in Constructors)
        {
            var parameter = (string)row[0];
            var construct = (Action<string>)row[1];
            foreach (var ill in IllFormed)
            {
                var error = Assert.Throws<ArgumentException>(() => construct((string)ill[1]));
                Assert.Equal(parameter, error.ParamName);
                Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void LocalizedName_LoneSurrogate_SaysWhichAndWhere()
    {
        var error = Assert.Throws<ArgumentException>(() => new LocalizedName("JNIM\ud800"));

        Assert.StartsWith("The text must be well-formed UTF-16; it holds an unpaired surrogate (U+D800) at index 4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("😀 JNIM")]
    [InlineData("𝒳")]
    [InlineData("Kayes\uFFFD")]
    public void LocalizedName_SurrogatePairsAndReplacementCharacter_AreKept(string text)
        => Assert.Equal(text, new LocalizedName(text).Text);

    [Fact]
    public void Serialize_AnyTextTheModelAccepts_ReadsBackEqual()
    {
        var name = new LocalizedName("JNIM 😀 \uFFFD");
        var report = ConflictReport.Empty.WithActors([new Actor(new ActorId("jnim"), name, ActorKind.Organisation)]);

        Assert.Equal(report, ConflictJson.Deserialize(ConflictJson.Serialize(report)));
    }
}
