using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The mentions of the Mali fixture: for each form in which the article names or refers back to an
    /// entity, its first occurrence in the text and, where the printed form is not the entity's own name,
    /// how sure the resolution is and why.
    /// </summary>
    /// <remarks>
    /// <para>One mention is kept per printed form (its first occurrence); later occurrences of the same form
    /// are not repeated. A form that differs from the entity's name only by a capital at the start of a
    /// sentence ("A resident in Kayes") counts as the name. "Binoli" and "Sandere" stay as printed and are
    /// resolved, with a confidence, to Diboli and Sandaré.</para>
    /// <para>All members are immutable; safe to share between threads.</para>
    /// </remarks>
    public static class Mentions
    {
        /// <summary>Gets "Mali’s military" in the lede: the armed forces.</summary>
        public static Mention MalisMilitary { get; } = Resolved(
            "mention-malis-military", EntityReference.To(Ids.MalianArmedForces), "Mali’s military", ResolutionConfidence.Certain);

        /// <summary>Gets "Mali", first printed in the lede's "Mali’s military".</summary>
        public static Mention Mali { get; } = Named("mention-mali", EntityReference.To(Ids.Mali), "Mali");

        /// <summary>Gets "al-Qaeda", first printed in the lede.</summary>
        public static Mention AlQaeda { get; } = Named("mention-al-qaeda", EntityReference.To(Ids.AlQaeda), "al-Qaeda");

        /// <summary>Gets the lede's "insurgents linked to al-Qaeda" who claim responsibility: JNIM.</summary>
        public static Mention InsurgentsLinkedToAlQaeda { get; } = Resolved(
            "mention-insurgents-linked-to-al-qaeda",
            EntityReference.To(Ids.Jnim),
            "insurgents linked to al-Qaeda",
            ResolutionConfidence.Certain,
            "The lede sums up the body, where the group claiming responsibility is JNIM, \"an affiliate of al-Qaeda\".");

        /// <summary>Gets "jihadist fighters", the attackers as the article describes them.</summary>
        public static Mention JihadistFighters { get; } = Named("mention-jihadist-fighters", EntityReference.To(Ids.JihadistFighters), "jihadist fighters");

        /// <summary>Gets "the nation’s armed forces": Mali's armed forces.</summary>
        public static Mention NationsArmedForces { get; } = Resolved(
            "mention-nations-armed-forces", EntityReference.To(Ids.MalianArmedForces), "the nation’s armed forces", ResolutionConfidence.Certain);

        /// <summary>Gets "Mali military" ("the Mali military"): the Malian Armed Forces.</summary>
        public static Mention MaliMilitary { get; } = Resolved(
            "mention-mali-military", EntityReference.To(Ids.MalianArmedForces), "Mali military", ResolutionConfidence.Certain);

        /// <summary>Gets the army's "militants": the attackers it counts as neutralised.</summary>
        public static Mention Militants { get; } = Resolved(
            "mention-militants",
            EntityReference.To(Ids.JihadistFighters),
            "militants",
            ResolutionConfidence.Certain,
            "The army counts the militants who made the incursions it repelled: the jihadist fighters who attacked its posts.");

        /// <summary>Gets "Jama'at Nusrat al-Islam wal Muslimin", JNIM's name.</summary>
        public static Mention JnimName { get; } = Named(
            "mention-jnim-name", EntityReference.To(Ids.Jnim), "Jama'at Nusrat al-Islam wal Muslimin");

        /// <summary>Gets "JNIM", the acronym the article gives in brackets after the name.</summary>
        public static Mention Jnim { get; } = Resolved("mention-jnim", EntityReference.To(Ids.Jnim), "JNIM", ResolutionConfidence.Certain);

        /// <summary>Gets "Islamist insurgency", the insurgents of Mali's crisis.</summary>
        public static Mention IslamistInsurgency { get; } = Named(
            "mention-islamist-insurgency", EntityReference.To(Ids.IslamistInsurgency), "Islamist insurgency");

        /// <summary>Gets "separatist factions".</summary>
        public static Mention SeparatistFactions { get; } = Named(
            "mention-separatist-factions", EntityReference.To(Ids.SeparatistFactions), "separatist factions");

        /// <summary>Gets "Souleymane Dembele".</summary>
        public static Mention SouleymaneDembele { get; } = Named(
            "mention-souleymane-dembele", EntityReference.To(Ids.SouleymaneDembele), "Souleymane Dembele");

        /// <summary>Gets the spokesperson's "The enemy": the attackers.</summary>
        public static Mention TheEnemy { get; } = Resolved(
            "mention-the-enemy",
            EntityReference.To(Ids.JihadistFighters),
            "The enemy",
            ResolutionConfidence.Certain,
            "The spokesperson's enemy engaged the security and defence forces in every location attacked.");

        /// <summary>
        /// Gets the spokesperson's "security and defence forces", resolved to the armed forces as probable: in Mali
        /// the phrase also covers the gendarmerie, national guard and police.
        /// </summary>
        public static Mention SecurityAndDefenceForces { get; } = Resolved(
            "mention-security-and-defence-forces",
            EntityReference.To(Ids.MalianArmedForces),
            "security and defence forces",
            ResolutionConfidence.Probable,
            "The army's spokesperson uses Mali's term for its forces; it can cover the gendarmerie, national guard and police as well as the army.");

        /// <summary>Gets "the army".</summary>
        public static Mention TheArmy { get; } = Resolved("mention-the-army", EntityReference.To(Ids.MalianArmedForces), "the army", ResolutionConfidence.Certain);

        /// <summary>Gets "assailants": the attackers.</summary>
        public static Mention Assailants { get; } = Resolved(
            "mention-assailants", EntityReference.To(Ids.JihadistFighters), "assailants", ResolutionConfidence.Certain);

        /// <summary>
        /// Gets "Binoli", resolved to Diboli as probable: no town called Binoli is known near the Senegal border,
        /// and Diboli lies on it.
        /// </summary>
        public static Mention Binoli { get; } = Resolved(
            "mention-binoli",
            EntityReference.To(Ids.Diboli),
            "Binoli",
            ResolutionConfidence.Probable,
            "No town called Binoli is known near the Senegal border; Diboli, a town on that border, differs in two letters.");

        /// <summary>Gets "Kayes", first printed in the list of towns.</summary>
        public static Mention Kayes { get; } = Named("mention-kayes", EntityReference.To(Ids.Kayes), "Kayes");

        /// <summary>Gets "Sandere", resolved to Sandaré as certain: the same name without its accent.</summary>
        public static Mention Sandere { get; } = Resolved(
            "mention-sandere",
            EntityReference.To(Ids.Sandare),
            "Sandere",
            ResolutionConfidence.Certain,
            "Sandaré written without its accent.");

        /// <summary>Gets "Senegal border".</summary>
        public static Mention SenegalBorder { get; } = Named("mention-senegal-border", EntityReference.To(Ids.SenegalBorder), "Senegal border");

        /// <summary>Gets "Senegal", in "the Senegal border".</summary>
        public static Mention Senegal { get; } = Named("mention-senegal", EntityReference.To(Ids.Senegal), "Senegal");

        /// <summary>Gets "frontiers with Mauritania".</summary>
        public static Mention FrontiersWithMauritania { get; } = Named(
            "mention-frontiers-with-mauritania", EntityReference.To(Ids.MauritaniaBorder), "frontiers with Mauritania");

        /// <summary>Gets "Mauritania".</summary>
        public static Mention Mauritania { get; } = Named("mention-mauritania", EntityReference.To(Ids.Mauritania), "Mauritania");

        /// <summary>Gets "A resident in Kayes".</summary>
        public static Mention KayesResident { get; } = Named("mention-kayes-resident", EntityReference.To(Ids.KayesResident), "A resident in Kayes");

        /// <summary>Gets "governor's residence".</summary>
        public static Mention GovernorsResidence { get; } = Named(
            "mention-governors-residence", EntityReference.To(Ids.GovernorsResidence), "governor's residence");

        /// <summary>Gets "the group" that had claimed the Timbuktu raid: JNIM.</summary>
        public static Mention TheGroup { get; } = Resolved(
            "mention-the-group",
            EntityReference.To(Ids.Jnim),
            "the group",
            ResolutionConfidence.Certain,
            "Refers back to JNIM, the subject of the sentence before.");

        /// <summary>Gets "army camp" in Timbuktu.</summary>
        public static Mention ArmyCamp { get; } = Named("mention-army-camp", EntityReference.To(Ids.TimbuktuArmyCamp), "army camp");

        /// <summary>Gets "airport" in Timbuktu.</summary>
        public static Mention Airport { get; } = Named("mention-airport", EntityReference.To(Ids.TimbuktuAirport), "airport");

        /// <summary>Gets "Timbuktu".</summary>
        public static Mention Timbuktu { get; } = Named("mention-timbuktu", EntityReference.To(Ids.Timbuktu), "Timbuktu");

        /// <summary>Gets "various Islamist militant factions".</summary>
        public static Mention IslamistFactions { get; } = Named(
            "mention-islamist-factions", EntityReference.To(Ids.SahelIslamistFactions), "various Islamist militant factions");

        /// <summary>Gets "Sahel", in "the Sahel region".</summary>
        public static Mention Sahel { get; } = Named("mention-sahel", EntityReference.To(Ids.Sahel), "Sahel");

        /// <summary>Gets "U.S African Command", the article's misprint of the United States Africa Command's name.</summary>
        public static Mention UsAfricanCommand { get; } = Resolved(
            "mention-us-african-command",
            EntityReference.To(Ids.Africom),
            "U.S African Command",
            ResolutionConfidence.Certain,
            "The United States Africa Command (U.S. Africa Command), misprinted: no full stop after \"U.S\", and \"African\" for \"Africa\"; the next sentence calls it Africom.");

        /// <summary>Gets AFRICOM's "these groups": the Islamist militant factions of the sentence before.</summary>
        public static Mention TheseGroups { get; } = Resolved(
            "mention-these-groups",
            EntityReference.To(Ids.SahelIslamistFactions),
            "these groups",
            ResolutionConfidence.Certain,
            "Refers back to the various Islamist militant factions of the sentence before.");

        /// <summary>Gets "West Africa".</summary>
        public static Mention WestAfrica { get; } = Named("mention-west-africa", EntityReference.To(Ids.WestAfrica), "West Africa");

        /// <summary>Gets "Michael Langley".</summary>
        public static Mention MichaelLangley { get; } = Named("mention-michael-langley", EntityReference.To(Ids.MichaelLangley), "Michael Langley");

        /// <summary>Gets "Africom", the short form of the command's name.</summary>
        public static Mention Africom { get; } = Resolved(
            "mention-africom",
            EntityReference.To(Ids.Africom),
            "Africom",
            ResolutionConfidence.Certain,
            "The usual short form of the United States Africa Command, named in the sentence before.");

        /// <summary>Gets "Nigeria".</summary>
        public static Mention Nigeria { get; } = Named("mention-nigeria", EntityReference.To(Ids.Nigeria), "Nigeria");

        /// <summary>Gets "Lake Chad Basin".</summary>
        public static Mention LakeChadBasin { get; } = Named("mention-lake-chad-basin", EntityReference.To(Ids.LakeChadBasin), "Lake Chad Basin");

        /// <summary>Gets "Malian authorities".</summary>
        public static Mention MalianAuthorities { get; } = Named(
            "mention-malian-authorities", EntityReference.To(Ids.MalianAuthorities), "Malian authorities");

        internal static ImmutableArray<Mention> All { get; } =
        [
            MalisMilitary,
            Mali,
            AlQaeda,
            InsurgentsLinkedToAlQaeda,
            JihadistFighters,
            NationsArmedForces,
            MaliMilitary,
            Militants,
            JnimName,
            Jnim,
            IslamistInsurgency,
            SeparatistFactions,
            SouleymaneDembele,
            TheEnemy,
            SecurityAndDefenceForces,
            TheArmy,
            Assailants,
            Binoli,
            Kayes,
            Sandere,
            SenegalBorder,
            Senegal,
            FrontiersWithMauritania,
            Mauritania,
            KayesResident,
            GovernorsResidence,
            TheGroup,
            ArmyCamp,
            Airport,
            Timbuktu,
            IslamistFactions,
            Sahel,
            UsAfricanCommand,
            TheseGroups,
            WestAfrica,
            MichaelLangley,
            Africom,
            Nigeria,
            LakeChadBasin,
            MalianAuthorities,
        ];

        /// <summary>A mention whose printed form is the entity's own name: no resolution to qualify.</summary>
        private static Mention Named(string id, EntityReference entity, string asPrinted)
            => new Mention(new MentionId(id), entity, Ids.Article, Span(asPrinted));

        /// <summary>A mention whose printed form differs from the entity's name, with how sure the resolution is.</summary>
        private static Mention Resolved(string id, EntityReference entity, string asPrinted, ResolutionConfidence confidence, string? rationale = null)
            => new Mention(new MentionId(id), entity, Ids.Article, Span(asPrinted)).WithConfidence(confidence).WithRationale(rationale);
    }
}
