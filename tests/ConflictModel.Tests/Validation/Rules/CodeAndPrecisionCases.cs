using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>Cases of CM0701–CM0704 (ISO codes) and CM0801–CM0803 (precision).</summary>
internal static class CodeAndPrecisionCases
{
    public static Fires[] Fires { get; } =
    [
        new("actor country that ISO never assigned", () => Report.WithActor(Fama, Actor("fama", "Malian Armed Forces", country: new Iso3166Code("ZX"))), ValidationCodes.UnknownCountryCode, ValidationSeverity.Error, "/actors/0/country", "fama"),
        new("subdivision of an unknown country", () => Report.WithLocation(KayesRegion, Location("kayes-region", LocationKind.FirstOrderDivision, parent: "mali", iso: "ZX-1")), ValidationCodes.UnknownCountryCode, ValidationSeverity.Error, "/locations/1/isoCode", "kayes-region"),
        new("XK for Kosovo", () => Report.WithActor(Fama, Actor("fama", "Kosovo Security Force", country: new Iso3166Code("XK"))), ValidationCodes.UserAssignedCountryCode, ValidationSeverity.Warning, "/actors/0/country", "fama"),
        new("Mali has no region 99", () => Report.WithLocation(KayesRegion, Location("kayes-region", LocationKind.FirstOrderDivision, parent: "mali", iso: "ML-99")), ValidationCodes.UnknownSubdivisionCode, ValidationSeverity.Warning, "/locations/1/isoCode", "kayes-region"),
        new("country with a subdivision code", () => Report.WithLocation(Mali, Location("mali", LocationKind.Country, iso: "ML-1", point: new GeoPoint(17.57, -3.99), precision: PlacePrecision.Country)), ValidationCodes.IsoCodeLevelMismatch, ValidationSeverity.Error, "/locations/0/isoCode", "mali"),
        new("region with a country code", () => Report.WithLocation(KayesRegion, Location("kayes-region", LocationKind.FirstOrderDivision, parent: "mali", iso: "ML")), ValidationCodes.IsoCodeLevelMismatch, ValidationSeverity.Error, "/locations/1/isoCode", "kayes-region"),
        new("multi-country region with a code", () => Report.WithLocations(Report.Locations.Add(Location("sahel", LocationKind.MultiCountryRegion, iso: "ML"))), ValidationCodes.IsoCodeLevelMismatch, ValidationSeverity.Error, "/locations/4/isoCode", "sahel"),

        new("point without precision", () => Report.WithLocation(Kayes, Location("kayes", LocationKind.Settlement, parent: "kayes-region", point: new GeoPoint(14.45, -11.44))), ValidationCodes.PointWithoutPrecision, ValidationSeverity.Warning, "/locations/2/point", "kayes"),
        new("country placed to a settlement", () => Report.WithLocation(Mali, Location("mali", LocationKind.Country, iso: "ML", point: new GeoPoint(17.57, -3.99), precision: PlacePrecision.Settlement)), ValidationCodes.PrecisionFinerThanPlace, ValidationSeverity.Error, "/locations/0/precision", "mali"),
        new("town placed in international waters", () => Report.WithLocation(Kayes, Location("kayes", LocationKind.Settlement, parent: "kayes-region", point: new GeoPoint(14.45, -11.44), precision: PlacePrecision.InternationalWatersOrAirspace)), ValidationCodes.PrecisionFinerThanPlace, ValidationSeverity.Error, "/locations/2/precision", "kayes"),
        new("town placed only to its country", () => Report.WithLocation(Kayes, Location("kayes", LocationKind.Settlement, parent: "kayes-region", point: new GeoPoint(17.57, -3.99), precision: PlacePrecision.Country)), ValidationCodes.PrecisionCoarserThanPlace, ValidationSeverity.Info, "/locations/2/precision", "kayes"),
    ];

    public static DoesNotFire[] DoesNotFire { get; } =
    [
        new("Senegal is a country", () => Report.WithActor(Fama, Actor("fama", "Senegalese Armed Forces", country: new Iso3166Code("SN"))), ValidationCodes.UnknownCountryCode),
        new("QL is not in the user-assigned range QM-QZ", () => Report.WithActor(Fama, Actor("fama", "Malian Armed Forces", country: new Iso3166Code("ML"))), ValidationCodes.UserAssignedCountryCode),
        new("subdivision of a country the table lists none for", () => Report.WithLocation(KayesRegion, Location("kayes-region", LocationKind.FirstOrderDivision, parent: "mali", iso: "VA-01")), ValidationCodes.UnknownSubdivisionCode),
        new("Bamako, a settlement with a subdivision code", () => Report.WithLocation(Diboli, Location("diboli", LocationKind.Settlement, parent: "kayes-region", iso: "ML-BKO")), ValidationCodes.IsoCodeLevelMismatch),
        new("location with neither point nor precision", () => Report.WithLocation(Kayes, Location("kayes", LocationKind.Settlement, parent: "kayes-region")), ValidationCodes.PointWithoutPrecision),
        new("a settlement placed to a site in it", () => Report.WithLocation(Kayes, Location("kayes", LocationKind.Settlement, parent: "kayes-region", point: new GeoPoint(14.45, -11.44), precision: PlacePrecision.ExactSite)), ValidationCodes.PrecisionFinerThanPlace),
        new("a border area placed near a place", () => Report.WithLocations(Report.Locations.Add(Location("senegal-border", LocationKind.BorderArea, parent: "mali", point: new GeoPoint(14.5, -12.2), precision: PlacePrecision.NearPlace))), ValidationCodes.PrecisionFinerThanPlace),
        new("a region placed to its own scale", () => Report.WithLocation(KayesRegion, Location("kayes-region", LocationKind.FirstOrderDivision, parent: "mali", iso: "ML-1", point: new GeoPoint(14.0, -10.5), precision: PlacePrecision.FirstOrderDivision)), ValidationCodes.PrecisionCoarserThanPlace),
    ];
}
