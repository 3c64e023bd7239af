using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The engagements of the Mali fixture: the campaign of coordinated attacks on 1 July 2025, its three
    /// named sites, and the two earlier attacks the article recalls.
    /// </summary>
    /// <remarks>
    /// <para>Each attacker is the side as the article describes it. The 1 July attackers and the Timbuktu
    /// raiders are identified as JNIM on JNIM's claims of responsibility (<see cref="Claims.JnimResponsibility"/>,
    /// <see cref="Claims.TimbuktuResponsibility"/>), marked <see cref="IdentificationBasis.ClaimedResponsibility"/>;
    /// the attackers of the other assault are identified with no one, for the article says nothing of them.</para>
    /// <para>The army is <see cref="ParticipantRole.Defender"/> on 1 July, where the article says the assaults
    /// "led to military engagements" and the army engaged the enemy, and <see cref="ParticipantRole.Target"/> in
    /// the two earlier attacks, of which it says only that they targeted the army or killed soldiers.</para>
    /// <para>The campaign holds only the places of the campaign as a whole (the two border areas); each town
    /// is the place of its site engagement (see docs/model.md, "Campaigns and their events").</para>
    /// <para>All members are immutable; safe to share between threads.</para>
    /// </remarks>
    public static class Engagements
    {
        private static readonly ImmutableArray<Participant> _attackersAndArmy =
        [
            new Participant(Ids.JihadistFighters, ParticipantRole.Attacker)
                .WithIdentification(ClaimedBy(Ids.JnimResponsibility)),
            new Participant(Ids.MalianArmedForces, ParticipantRole.Defender),
        ];

        /// <summary>
        /// Gets the coordinated attacks on army posts across seven towns of Mali, near the Senegal border and
        /// further north towards the frontiers with Mauritania, on "Tuesday morning" (1 July 2025, inferred).
        /// Its own places are the two border areas; its three named towns are the places of its sites.
        /// </summary>
        public static Engagement WesternMaliAttacks { get; } = new Engagement(
            Ids.WesternMaliAttacks,
            EventType.Battles)
            .WithScope(EngagementScope.Campaign)
            .WithSubType(SubEventType.ArmedClash)
            .WithTime(Times.TuesdayMorning)
            .WithLocations([Ids.SenegalBorder, Ids.MauritaniaBorder])
            .WithParticipants(_attackersAndArmy)
            .WithAttributions([
                Attributions.LedeEngagements.Id,
                Attributions.PostsAttacked.Id,
                Attributions.CoordinatedAssaults.Id,
                Attributions.SevenTowns.Id,
                Attributions.TowardsMauritania.Id,
            ])
            .WithSummary("Jihadist fighters attacked military posts in seven towns of Mali in coordinated assaults, near the Senegal border and further north towards the frontiers with Mauritania.");

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
            .WithParticipants([
                new Participant(Ids.TimbuktuRaiders, ParticipantRole.Attacker).WithIdentification(ClaimedBy(Ids.TimbuktuResponsibility)),
                new Participant(Ids.MalianArmedForces, ParticipantRole.Target),
            ])
            .WithAttributions([Attributions.TimbuktuRaid.Id])
            .WithSummary("A significant raid on an army camp and an airport in Timbuktu, for which JNIM had claimed responsibility.");

        /// <summary>
        /// Gets "another assault" in which at least 30 soldiers died: June 2025, inferred, for "earlier this
        /// month" governs both attacks of the sentence and the article counts it among three in less than a
        /// month. The article places it nowhere more precise than Mali, names no attacker, and no sub-type can
        /// be told.
        /// </summary>
        public static Engagement EarlierAssault { get; } = new Engagement(
            Ids.EarlierAssault,
            EventType.Battles)
            .WithScope(EngagementScope.Event)
            .WithSubType(null)
            .WithTime(Times.EarlierThisMonth)
            .WithLocations([Ids.Mali])
            .WithParticipants([
                new Participant(Ids.EarlierAssaultAttackers, ParticipantRole.Attacker),
                new Participant(Ids.MalianArmedForces, ParticipantRole.Target),
            ])
            .WithAttributions([Attributions.AssaultThirtyKilled.Id])
            .WithSummary("Another assault on the armed forces earlier in the month, unplaced by the article, in which at least 30 soldiers died.");

        internal static ImmutableArray<Engagement> All { get; } =
        [
            WesternMaliAttacks,
            KayesAttack,
            DiboliAttack,
            SandareAttack,
            TimbuktuRaid,
            EarlierAssault,
        ];

        /// <summary>JNIM, as the attacker is believed to be on its own claim of responsibility.</summary>
        private static ActorIdentification ClaimedBy(ClaimId responsibility)
            => new ActorIdentification(Ids.Jnim, IdentificationBasis.ClaimedResponsibility).WithClaims([responsibility]);

        /// <summary>One named site of the campaign of 1 July: same time and sides, one town.</summary>
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
