using System;
using System.Collections.Immutable;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Actors;

public sealed class ActorTests
{
    private static readonly ActorId Jnim = new("jnim");
    private static readonly ActorId AlQaeda = new("al-qaeda");

    [Fact]
    public void Constructor_Minimal_DefaultsCollectionsToEmpty()
    {
        var actor = new Actor(new ActorId("kayes-resident"), new LocalizedName("a resident in Kayes"), ActorKind.UnnamedPerson);

        Assert.Equal(new ActorId("kayes-resident"), actor.Id);
        Assert.Equal("a resident in Kayes", actor.Name.Text);
        Assert.Equal(ActorKind.UnnamedPerson, actor.Kind);
        ImmutableArrayAssert.EmptyNotDefault(actor.Aliases);
        ImmutableArrayAssert.EmptyNotDefault(actor.Affiliations);
        ImmutableArrayAssert.EmptyNotDefault(actor.ExternalIds);
        Assert.Null(actor.Category);
        Assert.Null(actor.Country);
    }

    [Fact]
    public void Constructor_Full_KeepsEveryMember()
    {
        var actor = Make();

        Assert.Equal(Jnim, actor.Id);
        Assert.Equal(ActorKind.Organisation, actor.Kind);
        Assert.Equal<LocalizedName>([new LocalizedName("JNIM"), new LocalizedName("Jama'at Nusrat al-Islam wal Muslimin", new LanguageTag("ar-Latn"))], actor.Aliases);
        Assert.Equal(ConflictCategory.RebelGroup, actor.Category);
        Assert.Equal(new Iso3166Code("ML"), actor.Country);
        Assert.Equal<Affiliation>([new Affiliation(AffiliationKind.AffiliateOf, AlQaeda)], actor.Affiliations);
        Assert.Equal<ExternalId>([new ExternalId(ExternalId.Acled, "JNIM: Group for Support of Islam and Muslims")], actor.ExternalIds);
    }

    [Fact]
    public void Constructor_SelfAffiliation_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>(
            "affiliations",
            "An actor cannot be affiliated with itself ('jnim').",
            () => Make(affiliations: [new Affiliation(AffiliationKind.AffiliateOf, AlQaeda), new Affiliation(AffiliationKind.PartOf, Jnim)]));

    [Fact]
    public void Constructor_SubdivisionAsCountry_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("country", "An actor's country must be an ISO 3166-1 alpha-2 code; 'ML-1' is a subdivision.", () => Make(country: new Iso3166Code("ML-1")));

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => Make(id: default(ActorId)));
        ArgumentAssert.ThrowsNull("name", () => new Actor(Jnim, null!, ActorKind.Organisation));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("kind", "not a defined ActorKind", () => Make(kind: (ActorKind)5));
        ArgumentAssert.Throws<ArgumentException>("aliases", "the item at index 0 is null", () => Make(aliases: [null!]));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("category", "not a defined ConflictCategory", () => Make(category: (ConflictCategory)9));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("category", "not a defined ConflictCategory", () => Make(category: (ConflictCategory)0));
        ArgumentAssert.Throws<ArgumentException>("country", "must be initialised", () => Make(country: default(Iso3166Code)));
        ArgumentAssert.Throws<ArgumentException>("affiliations", "the item at index 0 is null", () => Make(affiliations: [null!]));
        ArgumentAssert.Throws<ArgumentException>("externalIds", "the item at index 0 is null", () => Make(externalIds: [null!]));
    }

    [Fact]
    public void Equals_ComparesEveryMemberAndCollectionItems()
        => EqualityAssert.Complete(
            Make(),
            Make(),
            derived: [],
            ("Id", Make(id: new ActorId("jnim-2"))),
            ("Name", Make(name: new LocalizedName("Group for the Support of Islam and Muslims", LanguageTag.English))),
            ("Kind", Make(kind: ActorKind.UnnamedGroup)),
            ("Aliases", Make(aliases: [new LocalizedName("JNIM")])),
            ("Aliases order", Make(aliases: [new LocalizedName("Jama'at Nusrat al-Islam wal Muslimin", new LanguageTag("ar-Latn")), new LocalizedName("JNIM")])),
            ("Category", Make(category: ConflictCategory.PoliticalMilitia)),
            ("Country", Make(country: new Iso3166Code("BF"))),
            ("Affiliations", Make(affiliations: [new Affiliation(AffiliationKind.AllyOf, AlQaeda)])),
            ("ExternalIds", Make(externalIds: [])),
            ("DatasetFields", Make().WithDatasetFields([new DatasetField("acled", "inter1", "2")])));

    [Fact]
    public void Equals_CategoryAbsentAndCountryAbsent_DifferFromPresent()
    {
        var bare = new Actor(Jnim, new LocalizedName("JNIM"), ActorKind.Organisation);

        Assert.NotEqual(bare, new Actor(Jnim, new LocalizedName("JNIM"), ActorKind.Organisation).WithCategory(ConflictCategory.RebelGroup));
        Assert.NotEqual(bare, new Actor(Jnim, new LocalizedName("JNIM"), ActorKind.Organisation).WithCountry(new Iso3166Code("ML")));
    }

    [Fact]
    public void ToString_GivesIdNameAndKind()
        => Assert.Equal("jnim: Jama'at Nusrat al-Islam wal Muslimin (organisation)", Make().ToString());

    private static Actor Make(
        ActorId? id = null,
        LocalizedName? name = null,
        ActorKind kind = ActorKind.Organisation,
        ImmutableArray<LocalizedName>? aliases = null,
        ConflictCategory? category = ConflictCategory.RebelGroup,
        Iso3166Code? country = null,
        ImmutableArray<Affiliation>? affiliations = null,
        ImmutableArray<ExternalId>? externalIds = null)
        => new Actor(
            id ?? Jnim,
            name ?? new LocalizedName("Jama'at Nusrat al-Islam wal Muslimin"),
            kind)
        .WithAliases(aliases ?? [new LocalizedName("JNIM"), new LocalizedName("Jama'at Nusrat al-Islam wal Muslimin", new LanguageTag("ar-Latn"))])
        .WithCategory(category)
        .WithCountry(country ?? new Iso3166Code("ML"))
        .WithAffiliations(affiliations ?? [new Affiliation(AffiliationKind.AffiliateOf, AlQaeda)])
        .WithExternalIds(externalIds ?? [new ExternalId(ExternalId.Acled, "JNIM: Group for Support of Islam and Muslims")]);
}
