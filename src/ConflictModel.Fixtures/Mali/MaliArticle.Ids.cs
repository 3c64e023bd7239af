namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The ids of the Mali fixture's source, actors, locations, engagements and claims, by name.
    /// Ids are readable slugs (<c>jnim</c>, <c>kayes</c>, <c>militants-neutralised</c>); attributions and
    /// mentions are reached through <see cref="Attributions"/> and <see cref="Mentions"/>.
    /// </summary>
    /// <remarks>All members are immutable; safe to share between threads.</remarks>
    public static class Ids
    {
        /// <summary>Gets the id of the article, <c>mali-article</c>.</summary>
        public static SourceId Article { get; } = new("mali-article");

        /// <summary>Gets the id of the Malian armed forces, <c>malian-armed-forces</c>.</summary>
        public static ActorId MalianArmedForces { get; } = new("malian-armed-forces");

        /// <summary>Gets the id of JNIM, <c>jnim</c>.</summary>
        public static ActorId Jnim { get; } = new("jnim");

        /// <summary>Gets the id of al-Qaeda, <c>al-qaeda</c>.</summary>
        public static ActorId AlQaeda { get; } = new("al-qaeda");

        /// <summary>Gets the id of the army spokesperson, <c>souleymane-dembele</c>.</summary>
        public static ActorId SouleymaneDembele { get; } = new("souleymane-dembele");

        /// <summary>Gets the id of the resident of Kayes, <c>kayes-resident</c>.</summary>
        public static ActorId KayesResident { get; } = new("kayes-resident");

        /// <summary>Gets the id of the attackers as the article describes them, <c>jihadist-fighters</c>.</summary>
        public static ActorId JihadistFighters { get; } = new("jihadist-fighters");

        /// <summary>Gets the id of U.S. Africa Command, <c>africom</c>.</summary>
        public static ActorId Africom { get; } = new("africom");

        /// <summary>Gets the id of General Michael Langley, <c>michael-langley</c>.</summary>
        public static ActorId MichaelLangley { get; } = new("michael-langley");

        /// <summary>Gets the id of the Malian authorities, <c>malian-authorities</c>.</summary>
        public static ActorId MalianAuthorities { get; } = new("malian-authorities");

        /// <summary>Gets the id of the Islamist militant factions of the Sahel, <c>sahel-islamist-factions</c>.</summary>
        public static ActorId SahelIslamistFactions { get; } = new("sahel-islamist-factions");

        /// <summary>Gets the id of Mali's separatist factions, <c>separatist-factions</c>.</summary>
        public static ActorId SeparatistFactions { get; } = new("separatist-factions");

        /// <summary>Gets the id of the Islamist insurgents of Mali's decade-long crisis, <c>islamist-insurgency</c>.</summary>
        public static ActorId IslamistInsurgency { get; } = new("islamist-insurgency");

        /// <summary>Gets the id of the unnamed raiders of the Timbuktu army camp and airport, <c>timbuktu-raiders</c>.</summary>
        public static ActorId TimbuktuRaiders { get; } = new("timbuktu-raiders");

        /// <summary>Gets the id of the unnamed attackers of the other assault, <c>earlier-assault-attackers</c>.</summary>
        public static ActorId EarlierAssaultAttackers { get; } = new("earlier-assault-attackers");

        /// <summary>Gets the id of West Africa, <c>west-africa</c>.</summary>
        public static LocationId WestAfrica { get; } = new("west-africa");

        /// <summary>Gets the id of the Sahel, <c>sahel</c>.</summary>
        public static LocationId Sahel { get; } = new("sahel");

        /// <summary>Gets the id of the Lake Chad Basin, <c>lake-chad-basin</c>.</summary>
        public static LocationId LakeChadBasin { get; } = new("lake-chad-basin");

        /// <summary>Gets the id of Mali, <c>mali</c>.</summary>
        public static LocationId Mali { get; } = new("mali");

        /// <summary>Gets the id of Nigeria, <c>nigeria</c>.</summary>
        public static LocationId Nigeria { get; } = new("nigeria");

        /// <summary>Gets the id of Senegal, <c>senegal</c>.</summary>
        public static LocationId Senegal { get; } = new("senegal");

        /// <summary>Gets the id of Mauritania, <c>mauritania</c>.</summary>
        public static LocationId Mauritania { get; } = new("mauritania");

        /// <summary>Gets the id of Mali's border area with Senegal, <c>senegal-border</c>.</summary>
        public static LocationId SenegalBorder { get; } = new("senegal-border");

        /// <summary>Gets the id of Mali's border area with Mauritania, <c>mauritania-border</c>.</summary>
        public static LocationId MauritaniaBorder { get; } = new("mauritania-border");

        /// <summary>Gets the id of the town of Kayes, <c>kayes</c>.</summary>
        public static LocationId Kayes { get; } = new("kayes");

        /// <summary>Gets the id of the town of Diboli (printed "Binoli"), <c>diboli</c>.</summary>
        public static LocationId Diboli { get; } = new("diboli");

        /// <summary>Gets the id of the town of Sandaré (printed "Sandere"), <c>sandare</c>.</summary>
        public static LocationId Sandare { get; } = new("sandare");

        /// <summary>Gets the id of the governor's residence in Kayes, <c>governors-residence</c>.</summary>
        public static LocationId GovernorsResidence { get; } = new("governors-residence");

        /// <summary>Gets the id of Timbuktu, <c>timbuktu</c>.</summary>
        public static LocationId Timbuktu { get; } = new("timbuktu");

        /// <summary>Gets the id of the army camp in Timbuktu, <c>timbuktu-army-camp</c>.</summary>
        public static LocationId TimbuktuArmyCamp { get; } = new("timbuktu-army-camp");

        /// <summary>Gets the id of the airport in Timbuktu, <c>timbuktu-airport</c>.</summary>
        public static LocationId TimbuktuAirport { get; } = new("timbuktu-airport");

        /// <summary>Gets the id of the campaign of coordinated attacks of 1 July 2025, <c>western-mali-attacks</c>: a label; the article does not say "western".</summary>
        public static EngagementId WesternMaliAttacks { get; } = new("western-mali-attacks");

        /// <summary>Gets the id of the attack at Kayes, <c>kayes-attack</c>.</summary>
        public static EngagementId KayesAttack { get; } = new("kayes-attack");

        /// <summary>Gets the id of the attack at Diboli (printed "Binoli"), <c>diboli-attack</c>.</summary>
        public static EngagementId DiboliAttack { get; } = new("diboli-attack");

        /// <summary>Gets the id of the attack at Sandaré (printed "Sandere"), <c>sandare-attack</c>.</summary>
        public static EngagementId SandareAttack { get; } = new("sandare-attack");

        /// <summary>Gets the id of the earlier raid on an army camp and an airport in Timbuktu, <c>timbuktu-raid</c>.</summary>
        public static EngagementId TimbuktuRaid { get; } = new("timbuktu-raid");

        /// <summary>Gets the id of the earlier, unplaced assault with at least 30 soldiers killed, <c>earlier-assault</c>.</summary>
        public static EngagementId EarlierAssault { get; } = new("earlier-assault");

        /// <summary>Gets the id of the army's "more than 80 militants neutralised", <c>militants-neutralised</c>.</summary>
        public static ClaimId MilitantsNeutralised { get; } = new("militants-neutralised");

        /// <summary>Gets the id of the army's "successfully repelled these incursions", <c>incursions-repelled</c>.</summary>
        public static ClaimId IncursionsRepelled { get; } = new("incursions-repelled");

        /// <summary>Gets the id of the article's "military casualties remain undisclosed", <c>military-casualties-undisclosed</c>.</summary>
        public static ClaimId MilitaryCasualtiesUndisclosed { get; } = new("military-casualties-undisclosed");

        /// <summary>Gets the id of JNIM's claim of responsibility for the attacks, <c>jnim-responsibility</c>.</summary>
        public static ClaimId JnimResponsibility { get; } = new("jnim-responsibility");

        /// <summary>Gets the id of JNIM's "seized control of three army barracks", <c>barracks-seized</c>.</summary>
        public static ClaimId BarracksSeized { get; } = new("barracks-seized");

        /// <summary>Gets the id of the spokesperson's "the enemy suffered significant losses", <c>enemy-losses</c>.</summary>
        public static ClaimId EnemyLosses { get; } = new("enemy-losses");

        /// <summary>Gets the id of the spokesperson's "recovered weapons, vehicles, and motorcycles", <c>materiel-recovered</c>.</summary>
        public static ClaimId MaterielRecovered { get; } = new("materiel-recovered");

        /// <summary>Gets the id of the resident's account of gunfire and smoke in Kayes, <c>kayes-gunfire</c>.</summary>
        public static ClaimId KayesGunfire { get; } = new("kayes-gunfire");

        /// <summary>Gets the id of JNIM's "coordinated and high quality", <c>attack-coordinated-high-quality</c>.</summary>
        public static ClaimId AttackCoordinatedHighQuality { get; } = new("attack-coordinated-high-quality");

        /// <summary>Gets the id of JNIM's withholding of casualty figures, <c>jnim-casualties-undisclosed</c>.</summary>
        public static ClaimId JnimCasualtiesUndisclosed { get; } = new("jnim-casualties-undisclosed");

        /// <summary>Gets the id of JNIM's claim of responsibility for the Timbuktu raid, <c>timbuktu-responsibility</c>.</summary>
        public static ClaimId TimbuktuResponsibility { get; } = new("timbuktu-responsibility");

        /// <summary>Gets the id of the article's "at least 30 soldiers' deaths", <c>soldiers-killed-30</c>.</summary>
        public static ClaimId SoldiersKilled30 { get; } = new("soldiers-killed-30");

        /// <summary>Gets the id of the article's "the third significant attack ... in less than a month", <c>third-attack-in-month</c>.</summary>
        public static ClaimId ThirdAttackInMonth { get; } = new("third-attack-in-month");

        /// <summary>Gets the id of the article's "spanned across seven towns", <c>seven-towns</c>.</summary>
        public static ClaimId SevenTowns { get; } = new("seven-towns");

        /// <summary>Gets the id of AFRICOM's alarm over the factions' seeking coastal access, <c>coastal-access</c>.</summary>
        public static ClaimId CoastalAccess { get; } = new("coastal-access");

        /// <summary>Gets the id of General Langley's "deeply troubling", <c>deeply-troubling</c>.</summary>
        public static ClaimId DeeplyTroubling { get; } = new("deeply-troubling");

        /// <summary>Gets the id of the article's "underscores a worrying trend in the region", <c>worrying-trend</c>.</summary>
        public static ClaimId WorryingTrend { get; } = new("worrying-trend");

        /// <summary>Gets the id of the article's "raising concerns over the nation's security", <c>security-concerns</c>.</summary>
        public static ClaimId SecurityConcerns { get; } = new("security-concerns");

        /// <summary>Gets the id of the article's "a concerning escalation of violence", <c>concerning-escalation</c>.</summary>
        public static ClaimId ConcerningEscalation { get; } = new("concerning-escalation");

        /// <summary>Gets the id of the article's "a prolonged crisis ... for over a decade", <c>prolonged-crisis</c>.</summary>
        public static ClaimId ProlongedCrisis { get; } = new("prolonged-crisis");

        /// <summary>Gets the id of the article's "growing concerns about the increasing reach" of the factions, <c>islamist-reach-concerns</c>.</summary>
        public static ClaimId IslamistReachConcerns { get; } = new("islamist-reach-concerns");

        /// <summary>Gets the id of the article's "Malian authorities face significant challenges", <c>security-challenges</c>.</summary>
        public static ClaimId SecurityChallenges { get; } = new("security-challenges");
    }
}
