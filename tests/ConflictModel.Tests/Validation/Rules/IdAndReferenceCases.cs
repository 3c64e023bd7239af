using System.Collections.Immutable;
using NodaTime;
using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>Cases of CM0101 (duplicate ids) and CM0201–CM0206 (references).</summary>
internal static class IdAndReferenceCases
{
    private static readonly EntityReference KayesAttackRef = EntityReference.To(E("kayes-attack"));

    public static Fires[] Fires { get; } =
    [
        new("a second actor named jnim", () => Report.WithActors(Report.Actors.Add(Actor("jnim", "Another JNIM"))), ValidationCodes.DuplicateId, ValidationSeverity.Error, "/actors/4/id", "jnim"),
        new("a second mention m-kayes", () => Report.WithMentions(Report.Mentions.Add(Report.Mentions[KayesMention])), ValidationCodes.DuplicateId, ValidationSeverity.Error, "/mentions/2/id", "m-kayes"),
        new("a second attribution a-toll", () => Report.WithAttributions(Report.Attributions.Add(Report.Attributions[TollAttribution])), ValidationCodes.DuplicateId, ValidationSeverity.Error, "/attributions/4/id", "a-toll"),

        new("participant is unknown", () => Report.WithEngagement(KayesAttack, KayesEngagement(participant: "ghost")), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/engagements/1/participants/0/actor", "kayes-attack"),
        new("participant is a location", () => Report.WithEngagement(KayesAttack, KayesEngagement(participant: "kayes")), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/engagements/1/participants/0/actor", "kayes-attack"),
        new("affiliation target is unknown", () => Report.WithActor(Jnim, Actor("jnim", "JNIM", affiliations: new Affiliation(AffiliationKind.AffiliateOf, A("isis")))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/actors/1/affiliations/0/target", "jnim"),
        new("claimant actor is unknown", () => Report.WithClaim(CasualtyIndex, Casualty(Claimant.ByActor(A("ghost")))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/0/claimant", "c-casualty"),
        new("victims actor is unknown", () => Report.WithClaim(CasualtyIndex, Casualty(victims: A("ghost"))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/0/victims", "c-casualty"),
        new("controller is unknown", () => Report.WithClaim(ControlIndex, Control(controller: A("ghost"))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/1/controller", "c-control"),
        new("responsible actor is unknown", () => Report.WithClaim(ResponsibilityIndex, new ResponsibilityClaim(new ClaimId("c-responsibility"), Claimant.ByActor(A("jnim")), [KayesAttackRef], A("ghost")).WithAttributions(Attributions("a-jnim"))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/2/responsible", "c-responsibility"),
        new("prevailing actor is unknown", () => Report.WithClaim(OutcomeIndex, new OutcomeClaim(new ClaimId("c-outcome"), Claimant.ByActor(A("fama")), [KayesAttackRef], EngagementOutcome.Repelled).WithPrevailing(A("ghost")).WithAttributions(Attributions("a-army"))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/3/prevailing", "c-outcome"),
        new("taker is unknown", () => Report.WithClaim(MaterielIndex, Materiel(taker: A("ghost"))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/4/taker", "c-materiel"),
        new("materiel taken from an unknown actor", () => Report.WithClaim(MaterielIndex, Materiel(from: A("ghost"))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/4/from", "c-materiel"),
        new("subject actor is unknown", () => Report.WithClaim(CasualtyIndex, Casualty(subjects: [KayesAttackRef, EntityReference.To(A("ghost"))])), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/claims/0/subjects/1", "c-casualty"),
        new("speaker is unknown", () => Report.WithAttribution(ArmyAttribution, Attribution("a-army", "more than 80 militants were neutralised", QuoteMode.Paraphrase, StatementChannel.Television, "ghost", ReportedTime.OnDate(EventDate))), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/attributions/1/speaker", "a-army"),
        new("mentioned actor is unknown", () => Report.WithMention(KayesMention, Mention("m-kayes", EntityReference.To(A("ghost")), "Kayes")), ValidationCodes.UnknownActor, ValidationSeverity.Error, "/mentions/1/entity", "m-kayes"),

        new("engagement location is unknown", () => Report.WithEngagement(KayesAttack, KayesEngagement(locations: [L("nowhere")])), ValidationCodes.UnknownLocation, ValidationSeverity.Error, "/engagements/1/locations/0", "kayes-attack"),
        new("parent is unknown", () => Report.WithLocation(Kayes, Location("kayes", LocationKind.Settlement, parent: "nowhere")), ValidationCodes.UnknownLocation, ValidationSeverity.Error, "/locations/2/parent", "kayes"),
        new("claimed place is unknown", () => Report.WithClaim(ControlIndex, Control(places: [L("kayes"), L("nowhere")])), ValidationCodes.UnknownLocation, ValidationSeverity.Error, "/claims/1/places/1", "c-control"),

        new("attribution source is unknown", () => Report.WithAttribution(AttackAttribution, Attribution("a-attack", "JNIM fighters attacked Kayes", source: new SourceId("ghost"))), ValidationCodes.UnknownSource, ValidationSeverity.Error, "/attributions/0/source", "a-attack"),
        new("claimant source is unknown", () => Report.WithClaim(TollIndex, Casualty(Claimant.BySource(new SourceId("ghost")), id: "c-toll")), ValidationCodes.UnknownSource, ValidationSeverity.Error, "/claims/5/claimant", "c-toll"),
        new("mention source is unknown", () => Report.WithMention(KayesMention, Mention("m-kayes", EntityReference.To(L("kayes")), "Kayes", source: new SourceId("ghost"))), ValidationCodes.UnknownSource, ValidationSeverity.Error, "/mentions/1/source", "m-kayes"),

        new("campaign is unknown", () => Report.WithEngagement(KayesAttack, KayesEngagement(campaign: "ghost")), ValidationCodes.UnknownEngagement, ValidationSeverity.Error, "/engagements/1/campaign", "kayes-attack"),
        new("subject engagement is unknown", () => Report.WithClaim(CasualtyIndex, Casualty(subjects: [EntityReference.To(E("ghost"))])), ValidationCodes.UnknownEngagement, ValidationSeverity.Error, "/claims/0/subjects/0", "c-casualty"),

        new("subject claim is unknown", () => Report.WithClaim(CasualtyIndex, Casualty(subjects: [KayesAttackRef, EntityReference.To(new ClaimId("c-ghost"))])), ValidationCodes.UnknownClaim, ValidationSeverity.Error, "/claims/0/subjects/1", "c-casualty"),

        new("engagement attribution is unknown", () => Report.WithEngagement(Campaign, CampaignEngagement(attributions: Attributions("a-attack", "a-ghost"))), ValidationCodes.UnknownAttribution, ValidationSeverity.Error, "/engagements/0/attributions/1", "western-mali-attacks"),
        new("affiliation attribution is unknown", () => Report.WithActor(Jnim, Actor("jnim", "JNIM", affiliations: new Affiliation(AffiliationKind.AffiliateOf, A("al-qaeda")).WithAttributions(Attributions("a-attack", "a-ghost")))), ValidationCodes.UnknownAttribution, ValidationSeverity.Error, "/actors/1/affiliations/0/attributions/1", "jnim"),
        new("claim attribution is unknown", () => Report.WithClaim(CasualtyIndex, Casualty(attributions: Attributions("a-ghost", "a-army"))), ValidationCodes.UnknownAttribution, ValidationSeverity.Error, "/claims/0/attributions/0", "c-casualty"),
    ];

    public static DoesNotFire[] DoesNotFire { get; } =
    [
        new("an actor shares its id with a location", () => Report.WithActors(Report.Actors.Add(Actor("kayes", "Kayes militia"))), ValidationCodes.DuplicateId),
        new("participant is another known actor", () => Report.WithEngagement(KayesAttack, KayesEngagement(participant: "dembele")), ValidationCodes.UnknownActor),
        new("engagement location is another known location", () => Report.WithEngagement(KayesAttack, KayesEngagement(locations: [L("diboli"), L("kayes")])), ValidationCodes.UnknownLocation),
        new("claimant is the article, which exists", () => Report.WithClaim(CasualtyIndex, Casualty(Claimant.BySource(ArticleId))), ValidationCodes.UnknownSource),
        new("subject is the campaign, which exists", () => Report.WithClaim(CasualtyIndex, Casualty(subjects: [EntityReference.To(E("western-mali-attacks"))])), ValidationCodes.UnknownEngagement),
        new("subject claim exists", () => Report.WithClaim(CasualtyIndex, Casualty(subjects: [KayesAttackRef, EntityReference.To(new ClaimId("c-toll"))])), ValidationCodes.UnknownClaim),
        new("affiliation cites a known attribution", () => Report.WithActor(Jnim, Actor("jnim", "JNIM", affiliations: new Affiliation(AffiliationKind.AffiliateOf, A("al-qaeda")).WithAttributions(Attributions("a-attack")))), ValidationCodes.UnknownAttribution),
        new("claim cites two known attributions", () => Report.WithClaim(CasualtyIndex, Casualty(attributions: Attributions("a-army", "a-toll"))), ValidationCodes.UnknownAttribution),
    ];

    private static CasualtyClaim Casualty(
        Claimant? claimant = null,
        ImmutableArray<EntityReference>? subjects = null,
        ActorId? victims = null,
        ImmutableArray<AttributionId>? attributions = null,
        string id = "c-casualty")
        => new CasualtyClaim(
            new ClaimId(id),
            claimant ?? Claimant.ByActor(A("fama")),
            subjects ?? [KayesAttackRef],
            CountEstimate.MoreThan(80),
            CasualtyOutcome.Neutralised)
        .WithVictims(victims ?? A("jnim"))
        .WithAttributions(attributions ?? (id == "c-toll" ? Attributions("a-toll") : Attributions("a-army")));

    private static TerritorialControlClaim Control(ActorId? controller = null, ImmutableArray<LocationId>? places = null)
        => new TerritorialControlClaim(new ClaimId("c-control"), Claimant.ByActor(A("jnim")), [KayesAttackRef], controller ?? A("jnim"), ControlChange.Seized, places ?? [L("kayes")], null).WithAttributions(Attributions("a-jnim"));

    private static MaterielClaim Materiel(ActorId? taker = null, ActorId? from = null)
        => new MaterielClaim(
            new ClaimId("c-materiel"),
            Claimant.ByActor(A("fama")),
            [KayesAttackRef],
            MaterielAction.Recovered,
            [new MaterielItem(MaterielCategory.Weapons, "weapons")])
        .WithTaker(taker ?? A("fama"))
        .WithFrom(from ?? A("jnim"))
        .WithAttributions(Attributions("a-army"));
}
