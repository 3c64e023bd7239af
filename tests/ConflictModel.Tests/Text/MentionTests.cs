using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Text;

public sealed class MentionTests
{
    private static readonly TextSpan Binoli = new(30, 36, "Binoli", "seven towns, including ", ", Kayes");

    [Fact]
    public void Constructor_MisspeltName_KeepsItAsPrintedWithTheResolution()
    {
        var mention = Make();

        Assert.Equal(new MentionId("mention-binoli"), mention.Id);
        Assert.Equal(EntityReference.To(new LocationId("diboli")), mention.Entity);
        Assert.Equal(new SourceId("article"), mention.Source);
        Assert.Equal(Binoli, mention.Span);
        Assert.Equal("Binoli", mention.AsPrinted);
        Assert.Equal(ResolutionConfidence.Probable, mention.Confidence);
        Assert.Equal("Diboli is the town on the Senegal border.", mention.Rationale);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => Make(id: default(MentionId)));
        ArgumentAssert.Throws<ArgumentException>("entity", "must be initialised", () => Make(entity: default(EntityReference)));
        ArgumentAssert.Throws<ArgumentException>("source", "must be initialised", () => Make(source: default(SourceId)));
        ArgumentAssert.ThrowsNull("span", () => new Mention(new MentionId("m"), EntityReference.To(new LocationId("kayes")), new SourceId("article"), null!));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("confidence", "not a defined ResolutionConfidence", () => Make(confidence: (ResolutionConfidence)4));
        ArgumentAssert.Throws<ArgumentException>("rationale", "must not be empty", () => Make(rationale: " "));
    }

    [Fact]
    public void Constructor_NameAsTheEntityHasIt_NeedsNoConfidence()
    {
        var mention = new Mention(new MentionId("mention-kayes"), EntityReference.To(new LocationId("kayes")), new SourceId("article"), new TextSpan(0, 5, "Kayes"));

        Assert.Null(mention.Confidence);
        Assert.Null(mention.Rationale);
    }

    [Fact]
    public void Equals_ComparesEveryMember()
        => EqualityAssert.Complete(
            Make(),
            Make(),
            derived: [nameof(Mention.AsPrinted)],
            ("Id", Make(id: new MentionId("mention-binoli-2"))),
            ("Entity", Make(entity: EntityReference.To(new LocationId("kayes")))),
            ("Source", Make(source: new SourceId("other-article"))),
            ("Span", Make(span: new TextSpan(30, 36, "Binoli"))),
            ("Confidence", Make(confidence: ResolutionConfidence.Possible)),
            ("Rationale", Make(rationale: "Nearest town of a similar name.")));

    [Fact]
    public void ToString_GivesTheNameAsPrintedAndTheEntity()
        => Assert.Equal("\"Binoli\" -> Location:diboli", Make().ToString());

    private static Mention Make(
        MentionId? id = null,
        EntityReference? entity = null,
        SourceId? source = null,
        TextSpan? span = null,
        ResolutionConfidence? confidence = ResolutionConfidence.Probable,
        string? rationale = "Diboli is the town on the Senegal border.")
        => new Mention(
            id ?? new MentionId("mention-binoli"),
            entity ?? EntityReference.To(new LocationId("diboli")),
            source ?? new SourceId("article"),
            span ?? new TextSpan(30, 36, "Binoli", "seven towns, including ", ", Kayes"))
        .WithConfidence(confidence)
        .WithRationale(rationale);
}
