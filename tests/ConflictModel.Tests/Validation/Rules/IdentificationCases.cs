using System.Collections.Immutable;
using static ConflictModel.Tests.Validation.ValidationFixture;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>Cases of CM0607 (an identification by claimed responsibility), and of CM0201/CM0205 on an identification's ids.</summary>
/// <remarks>
/// The fixture gains an unnamed group, "gunmen" (appended, so that no index moves), as the attacker of
/// <c>kayes-attack</c>; the fixture's <c>c-responsibility</c> is JNIM's claim for <c>kayes-attack</c>.
/// </remarks>
internal static class IdentificationCases
{
    private const string IdentificationPath = "/engagements/1/participants/0/identification";

    public static Fires[] Fires { get; } =
    [
        new("identified by claimed responsibility citing a territorial claim", () => Gunmen(Claimed("jnim", "c-control")), ValidationCodes.IdentificationWithoutResponsibilityClaim, ValidationSeverity.Error, IdentificationPath, "kayes-attack"),
        new("identified by claimed responsibility citing no claim", () => Gunmen(Claimed("jnim")), ValidationCodes.IdentificationWithoutResponsibilityClaim, ValidationSeverity.Error, IdentificationPath, "kayes-attack"),
        new("identified as al-Qaeda by JNIM's claim for itself", () => Gunmen(Claimed("al-qaeda", "c-responsibility")), ValidationCodes.IdentificationWithoutResponsibilityClaim, ValidationSeverity.Error, IdentificationPath, "kayes-attack"),
        new("campaign participant identified by a claim about one of its events only", () => Gunmen(null).WithEngagement(
            Campaign,
            CampaignEngagement().WithParticipants([new Participant(A("gunmen"), ParticipantRole.Attacker).WithIdentification(Claimed("jnim", "c-responsibility"))])),
            ValidationCodes.IdentificationWithoutResponsibilityClaim, ValidationSeverity.Error, "/engagements/0/participants/0/identification", "western-mali-attacks"),
        new("identified as an actor the report does not have", () => Gunmen(new ActorIdentification(A("ghost"), IdentificationBasis.Inferred)), ValidationCodes.UnknownActor, ValidationSeverity.Error, IdentificationPath + "/actor", "kayes-attack"),
        new("identification resting on a claim the report does not have", () => Gunmen(Claimed("jnim", "c-responsibility", "c-ghost")), ValidationCodes.UnknownClaim, ValidationSeverity.Error, IdentificationPath + "/claims/1", "kayes-attack"),
    ];

    public static DoesNotFire[] DoesNotFire { get; } =
    [
        new("identified by JNIM's responsibility claim for the engagement", () => Gunmen(Claimed("jnim", "c-responsibility")), ValidationCodes.IdentificationWithoutResponsibilityClaim),
        new("identified by a responsibility claim about its campaign", () => Gunmen(Claimed("jnim", "c-control", "c-responsibility")).WithClaim(
            ResponsibilityIndex,
            new ResponsibilityClaim(new ClaimId("c-responsibility"), Claimant.ByActor(A("jnim")), About(E("western-mali-attacks")), A("jnim")).WithAttributions(Attributions("a-jnim"))),
            ValidationCodes.IdentificationWithoutResponsibilityClaim),
        new("inferred identification citing no claim", () => Gunmen(new ActorIdentification(A("jnim"), IdentificationBasis.Inferred)), ValidationCodes.IdentificationWithoutResponsibilityClaim),
        new("claimed responsibility citing only a claim the report does not have (CM0205 reports it)", () => Gunmen(Claimed("jnim", "c-ghost")), ValidationCodes.IdentificationWithoutResponsibilityClaim),
    ];

    private static ActorIdentification Claimed(string actor, params string[] claims)
        => new ActorIdentification(A(actor), IdentificationBasis.ClaimedResponsibility).WithClaims([.. System.Linq.Enumerable.Select(claims, id => new ClaimId(id))]);

    /// <summary>The fixture with "gunmen" as the attacker of kayes-attack, identified as given (or not at all).</summary>
    private static ConflictReport Gunmen(ActorIdentification? identification)
    {
        var kayes = KayesEngagement(participant: "gunmen");
        ImmutableArray<Participant> participants = [kayes.Participants[0].WithIdentification(identification), kayes.Participants[1]];
        return Report
            .WithActors(Report.Actors.Add(Actor("gunmen", "gunmen", ActorKind.UnnamedGroup)))
            .WithEngagement(KayesAttack, kayes.WithParticipants(participants));
    }
}
