using NodaTime;

namespace ConflictModel.Parquet.Tests;

/// <summary>
/// A small report built for the analyst's questions, with answers worked out by hand: two countries,
/// two months, an army and a rebel group that disagree about one engagement's dead, and a protest.
/// </summary>
internal static class AnalystReport
{
    public const string Text = "The army said 5 fighters were killed in Gao. The group said between 20 and 30 soldiers died. Police said 2 protesters were killed in Ouagadougou. The army said 12 attackers were killed in Mopti.";

    public static ConflictReport Build()
    {
        var source = new Source(new SourceId("wire"), SourceKind.NewsArticle).WithText(Text);
        var mali = new Location(new LocationId("country-ml"), new LocalizedName("Mali"), LocationKind.Country).WithIsoCode(new Iso3166Code("ML"));
        var gaoRegion = new Location(new LocationId("gao-region"), new LocalizedName("Gao Region"), LocationKind.FirstOrderDivision).WithParent(mali.Id);
        var gao = new Location(new LocationId("gao"), new LocalizedName("Gao"), LocationKind.Settlement).WithParent(gaoRegion.Id).WithPoint(new GeoPoint(16.27, -0.04)).WithPrecision(PlacePrecision.Settlement);
        var mopti = new Location(new LocationId("mopti"), new LocalizedName("Mopti"), LocationKind.Settlement).WithParent(mali.Id);
        var burkina = new Location(new LocationId("country-bf"), new LocalizedName("Burkina Faso"), LocationKind.Country).WithIsoCode(new Iso3166Code("BF"));
        var ouaga = new Location(new LocationId("ouagadougou"), new LocalizedName("Ouagadougou"), LocationKind.Settlement).WithParent(burkina.Id);

        var army = new Actor(new ActorId("army"), new LocalizedName("Malian army"), ActorKind.Organisation).WithCategory(ConflictCategory.StateForces);
        var group = new Actor(new ActorId("group"), new LocalizedName("Armed group"), ActorKind.Organisation).WithCategory(ConflictCategory.RebelGroup);
        var police = new Actor(new ActorId("police"), new LocalizedName("Police"), ActorKind.Organisation).WithCategory(ConflictCategory.StateForces);
        var protesters = new Actor(new ActorId("protesters"), new LocalizedName("Protesters"), ActorKind.UnnamedGroup).WithCategory(ConflictCategory.Protesters);

        var gaoClash = new Engagement(new EngagementId("gao-clash"), EventType.Battles).WithSubType(SubEventType.ArmedClash)
            .WithTime(ReportedTime.OnDate(new LocalDate(2024, 3, 10))).WithLocations([gao.Id])
            .WithParticipants([new Participant(group.Id, ParticipantRole.Attacker), new Participant(army.Id, ParticipantRole.Defender)]);
        var moptiClash = new Engagement(new EngagementId("mopti-clash"), EventType.Battles)
            .WithTime(ReportedTime.InMonth(new YearMonth(2024, 4))).WithLocations([mopti.Id])
            .WithParticipants([new Participant(group.Id, ParticipantRole.Attacker), new Participant(army.Id, ParticipantRole.Defender)]);
        var protest = new Engagement(new EngagementId("ouaga-protest"), EventType.Protests)
            .WithTime(ReportedTime.OnDate(new LocalDate(2023, 3, 2))).WithLocations([ouaga.Id])
            .WithParticipants([new Participant(protesters.Id, ParticipantRole.Unspecified), new Participant(police.Id, ParticipantRole.Unspecified)]);

        var armyGao = Quote(source, "army-gao", "The army said 5 fighters were killed in Gao.", army.Id);
        var groupGao = Quote(source, "group-gao", "The group said between 20 and 30 soldiers died.", group.Id);
        var policeOuaga = Quote(source, "police-ouaga", "Police said 2 protesters were killed in Ouagadougou.", police.Id);
        var armyMopti = Quote(source, "army-mopti", "The army said 12 attackers were killed in Mopti.", army.Id);

        var claims = new Claim[]
        {
            new CasualtyClaim(new ClaimId("army-gao-dead"), Claimant.ByActor(army.Id), [EntityReference.To(gaoClash.Id)], CountEstimate.Exactly(5), CasualtyOutcome.Killed).WithAttributions([armyGao.Id]),
            new CasualtyClaim(new ClaimId("group-gao-dead"), Claimant.ByActor(group.Id), [EntityReference.To(gaoClash.Id)], CountEstimate.Between(20, 30), CasualtyOutcome.Killed).WithAttributions([groupGao.Id]),
            new CasualtyClaim(new ClaimId("police-ouaga-dead"), Claimant.ByActor(police.Id), [EntityReference.To(protest.Id)], CountEstimate.Exactly(2), CasualtyOutcome.Killed).WithAttributions([policeOuaga.Id]),
            new CasualtyClaim(new ClaimId("army-mopti-dead"), Claimant.ByActor(army.Id), [EntityReference.To(moptiClash.Id)], CountEstimate.MoreThan(12), CasualtyOutcome.Killed).WithAttributions([armyMopti.Id]),
        };

        return new ConflictReport()
            .WithSources([source])
            .WithActors([army, group, police, protesters])
            .WithLocations([mali, gaoRegion, gao, mopti, burkina, ouaga])
            .WithEngagements([gaoClash, moptiClash, protest])
            .WithClaims([.. claims])
            .WithAttributions([armyGao, groupGao, policeOuaga, armyMopti]);
    }

    private static SourceAttribution Quote(Source source, string id, string exact, ActorId speaker)
        => new SourceAttribution(new AttributionId(id), source.Id, TextSpan.Locate(source.Text!, exact), QuoteMode.Paraphrase, StatementChannel.SourceItself).WithSpeaker(speaker);
}
