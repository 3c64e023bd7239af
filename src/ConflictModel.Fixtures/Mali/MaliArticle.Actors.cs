using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The actors of the Mali fixture: everyone who acts or speaks in the article, under the names
    /// it prints. No name the article does not give is added.
    /// </summary>
    /// <remarks>
    /// The attackers are <see cref="JihadistFighters"/>, as the article describes them; they are not
    /// merged with <see cref="Jnim"/>, because that JNIM carried out the attacks is JNIM's own claim
    /// (<see cref="Claims.JnimResponsibility"/>). All members are immutable; safe to share between threads.
    /// </remarks>
    public static class Actors
    {
        private static readonly LanguageTag _arabicLatin = new("ar-Latn");

        /// <summary>
        /// Gets Mali's armed forces, named "Mali military" as printed, with the other forms the article
        /// uses for them: "Mali’s military", "the nation’s armed forces", "the army" and the spokesperson's
        /// "security and defence forces".
        /// </summary>
        public static Actor MalianArmedForces { get; } = new Actor(
            Ids.MalianArmedForces,
            new LocalizedName("Mali military", LanguageTag.English),
            ActorKind.Organisation)
            .WithAliases([
                new LocalizedName("Mali’s military", LanguageTag.English),
                new LocalizedName("the nation’s armed forces", LanguageTag.English),
                new LocalizedName("the army", LanguageTag.English),
                new LocalizedName("security and defence forces", LanguageTag.English),
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

        /// <summary>Gets al-Qaeda, named as JNIM's parent; the article gives it no part in the fighting, so it has no category.</summary>
        public static Actor AlQaeda { get; } = new Actor(
            Ids.AlQaeda,
            new LocalizedName("al-Qaeda", LanguageTag.English),
            ActorKind.Organisation);

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

        /// <summary>Gets the unnamed resident of Kayes whose words the article quotes.</summary>
        public static Actor KayesResident { get; } = new Actor(
            Ids.KayesResident,
            new LocalizedName("a resident in Kayes", LanguageTag.English),
            ActorKind.UnnamedPerson)
            .WithCategory(ConflictCategory.Civilians)
            .WithCountry(new Iso3166Code("ML"));

        /// <summary>
        /// Gets the attackers as the article describes them, "jihadist fighters", also called "militants"
        /// (by the army's count) and "assailants". No category: the article does not say who they are.
        /// </summary>
        public static Actor JihadistFighters { get; } = new Actor(
            Ids.JihadistFighters,
            new LocalizedName("jihadist fighters", LanguageTag.English),
            ActorKind.UnnamedGroup)
            .WithAliases([
                new LocalizedName("militants", LanguageTag.English),
                new LocalizedName("assailants", LanguageTag.English),
            ]);

        /// <summary>Gets U.S. Africa Command, printed "U.S African Command" and "Africom".</summary>
        public static Actor Africom { get; } = new Actor(
            Ids.Africom,
            new LocalizedName("U.S African Command", LanguageTag.English),
            ActorKind.Organisation)
            .WithAliases([new LocalizedName("Africom")])
            .WithCategory(ConflictCategory.ExternalOrOtherForces)
            .WithCountry(new Iso3166Code("US"));

        /// <summary>Gets General Michael Langley, "commander of Africom" (<see cref="Attributions.LangleyCommander"/>).</summary>
        public static Actor MichaelLangley { get; } = new Actor(
            Ids.MichaelLangley,
            new LocalizedName("Michael Langley"),
            ActorKind.Person)
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
        ];
    }
}
