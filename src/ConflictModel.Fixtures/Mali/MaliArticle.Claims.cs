using System.Collections.Immutable;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The claims of the Mali fixture: every figure, outcome, responsibility, characterisation and
    /// assessment in the article, each with its claimant and the attributions that carry it.
    /// </summary>
    /// <remarks>
    /// <para>What the article asserts in its own voice ("at least 30 soldiers’ deaths", "seven towns",
    /// "remain undisclosed") is claimed by the source itself. The army's claims are the army's even when
    /// its spokesperson speaks: the spokesperson is the attribution's speaker. Every claim stands as
    /// <see cref="ClaimStatus.Asserted"/>: the article neither corroborates nor disputes any of them.</para>
    /// <para>All members are immutable; safe to share between threads.</para>
    /// </remarks>
    public static class Claims
    {
        private static readonly Claimant _army = Claimant.ByActor(Ids.MalianArmedForces);
        private static readonly Claimant _jnim = Claimant.ByActor(Ids.Jnim);
        private static readonly Claimant _article = Claimant.BySource(Ids.Article);
        private static readonly ImmutableArray<EntityReference> _theAttacks = [EntityReference.To(Ids.WesternMaliAttacks)];

        /// <summary>
        /// Gets the army's "more than 80 militants were “neutralised.”": more than 80 (low 81, no high, no
        /// best), neutralised — not said to be killed.
        /// </summary>
        public static CasualtyClaim MilitantsNeutralised { get; } = new CasualtyClaim(
            Ids.MilitantsNeutralised,
            _army,
            _theAttacks,
            CountEstimate.MoreThan(80).WithCounted("militants").WithWording("more than 80"),
            CasualtyOutcome.Neutralised)
            .WithVictims(Ids.JihadistFighters)
            .WithAttributions([Attributions.ArmyReport.Id]);

        /// <summary>Gets the army's "it successfully repelled these incursions".</summary>
        public static OutcomeClaim IncursionsRepelled { get; } = new OutcomeClaim(
            Ids.IncursionsRepelled,
            _army,
            _theAttacks,
            EngagementOutcome.Repelled)
            .WithPrevailing(Ids.MalianArmedForces)
            .WithAttributions([Attributions.ArmyReport.Id]);

        /// <summary>
        /// Gets the article's "details regarding potential military casualties remain undisclosed": undisclosed,
        /// which is not zero.
        /// </summary>
        public static CasualtyClaim MilitaryCasualtiesUndisclosed { get; } = new CasualtyClaim(
            Ids.MilitaryCasualtiesUndisclosed,
            _article,
            _theAttacks,
            CountEstimate.Undisclosed.WithCounted("military casualties"),
            CasualtyOutcome.KilledOrWounded)
            .WithVictims(Ids.MalianArmedForces)
            .WithAttributions([Attributions.CasualtiesUndisclosed.Id]);

        /// <summary>Gets JNIM's claim of responsibility for the coordinated assaults, in the lede and in the body.</summary>
        public static ResponsibilityClaim JnimResponsibility { get; } = new ResponsibilityClaim(
            Ids.JnimResponsibility,
            _jnim,
            _theAttacks,
            Ids.Jnim)
            .WithAttributions([Attributions.LedeResponsibility.Id, Attributions.JnimClaimsResponsibility.Id]);

        /// <summary>Gets JNIM's "seized control of three army barracks during the attacks": exactly three, none named.</summary>
        public static TerritorialControlClaim BarracksSeized { get; } = new TerritorialControlClaim(
            Ids.BarracksSeized,
            _jnim,
            _theAttacks,
            Ids.Jnim,
            ControlChange.Seized,
            [],
            CountEstimate.Exactly(3).WithCounted("army barracks").WithWording("three army barracks"))
            .WithAttributions([Attributions.JnimBarracks.Id]);

        /// <summary>
        /// Gets the spokesperson's "The enemy suffered significant losses in every location": losses of unknown
        /// number and unsaid kind (killed, wounded, captured...), as the army claims them.
        /// </summary>
        public static CasualtyClaim EnemyLosses { get; } = new CasualtyClaim(
            Ids.EnemyLosses,
            _army,
            _theAttacks,
            CountEstimate.Unknown.WithWording("significant losses"),
            CasualtyOutcome.Unspecified)
            .WithVictims(Ids.JihadistFighters)
            .WithAttributions([Attributions.DembeleLosses.Id]);

        /// <summary>Gets the spokesperson's "the army recovered weapons, vehicles, and motorcycles from the assailants".</summary>
        public static MaterielClaim MaterielRecovered { get; } = new MaterielClaim(
            Ids.MaterielRecovered,
            _army,
            _theAttacks,
            MaterielAction.Recovered,
            [
                new MaterielItem(MaterielCategory.Weapons, "weapons"),
                new MaterielItem(MaterielCategory.Vehicles, "vehicles"),
                new MaterielItem(MaterielCategory.Motorcycles, "motorcycles"),
            ])
            .WithTaker(Ids.MalianArmedForces)
            .WithFrom(Ids.JihadistFighters)
            .WithAttributions([Attributions.DembeleMateriel.Id]);

        /// <summary>
        /// Gets the resident's account of the attack on Kayes, "a scene of chaos": gunfire, and smoke billowing
        /// towards the governor's residence.
        /// </summary>
        public static CharacterisationClaim KayesGunfire { get; } = new CharacterisationClaim(
            Ids.KayesGunfire,
            Claimant.ByActor(Ids.KayesResident),
            [EntityReference.To(Ids.KayesAttack), EntityReference.To(Ids.GovernorsResidence)],
            "There’s gunfire, and from my house, I can see smoke billowing towards the governor's residence")
            .WithAttributions([Attributions.ResidentQuote.Id, Attributions.ResidentNarrated.Id]);

        /// <summary>Gets JNIM's characterisation of the attack, in a social-media statement, as “coordinated and high quality”.</summary>
        public static CharacterisationClaim AttackCoordinatedHighQuality { get; } = new CharacterisationClaim(
            Ids.AttackCoordinatedHighQuality,
            _jnim,
            _theAttacks,
            "coordinated and high quality")
            .WithAttributions([Attributions.JnimSocialMedia.Id]);

        /// <summary>
        /// Gets JNIM's casualty figures for the attacks, which it withheld: its social-media statement "did not
        /// specify casualty figures". Undisclosed, of no side and no kind; not zero.
        /// </summary>
        public static CasualtyClaim JnimCasualtiesUndisclosed { get; } = new CasualtyClaim(
            Ids.JnimCasualtiesUndisclosed,
            _jnim,
            _theAttacks,
            CountEstimate.Undisclosed.WithCounted("casualties").WithWording("did not specify casualty figures"),
            CasualtyOutcome.Unspecified)
            .WithAttributions([Attributions.JnimNoFigures.Id]);

        /// <summary>Gets JNIM's earlier claim of responsibility for the Timbuktu raid.</summary>
        public static ResponsibilityClaim TimbuktuResponsibility { get; } = new ResponsibilityClaim(
            Ids.TimbuktuResponsibility,
            _jnim,
            [EntityReference.To(Ids.TimbuktuRaid)],
            Ids.Jnim)
            .WithAttributions([Attributions.JnimTimbuktuClaim.Id]);

        /// <summary>Gets the article's "at least 30 soldiers’ deaths" in another assault: at least 30 (low 30, no high), killed.</summary>
        public static CasualtyClaim SoldiersKilled30 { get; } = new CasualtyClaim(
            Ids.SoldiersKilled30,
            _article,
            [EntityReference.To(Ids.EarlierAssault)],
            CountEstimate.AtLeast(30).WithCounted("soldiers").WithWording("at least 30"),
            CasualtyOutcome.Killed)
            .WithVictims(Ids.MalianArmedForces)
            .WithAttributions([Attributions.AssaultThirtyKilled.Id]);

        /// <summary>
        /// Gets the article's "the third significant attack on the nation’s armed forces in less than a month":
        /// about the attacks of 1 July and the two earlier attacks the article recalls, the raid on Timbuktu and
        /// the other assault.
        /// </summary>
        public static CharacterisationClaim ThirdAttackInMonth { get; } = new CharacterisationClaim(
            Ids.ThirdAttackInMonth,
            _article,
            [EntityReference.To(Ids.WesternMaliAttacks), EntityReference.To(Ids.TimbuktuRaid), EntityReference.To(Ids.EarlierAssault)],
            "the third significant attack on the nation’s armed forces in less than a month")
            .WithAttributions([Attributions.ThirdAttack.Id]);

        /// <summary>
        /// Gets the article's "spanned across seven towns": exactly seven, of which it names three (Binoli, Kayes,
        /// Sandere); the other four are counted here and nowhere else.
        /// </summary>
        public static ExtentClaim SevenTowns { get; } = new ExtentClaim(
            Ids.SevenTowns,
            _article,
            _theAttacks,
            CountEstimate.Exactly(7).WithCounted("towns").WithWording("seven towns"))
            .WithAttributions([Attributions.SevenTowns.Id]);

        /// <summary>
        /// Gets AFRICOM's alarm over the Islamist factions' seeking coastal access in West Africa, "a move that
        /// would bolster their capacity for smuggling and arms trafficking".
        /// </summary>
        public static AssessmentClaim CoastalAccess { get; } = new AssessmentClaim(
            Ids.CoastalAccess,
            Claimant.ByActor(Ids.Africom),
            [EntityReference.To(Ids.SahelIslamistFactions), EntityReference.To(Ids.WestAfrica)],
            "these groups seeking coastal access in West Africa, a move that would bolster their capacity for smuggling and arms trafficking")
            .WithAttributions([Attributions.AfricomAlarm.Id]);

        /// <summary>Gets General Langley's judgement of the situation in Mali, Nigeria and the Lake Chad Basin: "deeply troubling".</summary>
        public static AssessmentClaim DeeplyTroubling { get; } = new AssessmentClaim(
            Ids.DeeplyTroubling,
            Claimant.ByActor(Ids.MichaelLangley),
            [EntityReference.To(Ids.Mali), EntityReference.To(Ids.Nigeria), EntityReference.To(Ids.LakeChadBasin)],
            "deeply troubling")
            .WithAttributions([Attributions.LangleyPressConference.Id]);

        /// <summary>
        /// Gets the lede's judgement that the surge of assaults on Mali's military "underscores a worrying trend in
        /// the region". The surge is the three attacks the article counts in less than a month.
        /// </summary>
        public static AssessmentClaim WorryingTrend { get; } = new AssessmentClaim(
            Ids.WorryingTrend,
            _article,
            [EntityReference.To(Ids.WesternMaliAttacks), EntityReference.To(Ids.TimbuktuRaid), EntityReference.To(Ids.EarlierAssault)],
            "underscores a worrying trend in the region")
            .WithAttributions([Attributions.LedeSurge.Id]);

        /// <summary>Gets the article's judgement that the attacks are "raising concerns over the nation's security".</summary>
        public static AssessmentClaim SecurityConcerns { get; } = new AssessmentClaim(
            Ids.SecurityConcerns,
            _article,
            [EntityReference.To(Ids.WesternMaliAttacks), EntityReference.To(Ids.Mali)],
            "raising concerns over the nation's security")
            .WithAttributions([Attributions.NationsSecurity.Id]);

        /// <summary>Gets the article's characterisation of the attacks as "a concerning escalation of violence".</summary>
        public static CharacterisationClaim ConcerningEscalation { get; } = new CharacterisationClaim(
            Ids.ConcerningEscalation,
            _article,
            _theAttacks,
            "a concerning escalation of violence")
            .WithAttributions([Attributions.ConcerningEscalation.Id]);

        /// <summary>
        /// Gets the article's background: Mali "has been enduring a prolonged crisis fueled by a brutal Islamist
        /// insurgency and uprising by separatist factions for over a decade".
        /// </summary>
        public static CharacterisationClaim ProlongedCrisis { get; } = new CharacterisationClaim(
            Ids.ProlongedCrisis,
            _article,
            [EntityReference.To(Ids.Mali), EntityReference.To(Ids.IslamistInsurgency), EntityReference.To(Ids.SeparatistFactions)],
            "a prolonged crisis fueled by a brutal Islamist insurgency and uprising by separatist factions for over a decade")
            .WithAttributions([Attributions.ProlongedCrisis.Id]);

        /// <summary>Gets the article's "growing concerns about the increasing reach of various Islamist militant factions in the Sahel region".</summary>
        public static AssessmentClaim IslamistReachConcerns { get; } = new AssessmentClaim(
            Ids.IslamistReachConcerns,
            _article,
            [EntityReference.To(Ids.SahelIslamistFactions), EntityReference.To(Ids.Sahel)],
            "growing concerns about the increasing reach of various Islamist militant factions in the Sahel region")
            .WithAttributions([Attributions.IslamistReach.Id]);

        /// <summary>Gets the article's closing judgement: "Malian authorities face significant challenges in restoring security and stability".</summary>
        public static AssessmentClaim SecurityChallenges { get; } = new AssessmentClaim(
            Ids.SecurityChallenges,
            _article,
            [EntityReference.To(Ids.MalianAuthorities), EntityReference.To(Ids.Mali)],
            "face significant challenges in restoring security and stability amid escalating insurgent activities that now threaten to further destabilize the region")
            .WithAttributions([Attributions.SecurityChallenges.Id]);

        internal static ImmutableArray<Claim> All { get; } =
        [
            MilitantsNeutralised,
            IncursionsRepelled,
            MilitaryCasualtiesUndisclosed,
            JnimResponsibility,
            BarracksSeized,
            EnemyLosses,
            MaterielRecovered,
            KayesGunfire,
            AttackCoordinatedHighQuality,
            JnimCasualtiesUndisclosed,
            TimbuktuResponsibility,
            SoldiersKilled30,
            ThirdAttackInMonth,
            SevenTowns,
            CoastalAccess,
            DeeplyTroubling,
            WorryingTrend,
            SecurityConcerns,
            ConcerningEscalation,
            ProlongedCrisis,
            IslamistReachConcerns,
            SecurityChallenges,
        ];
    }
}
