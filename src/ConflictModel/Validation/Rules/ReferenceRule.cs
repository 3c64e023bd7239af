namespace ConflictModel;

/// <summary>CM0201–CM0206: every id that refers to another entity names an entity of the report, of the right kind.</summary>
internal sealed class ReferenceRule : BuiltInRule
{
    public ReferenceRule()
        : base(
            ValidationCodes.UnknownActor,
            ValidationCodes.UnknownLocation,
            ValidationCodes.UnknownSource,
            ValidationCodes.UnknownEngagement,
            ValidationCodes.UnknownClaim,
            ValidationCodes.UnknownAttribution)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var report = context.Report;
        for (var i = 0; i < report.Actors.Length; i++)
        {
            var actor = report.Actors[i];
            for (var j = 0; j < actor.Affiliations.Length; j++)
            {
                var affiliation = actor.Affiliations[j];
                Actor(context, affiliation.Target, new MemberPath(EntityKind.Actor, i, JsonName.Of(ActorMember.Affiliations), j, JsonName.Of(AffiliationMember.Target)), actor.Id.Value, "The affiliation target");
                for (var k = 0; k < affiliation.Attributions.Length; k++)
                {
                    var attribution = affiliation.Attributions[k];
                    Attribution(context, context.TryGetAttribution(attribution, out _), attribution, new MemberPath(EntityKind.Actor, i, JsonName.Of(ActorMember.Affiliations), j, JsonName.Of(AffiliationMember.Attributions), k), actor.Id.Value);
                }
            }
        }

        for (var i = 0; i < report.Locations.Length; i++)
        {
            var location = report.Locations[i];
            if (location.Parent is { } parent)
            {
                Require(context, context.LocationParents[i] >= 0, EntityKind.Location, parent.Value, new MemberPath(EntityKind.Location, i, JsonName.Of(LocationMember.Parent)), location.Id.Value, "The parent");
            }
        }

        for (var i = 0; i < report.Engagements.Length; i++)
        {
            CheckEngagement(context, report.Engagements[i], i);
        }

        for (var i = 0; i < report.Claims.Length; i++)
        {
            CheckClaim(context, report.Claims[i], i);
        }

        for (var i = 0; i < report.Attributions.Length; i++)
        {
            var attribution = report.Attributions[i];
            Require(context, context.AttributionSources[i] >= 0, EntityKind.Source, attribution.Source.Value, new MemberPath(EntityKind.Attribution, i, JsonName.Of(SourceAttributionMember.Source)), attribution.Id.Value, "The source");
            if (attribution.Speaker is { } speaker)
            {
                Actor(context, speaker, new MemberPath(EntityKind.Attribution, i, JsonName.Of(SourceAttributionMember.Speaker)), attribution.Id.Value, "The speaker");
            }
        }

        for (var i = 0; i < report.Mentions.Length; i++)
        {
            var mention = report.Mentions[i];
            Require(context, context.MentionEntities[i] >= 0, mention.Entity.Kind, mention.Entity.Id, new MemberPath(EntityKind.Mention, i, JsonName.Of(MentionMember.Entity)), mention.Id.Value, "The entity named");
            Require(context, context.MentionSources[i] >= 0, EntityKind.Source, mention.Source.Value, new MemberPath(EntityKind.Mention, i, JsonName.Of(MentionMember.Source)), mention.Id.Value, "The source");
        }
    }

    private static void CheckEngagement(ReportValidationContext context, Engagement engagement, int i)
    {
        var id = engagement.Id.Value;
        for (var j = 0; j < engagement.Locations.Length; j++)
        {
            Location(context, engagement.Locations[j], new MemberPath(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Locations), j), id, "The location");
        }

        for (var j = 0; j < engagement.Participants.Length; j++)
        {
            var participant = engagement.Participants[j];
            Actor(context, participant.Actor, new MemberPath(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Participants), j, JsonName.Of(ParticipantMember.Actor)), id, "The participant");
            if (participant.Identification is { } identification)
            {
                Actor(context, identification.Actor, new MemberPath(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Participants), j, JsonName.Of(ParticipantMember.Identification), subItemProperty: JsonName.Of(ActorIdentificationMember.Actor)), id, "The identified actor");
                for (var k = 0; k < identification.Claims.Length; k++)
                {
                    var claim = identification.Claims[k];
                    Require(context, context.IndexOf(claim) >= 0, EntityKind.Claim, claim.Value, new MemberPath(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Participants), j, JsonName.Of(ParticipantMember.Identification), subItemProperty: JsonName.Of(ActorIdentificationMember.Claims), leaf: k), id, "The claim the identification rests on");
                }
            }
        }

        if (engagement.Campaign is { } campaign)
        {
            Require(context, context.EngagementCampaigns[i] >= 0, EntityKind.Engagement, campaign.Value, new MemberPath(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Campaign)), id, "The campaign");
        }

        var attributions = context.EngagementAttributions.Of(i);
        for (var j = 0; j < attributions.Length; j++)
        {
            Attribution(context, attributions[j] >= 0, engagement.Attributions[j], new MemberPath(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Attributions), j), id);
        }
    }

    private static void CheckClaim(ReportValidationContext context, Claim claim, int i)
    {
        var id = claim.Id.Value;
        var claimant = new MemberPath(EntityKind.Claim, i, JsonName.Of(ClaimBaseMember.Claimant));
        if (claim.Claimant.Actor is { } actor)
        {
            Actor(context, actor, claimant, id, "The claimant");
        }
        else if (claim.Claimant.Source is { } source)
        {
            Source(context, source, claimant, id, "The claimant");
        }

        var subjects = context.ClaimSubjects.Of(i);
        for (var j = 0; j < subjects.Length; j++)
        {
            var subject = claim.Subjects[j];
            Require(context, subjects[j] >= 0, subject.Kind, subject.Id, new MemberPath(EntityKind.Claim, i, JsonName.Of(ClaimBaseMember.Subjects), j), id, "The subject");
        }

        var attributions = context.ClaimAttributions.Of(i);
        for (var j = 0; j < attributions.Length; j++)
        {
            Attribution(context, attributions[j] >= 0, claim.Attributions[j], new MemberPath(EntityKind.Claim, i, JsonName.Of(ClaimBaseMember.Attributions), j), id);
        }

        switch (claim)
        {
            case CasualtyClaim { Victims: { } victims }:
                Actor(context, victims, new MemberPath(EntityKind.Claim, i, JsonName.Of(CasualtyClaimMember.Victims)), id, "The actor whose members are counted");
                break;
            case TerritorialControlClaim territorial:
                Actor(context, territorial.Controller, new MemberPath(EntityKind.Claim, i, JsonName.Of(TerritorialControlClaimMember.Controller)), id, "The controller");
                for (var j = 0; j < territorial.Places.Length; j++)
                {
                    Location(context, territorial.Places[j], new MemberPath(EntityKind.Claim, i, JsonName.Of(TerritorialControlClaimMember.Places), j), id, "The place");
                }

                break;
            case ResponsibilityClaim responsibility:
                Actor(context, responsibility.Responsible, new MemberPath(EntityKind.Claim, i, JsonName.Of(ResponsibilityClaimMember.Responsible)), id, "The actor held responsible");
                break;
            case OutcomeClaim { Prevailing: { } prevailing }:
                Actor(context, prevailing, new MemberPath(EntityKind.Claim, i, JsonName.Of(OutcomeClaimMember.Prevailing)), id, "The prevailing actor");
                break;
            case MaterielClaim materiel:
                if (materiel.Taker is { } taker)
                {
                    Actor(context, taker, new MemberPath(EntityKind.Claim, i, JsonName.Of(MaterielClaimMember.Taker)), id, "The taker");
                }

                if (materiel.From is { } from)
                {
                    Actor(context, from, new MemberPath(EntityKind.Claim, i, JsonName.Of(MaterielClaimMember.From)), id, "The actor the materiel was taken from");
                }

                break;
        }
    }

    private static void Actor(ReportValidationContext context, ActorId target, MemberPath path, string entityId, string what)
        => Require(context, context.IndexOf(target) >= 0, EntityKind.Actor, target.Value, path, entityId, what);

    private static void Location(ReportValidationContext context, LocationId target, MemberPath path, string entityId, string what)
        => Require(context, context.IndexOf(target) >= 0, EntityKind.Location, target.Value, path, entityId, what);

    private static void Source(ReportValidationContext context, SourceId target, MemberPath path, string entityId, string what)
        => Require(context, context.IndexOf(target) >= 0, EntityKind.Source, target.Value, path, entityId, what);

    private static void Attribution(ReportValidationContext context, bool resolved, AttributionId target, MemberPath path, string entityId)
        => Require(context, resolved, EntityKind.Attribution, target.Value, path, entityId, "The attribution");

    private static void Require(ReportValidationContext context, bool resolved, EntityKind kind, string target, MemberPath path, string entityId, string what)
    {
        if (resolved)
        {
            return;
        }

        var code = kind switch
        {
            EntityKind.Actor => ValidationCodes.UnknownActor,
            EntityKind.Location => ValidationCodes.UnknownLocation,
            EntityKind.Source => ValidationCodes.UnknownSource,
            EntityKind.Engagement => ValidationCodes.UnknownEngagement,
            EntityKind.Claim => ValidationCodes.UnknownClaim,
            _ => ValidationCodes.UnknownAttribution,
        };
        var noun = MessageText.Noun(kind);
        var other = context.OtherKindWithId(target, kind);
        var hint = other is null
            ? $"add the {noun} to the report's {noun}s, or correct the id"
            : $"{other} has this id: refer to {MessageText.Article(kind)} {noun}, or correct the id";
        Report(context, code, path.ToString(), entityId, $"{what} '{target}' is not {MessageText.Article(kind)} {noun} of the report; {hint}.");
    }
}
