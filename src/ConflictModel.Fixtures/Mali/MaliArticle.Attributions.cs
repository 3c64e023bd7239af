using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The source attributions of the Mali fixture: each statement of the article that carries an
    /// engagement, a claim or a relation between actors (an <see cref="Affiliation"/>), with its exact
    /// span of the text, who made it, how and when.
    /// </summary>
    /// <remarks>
    /// <para>A <see cref="QuoteMode.DirectQuote"/> spans only words inside quotation marks (without the
    /// comma that belongs to the reporting sentence); an <see cref="QuoteMode.OwnStatement"/> is the
    /// article's own voice and has no speaker; everything else is a <see cref="QuoteMode.Paraphrase"/>.
    /// The army's, JNIM's and the resident's statements about the attacks are dated 1 July 2025, inferred;
    /// JNIM's claim for Timbuktu, dated only "Previously", has no time; AFRICOM's alarm, "recently", has the
    /// half year before the article, inferred, with the word kept. Dembele's channel keeps the article's
    /// words, "national television".</para>
    /// <para>All members are immutable; safe to share between threads.</para>
    /// </remarks>
    public static class Attributions
    {
        /// <summary>Gets the lede's "The recent surge of jihadist assaults on Mali’s military underscores a worrying trend in the region".</summary>
        public static SourceAttribution LedeSurge { get; } = Own(
            "lede-surge",
            "The recent surge of jihadist assaults on Mali’s military underscores a worrying trend in the region");

        /// <summary>Gets the lede's paraphrase of JNIM: "insurgents linked to al-Qaeda claim responsibility for coordinated assaults".</summary>
        public static SourceAttribution LedeResponsibility { get; } = Said(
            "lede-responsibility",
            "insurgents linked to al-Qaeda claim responsibility for coordinated assaults",
            QuoteMode.Paraphrase,
            StatementChannel.Unspecified,
            Ids.Jnim,
            Times.StatementDay);

        /// <summary>Gets the lede's "coordinated assaults that have led to military engagements and potential casualties".</summary>
        public static SourceAttribution LedeEngagements { get; } = Own(
            "lede-engagements",
            "coordinated assaults that have led to military engagements and potential casualties");

        /// <summary>Gets "Multiple military posts in Mali were simultaneously attacked by jihadist fighters".</summary>
        public static SourceAttribution PostsAttacked { get; } = Own(
            "posts-attacked",
            "Multiple military posts in Mali were simultaneously attacked by jihadist fighters");

        /// <summary>Gets "raising concerns over the nation's security".</summary>
        public static SourceAttribution NationsSecurity { get; } = Own(
            "nations-security",
            "raising concerns over the nation's security");

        /// <summary>Gets "In a concerning escalation of violence".</summary>
        public static SourceAttribution ConcerningEscalation { get; } = Own(
            "concerning-escalation",
            "In a concerning escalation of violence");

        /// <summary>Gets "jihadist fighters have executed a series of coordinated assaults on military posts across various towns in Mali".</summary>
        public static SourceAttribution CoordinatedAssaults { get; } = Own(
            "coordinated-assaults",
            "jihadist fighters have executed a series of coordinated assaults on military posts across various towns in Mali");

        /// <summary>Gets "marking the third significant attack on the nation’s armed forces in less than a month".</summary>
        public static SourceAttribution ThirdAttack { get; } = Own(
            "third-attack",
            "marking the third significant attack on the nation’s armed forces in less than a month");

        /// <summary>
        /// Gets the army's report, made "On Tuesday morning" through a channel the article does not name:
        /// "the Mali military reported that it successfully repelled these incursions, asserting that more
        /// than 80 militants were “neutralised.”".
        /// </summary>
        public static SourceAttribution ArmyReport { get; } = Said(
            "army-report",
            "the Mali military reported that it successfully repelled these incursions, asserting that more than 80 militants were “neutralised.”",
            QuoteMode.Paraphrase,
            StatementChannel.Unspecified,
            Ids.MalianArmedForces,
            Times.TuesdayMorning);

        /// <summary>Gets "details regarding potential military casualties remain undisclosed".</summary>
        public static SourceAttribution CasualtiesUndisclosed { get; } = Own(
            "casualties-undisclosed",
            "details regarding potential military casualties remain undisclosed");

        /// <summary>Gets "The group claiming responsibility for the onslaught, Jama'at Nusrat al-Islam wal Muslimin (JNIM)".</summary>
        public static SourceAttribution JnimClaimsResponsibility { get; } = Said(
            "jnim-claims-responsibility",
            "The group claiming responsibility for the onslaught, Jama'at Nusrat al-Islam wal Muslimin (JNIM)",
            QuoteMode.Paraphrase,
            StatementChannel.Unspecified,
            Ids.Jnim,
            Times.StatementDay);

        /// <summary>
        /// Gets the article's "Jama'at Nusrat al-Islam wal Muslimin (JNIM), an affiliate of al-Qaeda": the words
        /// that state JNIM's affiliation with al-Qaeda.
        /// </summary>
        public static SourceAttribution JnimAffiliateOfAlQaeda { get; } = Own(
            "jnim-affiliate-of-al-qaeda",
            "Jama'at Nusrat al-Islam wal Muslimin (JNIM), an affiliate of al-Qaeda");

        /// <summary>Gets JNIM's claim as the article renders it: "asserts it has seized control of three army barracks during the attacks".</summary>
        public static SourceAttribution JnimBarracks { get; } = Said(
            "jnim-barracks",
            "asserts it has seized control of three army barracks during the attacks",
            QuoteMode.Paraphrase,
            StatementChannel.Unspecified,
            Ids.Jnim,
            Times.StatementDay);

        /// <summary>Gets "Mali has been enduring a prolonged crisis fueled by a brutal Islamist insurgency and uprising by separatist factions for over a decade".</summary>
        public static SourceAttribution ProlongedCrisis { get; } = Own(
            "prolonged-crisis",
            "Mali has been enduring a prolonged crisis fueled by a brutal Islamist insurgency and uprising by separatist factions for over a decade");

        /// <summary>Gets the article's "military spokesperson Souleymane Dembele": the words that make Dembele the armed forces' spokesperson.</summary>
        public static SourceAttribution DembeleSpokesperson { get; } = Own(
            "dembele-spokesperson",
            "military spokesperson Souleymane Dembele");

        /// <summary>
        /// Gets the spokesperson's words on national television: "The enemy suffered significant losses
        /// in every location where they engaged with the security and defence forces".
        /// </summary>
        public static SourceAttribution DembeleLosses { get; } = Said(
            "dembele-losses",
            "The enemy suffered significant losses in every location where they engaged with the security and defence forces",
            QuoteMode.DirectQuote,
            StatementChannel.Television,
            Ids.SouleymaneDembele,
            Times.StatementDay).WithChannelWording(NationalTelevision);

        /// <summary>Gets the spokesperson's further statement, paraphrased: "adding that the army recovered weapons, vehicles, and motorcycles from the assailants".</summary>
        public static SourceAttribution DembeleMateriel { get; } = Said(
            "dembele-materiel",
            "adding that the army recovered weapons, vehicles, and motorcycles from the assailants",
            QuoteMode.Paraphrase,
            StatementChannel.Television,
            Ids.SouleymaneDembele,
            Times.StatementDay).WithChannelWording(NationalTelevision);

        /// <summary>Gets "The military actions spanned across seven towns, including Binoli, Kayes, and Sandere, situated near the Senegal border".</summary>
        public static SourceAttribution SevenTowns { get; } = Own(
            "seven-towns",
            "The military actions spanned across seven towns, including Binoli, Kayes, and Sandere, situated near the Senegal border");

        /// <summary>Gets "with assaults extending further north, approaching the frontiers with Mauritania".</summary>
        public static SourceAttribution TowardsMauritania { get; } = Own(
            "towards-mauritania",
            "with assaults extending further north, approaching the frontiers with Mauritania");

        /// <summary>Gets the article's summary of the resident's account: "A resident in Kayes narrated a scene of chaos".</summary>
        public static SourceAttribution ResidentNarrated { get; } = Said(
            "resident-narrated",
            "A resident in Kayes narrated a scene of chaos",
            QuoteMode.Paraphrase,
            StatementChannel.WitnessAccount,
            Ids.KayesResident,
            Times.StatementDay);

        /// <summary>
        /// Gets the resident's words: "We woke up in shock this morning. There’s gunfire, and from my house,
        /// I can see smoke billowing towards the governor's residence."
        /// </summary>
        public static SourceAttribution ResidentQuote { get; } = Said(
            "resident-quote",
            "We woke up in shock this morning. There’s gunfire, and from my house, I can see smoke billowing towards the governor's residence.",
            QuoteMode.DirectQuote,
            StatementChannel.WitnessAccount,
            Ids.KayesResident,
            Times.StatementDay);

        /// <summary>Gets JNIM's words in its social-media statement: "coordinated and high quality".</summary>
        public static SourceAttribution JnimSocialMedia { get; } = Said(
            "jnim-social-media",
            "coordinated and high quality",
            QuoteMode.DirectQuote,
            StatementChannel.SocialMedia,
            Ids.Jnim,
            Times.StatementDay);

        /// <summary>
        /// Gets the article's account of what JNIM's social-media statement left out: "did not specify casualty
        /// figures", a paraphrase of JNIM's statement, which carries JNIM's undisclosed figures.
        /// </summary>
        public static SourceAttribution JnimNoFigures { get; } = Said(
            "jnim-no-figures",
            "did not specify casualty figures",
            QuoteMode.Paraphrase,
            StatementChannel.SocialMedia,
            Ids.Jnim,
            Times.StatementDay);

        /// <summary>Gets "the group had claimed responsibility for a significant raid earlier this month"; the article does not say when or how JNIM claimed it.</summary>
        public static SourceAttribution JnimTimbuktuClaim { get; } = Said(
            "jnim-timbuktu-claim",
            "the group had claimed responsibility for a significant raid earlier this month",
            QuoteMode.Paraphrase,
            StatementChannel.Unspecified,
            Ids.Jnim,
            statedAt: null);

        /// <summary>Gets "a significant raid earlier this month, targeting both an army camp and an airport in Timbuktu".</summary>
        public static SourceAttribution TimbuktuRaid { get; } = Own(
            "timbuktu-raid",
            "a significant raid earlier this month, targeting both an army camp and an airport in Timbuktu");

        /// <summary>Gets "another assault resulted in at least 30 soldiers’ deaths".</summary>
        public static SourceAttribution AssaultThirtyKilled { get; } = Own(
            "assault-thirty-killed",
            "another assault resulted in at least 30 soldiers’ deaths");

        /// <summary>Gets "The uptick in violence occurs amid growing concerns about the increasing reach of various Islamist militant factions in the Sahel region".</summary>
        public static SourceAttribution IslamistReach { get; } = Own(
            "islamist-reach",
            "The uptick in violence occurs amid growing concerns about the increasing reach of various Islamist militant factions in the Sahel region");

        /// <summary>
        /// Gets AFRICOM's alarm, paraphrased and dated only "recently" (<see cref="Times.Recently"/>): "The U.S
        /// African Command recently raised alarms over these groups seeking coastal access in West Africa, a move
        /// that would bolster their capacity for smuggling and arms trafficking".
        /// </summary>
        public static SourceAttribution AfricomAlarm { get; } = Said(
            "africom-alarm",
            "The U.S African Command recently raised alarms over these groups seeking coastal access in West Africa, a move that would bolster their capacity for smuggling and arms trafficking",
            QuoteMode.Paraphrase,
            StatementChannel.Unspecified,
            Ids.Africom,
            Times.Recently);

        /// <summary>Gets the article's "General Michael Langley, commander of Africom": the words that make Langley AFRICOM's commander.</summary>
        public static SourceAttribution LangleyCommander { get; } = Own(
            "langley-commander",
            "General Michael Langley, commander of Africom");

        /// <summary>
        /// Gets General Langley's assessment at a press conference "in May" (May 2025, inferred), paraphrased:
        /// "General Michael Langley, commander of Africom, deemed the situation in countries like Mali, Nigeria,
        /// and the Lake Chad Basin deeply troubling during a press conference in May".
        /// </summary>
        public static SourceAttribution LangleyPressConference { get; } = Said(
            "langley-press-conference",
            "General Michael Langley, commander of Africom, deemed the situation in countries like Mali, Nigeria, and the Lake Chad Basin deeply troubling during a press conference in May",
            QuoteMode.Paraphrase,
            StatementChannel.PressConference,
            Ids.MichaelLangley,
            Times.InMay);

        /// <summary>
        /// Gets the closing sentence: "In light of these attacks, Malian authorities face significant challenges in
        /// restoring security and stability amid escalating insurgent activities that now threaten to further
        /// destabilize the region".
        /// </summary>
        public static SourceAttribution SecurityChallenges { get; } = Own(
            "security-challenges",
            "In light of these attacks, Malian authorities face significant challenges in restoring security and stability amid escalating insurgent activities that now threaten to further destabilize the region");

        internal static ImmutableArray<SourceAttribution> All { get; } =
        [
            LedeSurge,
            LedeResponsibility,
            LedeEngagements,
            PostsAttacked,
            NationsSecurity,
            ConcerningEscalation,
            CoordinatedAssaults,
            ThirdAttack,
            ArmyReport,
            CasualtiesUndisclosed,
            JnimClaimsResponsibility,
            JnimAffiliateOfAlQaeda,
            JnimBarracks,
            ProlongedCrisis,
            DembeleSpokesperson,
            DembeleLosses,
            DembeleMateriel,
            SevenTowns,
            TowardsMauritania,
            ResidentNarrated,
            ResidentQuote,
            JnimSocialMedia,
            JnimNoFigures,
            JnimTimbuktuClaim,
            TimbuktuRaid,
            AssaultThirtyKilled,
            IslamistReach,
            AfricomAlarm,
            LangleyCommander,
            LangleyPressConference,
            SecurityChallenges,
        ];

        /// <summary>The words the article gives the spokesperson's channel: "a statement aired on national television".</summary>
        private const string NationalTelevision = "national television";

        /// <summary>The article's own statement: no speaker, no channel but the article itself.</summary>
        private static SourceAttribution Own(string id, string exact)
            => new SourceAttribution(new AttributionId(id), Ids.Article, Span(exact), QuoteMode.OwnStatement, StatementChannel.SourceItself);

        /// <summary>A statement the article attributes to someone, quoted or paraphrased.</summary>
        private static SourceAttribution Said(string id, string exact, QuoteMode mode, StatementChannel channel, ActorId speaker, ReportedTime? statedAt)
            => new SourceAttribution(new AttributionId(id), Ids.Article, Span(exact), mode, channel).WithSpeaker(speaker).WithStatedAt(statedAt);
    }
}
