using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The locations of the Mali fixture: every place the article names, and the unnamed sites it
    /// places (an army camp and an airport in Timbuktu, the governor's residence in Kayes).
    /// </summary>
    /// <remarks>
    /// <para>A point is given only where it is certain (Kayes); a precision only with a point. The article
    /// gives no point and no id: Kayes's point and GeoNames id and the countries' Wikidata ids are looked
    /// up, and marked <see cref="LocationBasis.Gazetteer"/>. Ids are given only where they are certain
    /// (docs/fixtures.md lists those left out). The four
    /// of the "seven towns" that the article does not name are not locations: their count is the
    /// claim <see cref="Claims.SevenTowns"/>. "Binoli" and "Sandere" are the article's spellings of
    /// Diboli and Sandaré: see <see cref="Mentions.Binoli"/> and <see cref="Mentions.Sandere"/>.</para>
    /// <para>All members are immutable; safe to share between threads.</para>
    /// </remarks>
    public static class Locations
    {
        /// <summary>Gets West Africa, where AFRICOM says the factions seek coastal access.</summary>
        public static Location WestAfrica { get; } = new Location(Ids.WestAfrica, new LocalizedName("West Africa", LanguageTag.English), LocationKind.MultiCountryRegion);

        /// <summary>Gets the Sahel, "the Sahel region" of the Islamist factions.</summary>
        public static Location Sahel { get; } = new Location(Ids.Sahel, new LocalizedName("Sahel", LanguageTag.English), LocationKind.MultiCountryRegion);

        /// <summary>Gets the Lake Chad Basin, one of the situations General Langley deemed deeply troubling.</summary>
        public static Location LakeChadBasin { get; } = new Location(Ids.LakeChadBasin, new LocalizedName("Lake Chad Basin", LanguageTag.English), LocationKind.MultiCountryRegion);

        /// <summary>Gets Mali (ISO 3166-1 <c>ML</c>, Wikidata Q912).</summary>
        public static Location Mali { get; } = Country(Ids.Mali, "Mali", "ML", "Q912");

        /// <summary>Gets Nigeria (ISO 3166-1 <c>NG</c>, Wikidata Q1033).</summary>
        public static Location Nigeria { get; } = Country(Ids.Nigeria, "Nigeria", "NG", "Q1033");

        /// <summary>Gets Senegal (ISO 3166-1 <c>SN</c>, Wikidata Q1041), named in "the Senegal border".</summary>
        public static Location Senegal { get; } = Country(Ids.Senegal, "Senegal", "SN", "Q1041");

        /// <summary>Gets Mauritania (ISO 3166-1 <c>MR</c>, Wikidata Q1025), named in "the frontiers with Mauritania".</summary>
        public static Location Mauritania { get; } = Country(Ids.Mauritania, "Mauritania", "MR", "Q1025");

        /// <summary>Gets Mali's side of the border with Senegal, near which Binoli, Kayes and Sandere lie.</summary>
        public static Location SenegalBorder { get; } = new Location(
            Ids.SenegalBorder,
            new LocalizedName("Senegal border", LanguageTag.English),
            LocationKind.BorderArea)
            .WithParent(Ids.Mali);

        /// <summary>Gets Mali's side of the border with Mauritania, which assaults further north approached.</summary>
        public static Location MauritaniaBorder { get; } = new Location(
            Ids.MauritaniaBorder,
            new LocalizedName("frontiers with Mauritania", LanguageTag.English),
            LocationKind.BorderArea)
            .WithParent(Ids.Mali);

        /// <summary>Gets the town of Kayes, placed at its centre (GeoNames 2455518); point and id are from the gazetteer, not the article.</summary>
        public static Location Kayes { get; } = new Location(
            Ids.Kayes,
            new LocalizedName("Kayes"),
            LocationKind.Settlement)
            .WithParent(Ids.Mali)
            .WithPoint(new GeoPoint(14.4469, -11.4445))
            .WithPrecision(PlacePrecision.Settlement)
            .WithExternalIds([new ExternalId(ExternalId.GeoNames, "2455518")])
            .WithBasis(LocationBasis.Gazetteer);

        /// <summary>Gets the town of Diboli on the Senegal border, printed "Binoli"; no point is given.</summary>
        public static Location Diboli { get; } = new Location(Ids.Diboli, new LocalizedName("Diboli"), LocationKind.Settlement).WithParent(Ids.Mali);

        /// <summary>Gets the town of Sandaré, printed "Sandere"; no point is given.</summary>
        public static Location Sandare { get; } = new Location(Ids.Sandare, new LocalizedName("Sandaré"), LocationKind.Settlement).WithParent(Ids.Mali);

        /// <summary>Gets the governor's residence in Kayes, towards which the resident saw smoke billowing.</summary>
        public static Location GovernorsResidence { get; } = new Location(
            Ids.GovernorsResidence,
            new LocalizedName("governor's residence", LanguageTag.English),
            LocationKind.Building)
            .WithParent(Ids.Kayes);

        /// <summary>Gets Timbuktu, scene of the earlier raid.</summary>
        public static Location Timbuktu { get; } = new Location(Ids.Timbuktu, new LocalizedName("Timbuktu", LanguageTag.English), LocationKind.Settlement).WithParent(Ids.Mali);

        /// <summary>Gets the unnamed army camp in Timbuktu that the earlier raid targeted.</summary>
        public static Location TimbuktuArmyCamp { get; } = new Location(
            Ids.TimbuktuArmyCamp,
            new LocalizedName("army camp", LanguageTag.English),
            LocationKind.MilitaryInstallation)
            .WithParent(Ids.Timbuktu);

        /// <summary>Gets the unnamed airport in Timbuktu that the earlier raid targeted.</summary>
        public static Location TimbuktuAirport { get; } = new Location(
            Ids.TimbuktuAirport,
            new LocalizedName("airport", LanguageTag.English),
            LocationKind.Airport)
            .WithParent(Ids.Timbuktu);

        internal static ImmutableArray<Location> All { get; } =
        [
            WestAfrica,
            Sahel,
            LakeChadBasin,
            Mali,
            Nigeria,
            Senegal,
            Mauritania,
            SenegalBorder,
            MauritaniaBorder,
            Kayes,
            Diboli,
            Sandare,
            GovernorsResidence,
            Timbuktu,
            TimbuktuArmyCamp,
            TimbuktuAirport,
        ];

        /// <summary>A country the article names, with its ISO code and its Wikidata id, looked up.</summary>
        private static Location Country(LocationId id, string name, string isoCode, string wikidata)
            => new Location(id, new LocalizedName(name, LanguageTag.English), LocationKind.Country)
                .WithIsoCode(new Iso3166Code(isoCode))
                .WithExternalIds([new ExternalId(ExternalId.Wikidata, wikidata)])
                .WithBasis(LocationBasis.Gazetteer);
    }
}
