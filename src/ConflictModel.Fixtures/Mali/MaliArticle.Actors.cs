using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The actors of the Mali fixture: everyone who acts or speaks in the article, under the names
    /// it prints. No name the article does not give is added.
    /// </summary>
    /// <remarks>
    /// <para>Actors have their canonical names, with the forms the article prints kept as aliases and
    /// mentions ("U.S African Command", "Mali military"), as places do. External ids are given only
    /// where they are certain (al-Qaeda's Wikidata id); docs/fixtures.md lists those left out.</para>
    /// <para>The attackers are <see cref="JihadistFighters"/>, as the article describes them; they are not
    /// merged with <see cref="Jnim"/>, because that JNIM carried out the attacks is JNIM's own claim
    /// (<see cref="Claims.JnimResponsibility"/>). Each engagement's attacker is identified as JNIM on
    /// that claim (<see cref="Participant.Identification"/>), so exports can code it and say on what
    /// that rests. All members are immutable; safe to share between threads.</para>
    /// </remarks>
    public static class Actors
    {
        private static readonly LanguageTag _arabicLatin = new("ar-Latn");
        private static readonly LanguageTag _french = new("fr");

        /// <summary>
        /// Gets the Malian Armed Forces, under their English name, with their French name and its
        /// common short form (<i>Forces armées maliennes</i>, FAMa) and the forms the article prints:
        /// "Mali military", "Mali’s military", "the nation’s armed forces", "the army". The spokesperson's
        /// "security and defence forces" is no alias: it may cover more than the army (see
        /// <see cref="Mentions.SecurityAndDefenceForces"/>).
        /// </summary>
        public static Actor MalianArmedForces { get; } = new Actor(
            Ids.MalianArmedForces,
            new LocalizedName("Malian Armed Forces", LanguageTag.English),
            ActorKind.Organisation)
            .WithAliases([
                new LocalizedName("Forces armées maliennes", _french),
                new LocalizedName("FAMa", _french),
                new LocalizedName("Mali military", LanguageTag.English),
                new LocalizedName("Mali’s military", LanguageTag.English),
                new LocalizedName("the nation’s armed forces", LanguageTag.English),
                new LocalizedName("the army", LanguageTag.English),
            ])
            .WithCategory(ConflictCategory.StateForces)
            .WithCountry(new Iso3166Code("ML"));

        /// <summary>
        /// Gets JNIM, "Jama'at Nusrat al-Islam wal Muslimin" (an Arabic name in Latin script), "an affiliate
        /// of al-Qaeda" as the article says (<see cref="Attributions.JnimAffiliateOfAlQaeda"/>). A rebel group in ACLED's terms.
        /// </summary>
        public static Actor Jnim { get; } = new Actor(
            Ids.Jnim,
            new LocalizedName("Jama'at Nusrat al-Islam wal Muslimin", _arabicLatin),
            ActorKind.Organisation)
            .WithAliases([new LocalizedName("JNIM")])
            .WithCategory(ConflictCategory.RebelGroup)
            .WithAffiliations([new Affiliation(AffiliationKind.AffiliateOf, Ids.AlQaeda).WithAttributions([Attributions.JnimAffiliateOfAlQaeda.Id])]);

        /// <summary>
        /// Gets al-Qaeda (Wikidata Q34490), named as JNIM's parent; the article gives it no part in the
        /// fighting, so it has no category.
        /// </summary>
        public static Actor AlQaeda { get; } = new Actor(
            Ids.AlQaeda,
            new LocalizedName("al-Qaeda", LanguageTag.English),
            ActorKind.Organisation)
            .WithExternalIds([new ExternalId(ExternalId.Wikidata, "Q34490")]);

        /// <summary>
        /// Gets Souleymane Dembele, "military spokesperson" (<see cref="Attributions.DembeleSpokesperson"/>), who spoke
        /// for the armed forces on national television.
        /// </summary>
        public static Actor SouleymaneDembele { get; } = new Actor(
            Ids.SouleymaneDembele,
            new LocalizedName("Souleymane Dembele"),
            ActorKind.Person)
            .WithCategory(ConflictCategory.StateForces)
            .WithCountry(new Iso3166Code("ML"))
            .WithAffiliations([new Affiliation(AffiliationKind.SpokespersonOf, Ids.MalianArmedForces).WithAttributions([Attributions.DembeleSpokesperson.Id])]);

        /// <summary>
        /// Gets the unnamed resident of Kayes whose words the article quotes. A civilian; no country: the
        /// article says where the resident lives, not of what country the resident is a national.
        /// </summary>
        public static Actor KayesResident { get; } = new Actor(
            Ids.KayesResident,
            new LocalizedName("a resident in Kayes", LanguageTag.English),
            ActorKind.UnnamedPerson)
            .WithCategory(ConflictCategory.Civilians);

        /// <summary>
        /// Gets the attackers as the article describes them, "jihadist fighters", also called "militants"
        /// (by the army's count) and "assailants". No category: the article does not say who they are. The
        /// engagements identify them as <see cref="Jnim"/> on JNIM's claim of responsibility.
        /// </summary>
        public static Actor JihadistFighters { get; } = new Actor(
            Ids.JihadistFighters,
            new LocalizedName("jihadist fighters", LanguageTag.English),
            ActorKind.UnnamedGroup)
            .WithAliases([
                new LocalizedName("militants", LanguageTag.English),
                new LocalizedName("assailants", LanguageTag.English),
            ]);

        /// <summary>
        /// Gets the United States Africa Command, printed "U.S African Command" (a misprint, kept as an alias
        /// and a mention) and "Africom".
        /// </summary>
        public static Actor Africom { get; } = new Actor(
            Ids.Africom,
            new LocalizedName("United States Africa Command", LanguageTag.English),
            ActorKind.Organisation)
            .WithAliases([new LocalizedName("U.S African Command", LanguageTag.English), new LocalizedName("Africom")])
            .WithCategory(ConflictCategory.ExternalOrOtherForces)
            .WithCountry(new Iso3166Code("US"));

        /// <summary>
        /// Gets General Michael Langley, "commander of Africom" (<see cref="Attributions.LangleyCommander"/>); his
        /// rank stays in the alias "General Michael Langley", as printed.
        /// </summary>
        public static Actor MichaelLangley { get; } = new Actor(
            Ids.MichaelLangley,
            new LocalizedName("Michael Langley"),
            ActorKind.Person)
            .WithAliases([new LocalizedName("General Michael Langley", LanguageTag.English)])
            .WithCategory(ConflictCategory.ExternalOrOtherForces)
            .WithCountry(new Iso3166Code("US"))
            .WithAffiliations([new Affiliation(AffiliationKind.CommanderOf, Ids.Africom).WithAttributions([Attributions.LangleyCommander.Id])]);

        /// <summary>Gets the "Malian authorities" of the article's closing sentence.</summary>
        public static Actor MalianAuthorities { get; } = new Actor(
            Ids.MalianAuthorities,
            new LocalizedName("Malian authorities", LanguageTag.English),
            ActorKind.Organisation)
            .WithCountry(new Iso3166Code("ML"));

        /// <summary>Gets the "various Islamist militant factions in the Sahel region", AFRICOM's "these groups".</summary>
        public static Actor SahelIslamistFactions { get; } = new Actor(
            Ids.SahelIslamistFactions,
            new LocalizedName("various Islamist militant factions", LanguageTag.English),
            ActorKind.UnnamedGroup);

        /// <summary>Gets the "separatist factions" of Mali's decade-long crisis; separatists are rebel groups in ACLED's terms.</summary>
        public static Actor SeparatistFactions { get; } = new Actor(
            Ids.SeparatistFactions,
            new LocalizedName("separatist factions", LanguageTag.English),
            ActorKind.UnnamedGroup)
            .WithCategory(ConflictCategory.RebelGroup)
            .WithCountry(new Iso3166Code("ML"));

        /// <summary>
        /// Gets the "brutal Islamist insurgency" of Mali's decade-long crisis: the insurgents as a group the
        /// article does not name. Insurgents are rebel groups in ACLED's terms, like the separatists beside them.
        /// </summary>
        public static Actor IslamistInsurgency { get; } = new Actor(
            Ids.IslamistInsurgency,
            new LocalizedName("Islamist insurgency", LanguageTag.English),
            ActorKind.UnnamedGroup)
            .WithCategory(ConflictCategory.RebelGroup)
            .WithCountry(new Iso3166Code("ML"));

        /// <summary>
        /// Gets whoever carried out the raid on the army camp and airport in Timbuktu. The article names no
        /// raider; the raid identifies them as <see cref="Jnim"/> on JNIM's claim (<see cref="Claims.TimbuktuResponsibility"/>).
        /// </summary>
        public static Actor TimbuktuRaiders { get; } = new Actor(
            Ids.TimbuktuRaiders,
            new LocalizedName("the raiders in Timbuktu", LanguageTag.English),
            ActorKind.UnnamedGroup);

        /// <summary>
        /// Gets whoever carried out "another assault" in which at least 30 soldiers died. The article says
        /// nothing of who they were, and JNIM's claim covers the raid only, so they are identified with no one.
        /// </summary>
        public static Actor EarlierAssaultAttackers { get; } = new Actor(
            Ids.EarlierAssaultAttackers,
            new LocalizedName("the attackers in another assault", LanguageTag.English),
            ActorKind.UnnamedGroup);

        internal static ImmutableArray<Actor> All { get; } =
        [
            MalianArmedForces,
            Jnim,
            AlQaeda,
            SouleymaneDembele,
            KayesResident,
            JihadistFighters,
            Africom,
            MichaelLangley,
            MalianAuthorities,
            SahelIslamistFactions,
            SeparatistFactions,
            IslamistInsurgency,
            TimbuktuRaiders,
            EarlierAssaultAttackers,
        ];
    }
}
