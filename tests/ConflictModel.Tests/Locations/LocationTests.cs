using System;
using System.Collections.Immutable;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Locations;

public sealed class LocationTests
{
    private static readonly LocationId Kayes = new("kayes");

    [Fact]
    public void Constructor_Minimal_DefaultsCollectionsToEmpty()
    {
        var location = new Location(Kayes, new LocalizedName("Kayes"), LocationKind.Settlement);

        Assert.Equal(Kayes, location.Id);
        Assert.Equal(new LocalizedName("Kayes"), location.Name);
        Assert.Equal(LocationKind.Settlement, location.Kind);
        ImmutableArrayAssert.EmptyNotDefault(location.AlternateNames);
        ImmutableArrayAssert.EmptyNotDefault(location.ExternalIds);
        Assert.Null(location.Parent);
        Assert.Null(location.IsoCode);
        Assert.Null(location.Point);
        Assert.Null(location.Precision);
    }

    [Fact]
    public void Constructor_Full_KeepsEveryMember()
    {
        var location = Make();

        Assert.Equal<LocalizedName>([new LocalizedName("Kayi", LanguageTag.French)], location.AlternateNames);
        Assert.Equal(new LocationId("kayes-region"), location.Parent);
        Assert.Equal(new Iso3166Code("ML-1"), location.IsoCode);
        Assert.Equal(new GeoPoint(14.4469, -11.4445), location.Point);
        Assert.Equal(PlacePrecision.Settlement, location.Precision);
        Assert.Equal<ExternalId>([new ExternalId(ExternalId.GeoNames, "1000001")], location.ExternalIds);
    }

    [Fact]
    public void Constructor_OwnParent_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("parent", "A location cannot be its own parent.", () => Make(parent: Kayes));

    [Fact]
    public void Constructor_PrecisionWithoutPoint_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("precision", "A precision qualifies a point; give a point or no precision.", () => new Location(Kayes, new LocalizedName("Kayes"), LocationKind.Settlement).WithPrecision(PlacePrecision.Settlement));

    [Fact]
    public void Constructor_PointWithoutPrecision_IsAccepted()
        => Assert.Null(new Location(Kayes, new LocalizedName("Kayes"), LocationKind.Settlement).WithPoint(new GeoPoint(14.4469, -11.4445)).Precision);

    [Fact]
    public void Constructor_CountryOrSubdivisionCode_IsAccepted()
    {
        Assert.Equal(new Iso3166Code("ML"), new Location(new LocationId("mali"), new LocalizedName("Mali"), LocationKind.Country).WithIsoCode(new Iso3166Code("ML")).IsoCode);
        Assert.Equal(new Iso3166Code("ML-1"), Make().IsoCode);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("id", "must be initialised", () => Make(id: default(LocationId)));
        ArgumentAssert.ThrowsNull("name", () => new Location(Kayes, null!, LocationKind.Settlement));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("kind", "not a defined LocationKind", () => Make(kind: (LocationKind)0));
        ArgumentAssert.Throws<ArgumentException>("alternateNames", "the item at index 1 is null", () => Make(alternateNames: [new LocalizedName("Kayi"), null!]));
        ArgumentAssert.Throws<ArgumentException>("parent", "must be initialised", () => Make(parent: default(LocationId)));
        ArgumentAssert.Throws<ArgumentException>("isoCode", "must be initialised", () => Make(isoCode: default(Iso3166Code)));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("precision", "not a defined PlacePrecision", () => Make(precision: (PlacePrecision)10));
        ArgumentAssert.Throws<ArgumentException>("externalIds", "the item at index 0 is null", () => Make(externalIds: [null!]));
    }

    [Fact]
    public void Equals_ComparesEveryMemberAndCollectionItems()
        => EqualityAssert.Complete(
            Make(),
            Make(),
            derived: [],
            ("Id", Make(id: new LocationId("kayes-town"))),
            ("Name", Make(name: new LocalizedName("Kayes", LanguageTag.French))),
            ("Kind", Make(kind: LocationKind.SecondOrderDivision)),
            ("AlternateNames", Make(alternateNames: [new LocalizedName("Kayi", LanguageTag.English)])),
            ("AlternateNames empty", Make(alternateNames: [])),
            ("Parent", Make(parent: new LocationId("mali"))),
            ("IsoCode", Make(isoCode: new Iso3166Code("ML-2"))),
            ("Point", Make(point: new GeoPoint(14.45, -11.4445))),
            ("Precision", Make(precision: PlacePrecision.NearPlace)),
            ("ExternalIds", Make(externalIds: [new ExternalId(ExternalId.GeoNames, "1000002")])),
            ("ExternalIds more", Make(externalIds: [new ExternalId(ExternalId.GeoNames, "1000001"), new ExternalId(ExternalId.Wikidata, "Q1000001")])),
            ("Basis", Make().WithBasis(LocationBasis.Gazetteer)),
            ("DatasetFields", Make().WithDatasetFields([new DatasetField("acled", "inter1", "2")])));

    [Fact]
    public void WithBasis_PointOrExternalId_KeepsTheBasisAndEverythingElse()
    {
        var located = Make().WithBasis(LocationBasis.Gazetteer);
        var identified = new Location(Kayes, new LocalizedName("Kayes"), LocationKind.Settlement).WithExternalIds([new ExternalId(ExternalId.GeoNames, "2455518")]).WithBasis(LocationBasis.Stated);

        Assert.Equal(LocationBasis.Gazetteer, located.Basis);
        Assert.Equal(Make().Point, located.Point);
        Assert.Equal<ExternalId>(Make().ExternalIds, located.ExternalIds);
        Assert.Equal(LocationBasis.Stated, identified.Basis);
        Assert.Null(located.WithBasis(null).Basis);
        Assert.Null(Make().Basis);
    }

    [Fact]
    public void WithBasis_NothingToQualify_IsRefused()
        => ArgumentAssert.Throws<ArgumentException>(
            "basis",
            "A basis says where a point or external ids come from",
            () => new Location(Kayes, new LocalizedName("Kayes"), LocationKind.Settlement).WithBasis(LocationBasis.Inferred));

    [Fact]
    public void WithBasis_UndefinedValue_IsRefused()
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("basis", "not a defined LocationBasis", () => Make().WithBasis((LocationBasis)4));

    [Fact]
    public void ToString_GivesIdNameAndKind()
        => Assert.Equal("kayes: Kayes (Settlement)", Make().ToString());

    private static Location Make(
        LocationId? id = null,
        LocalizedName? name = null,
        LocationKind kind = LocationKind.Settlement,
        ImmutableArray<LocalizedName>? alternateNames = null,
        LocationId? parent = null,
        Iso3166Code? isoCode = null,
        GeoPoint? point = null,
        PlacePrecision? precision = null,
        ImmutableArray<ExternalId>? externalIds = null)
        => new Location(
            id ?? Kayes,
            name ?? new LocalizedName("Kayes"),
            kind)
        .WithAlternateNames(alternateNames ?? [new LocalizedName("Kayi", LanguageTag.French)])
        .WithParent(parent ?? new LocationId("kayes-region"))
        .WithIsoCode(isoCode ?? new Iso3166Code("ML-1"))
        .WithPoint(point ?? new GeoPoint(14.4469, -11.4445))
        .WithPrecision(precision ?? PlacePrecision.Settlement)
        .WithExternalIds(externalIds ?? [new ExternalId(ExternalId.GeoNames, "1000001")]);
}
