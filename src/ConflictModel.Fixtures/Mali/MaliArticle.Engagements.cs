using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The engagements of the Mali fixture: the campaign of coordinated attacks in western Mali, its
    /// three named sites, and the two earlier attacks the article recalls.
    /// </summary>
    /// <remarks>
    /// Who attacked the Timbuktu army camp and airport, and who killed the 30 soldiers, the article does
    /// not say in its own voice: those engagements have only a target, and JNIM's responsibility for the
    /// raid is its claim (<see cref="Claims.TimbuktuResponsibility"/>). All members are immutable; safe
    /// to share between threads.
    /// </remarks>
    public static class Engagements
    {
        private static readonly ImmutableArray<Participant> _attackersAndArmy =
        [
            new Participant(Ids.JihadistFighters, ParticipantRole.Attacker),
            new Participant(Ids.MalianArmedForces, ParticipantRole.Defender),
        ];

        /// <summary>
        /// Gets the coordinated attacks on army posts across seven towns of western Mali, near the Senegal
        /// border and towards Mauritania, on "Tuesday morning" (1 July 2025, inferred).
        /// </summary>
        public static Engagement WesternMaliAttacks { get; } = new Engagement(
            Ids.WesternMaliAttacks,
            EventType.Battles)
            .WithScope(EngagementScope.Campaign)
            .WithSubType(SubEventType.ArmedClash)
            .WithTime(Times.TuesdayMorning)
            .WithLocations([Ids.Diboli, Ids.Kayes, Ids.Sandare, Ids.SenegalBorder, Ids.MauritaniaBorder])
            .WithParticipants(_attackersAndArmy)
            .WithAttributions([
                Attributions.LedeEngagements.Id,
                Attributions.PostsAttacked.Id,
                Attributions.CoordinatedAssaults.Id,
                Attributions.SevenTowns.Id,
                Attributions.TowardsMauritania.Id,
            ])
            .WithSummary("Jihadist fighters attacked military posts in seven towns of western Mali in coordinated assaults, near the Senegal border and towards Mauritania.");

        /// <summary>Gets the attack at Kayes, which a resident witnessed.</summary>
        public static Engagement KayesAttack { get; } = Site(
            Ids.KayesAttack,
            Ids.Kayes,
            "The attack at Kayes, one of the seven towns, where a resident heard gunfire and saw smoke towards the governor's residence.",
            Attributions.SevenTowns.Id,
            Attributions.ResidentNarrated.Id,
            Attributions.ResidentQuote.Id);

        /// <summary>Gets the attack at Diboli, printed "Binoli".</summary>
        public static Engagement DiboliAttack { get; } = Site(
            Ids.DiboliAttack,
            Ids.Diboli,
            "The attack at Diboli (printed \"Binoli\"), one of the seven towns.",
            Attributions.SevenTowns.Id);

        /// <summary>Gets the attack at Sandaré, printed "Sandere".</summary>
        public static Engagement SandareAttack { get; } = Site(
            Ids.SandareAttack,
            Ids.Sandare,
            "The attack at Sandaré (printed \"Sandere\"), one of the seven towns.",
            Attributions.SevenTowns.Id);

        /// <summary>
        /// Gets the raid "earlier this month" on an army camp and an airport in Timbuktu: June 2025, inferred
        /// (the words, read literally, would mean July).
        /// </summary>
        public static Engagement TimbuktuRaid { get; } = new Engagement(
            Ids.TimbuktuRaid,
            EventType.Battles)
            .WithScope(EngagementScope.Event)
            .WithSubType(SubEventType.ArmedClash)
            .WithTime(Times.EarlierThisMonth)
            .WithLocations([Ids.TimbuktuArmyCamp, Ids.TimbuktuAirport])
            .WithParticipants([new Participant(Ids.MalianArmedForces, ParticipantRole.Target)])
            .WithAttributions([Attributions.TimbuktuRaid.Id])
            .WithSummary("A significant raid on an army camp and an airport in Timbuktu, for which JNIM had claimed responsibility.");

        /// <summary>
        /// Gets "another assault" in which at least 30 soldiers died. The article gives it no time and no place
        /// more precise than Mali, and no sub-type can be told.
        /// </summary>
        public static Engagement EarlierAssault { get; } = new Engagement(
            Ids.EarlierAssault,
            EventType.Battles)
            .WithScope(EngagementScope.Event)
            .WithSubType(null)
            .WithTime(null)
            .WithLocations([Ids.Mali])
            .WithParticipants([new Participant(Ids.MalianArmedForces, ParticipantRole.Target)])
            .WithAttributions([Attributions.AssaultThirtyKilled.Id])
            .WithSummary("Another assault on the armed forces, unplaced and undated by the article, in which at least 30 soldiers died.");

        internal static ImmutableArray<Engagement> All { get; } =
        [
            WesternMaliAttacks,
            KayesAttack,
            DiboliAttack,
            SandareAttack,
            TimbuktuRaid,
            EarlierAssault,
        ];

        /// <summary>One named site of the western Mali campaign: same time and sides, one town.</summary>
        private static Engagement Site(EngagementId id, LocationId town, string summary, params AttributionId[] attributions) => new Engagement(
            id,
            EventType.Battles)
            .WithScope(EngagementScope.Event)
            .WithSubType(SubEventType.ArmedClash)
            .WithTime(Times.TuesdayMorning)
            .WithLocations([town])
            .WithParticipants(_attackersAndArmy)
            .WithCampaign(Ids.WesternMaliAttacks)
            .WithAttributions([.. attributions])
            .WithSummary(summary);
    }
}
