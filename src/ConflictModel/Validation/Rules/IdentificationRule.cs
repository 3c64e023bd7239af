using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// CM0607: a participant identified with an actor on the basis of a claimed responsibility rests on a
/// responsibility claim for that actor about the engagement, or about a campaign the engagement is part of.
/// </summary>
/// <remarks>
/// The identification is what lets an export code "jihadist fighters" as JNIM; if the claim it cites is
/// missing, of another kind, for another actor or about another engagement, the coded actor rests on
/// nothing the report holds. A cited claim that does not exist at all is CM0205's to report, so this
/// rule says nothing then.
/// </remarks>
internal sealed class IdentificationRule : BuiltInRule
{
    public IdentificationRule()
        : base(ValidationCodes.IdentificationWithoutResponsibilityClaim)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var engagements = context.Report.Engagements;
        for (var i = 0; i < engagements.Length; i++)
        {
            var engagement = engagements[i];
            for (var j = 0; j < engagement.Participants.Length; j++)
            {
                if (engagement.Participants[j].Identification is { Basis: IdentificationBasis.ClaimedResponsibility } identification
                    && !RestsOnResponsibilityClaim(context, engagement, identification, out var dangling)
                    && !dangling)
                {
                    var path = new MemberPath(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Participants), j, JsonName.Of(ParticipantMember.Identification)).ToString();
                    var message = identification.Claims.IsEmpty
                        ? $"The participant is identified as '{identification.Actor}' by a claimed responsibility, but the identification cites no claim. Cite the responsibility claim it rests on, or give another basis."
                        : $"The participant is identified as '{identification.Actor}' by a claimed responsibility, but none of the claims it cites is a responsibility claim for '{identification.Actor}' about engagement '{engagement.Id}' or a campaign it is part of. Cite that claim, or give another basis.";
                    Report(context, ValidationCodes.IdentificationWithoutResponsibilityClaim, path, engagement.Id.Value, message);
                }
            }
        }
    }

    private static bool RestsOnResponsibilityClaim(ReportValidationContext context, Engagement engagement, ActorIdentification identification, out bool dangling)
    {
        dangling = false;
        var found = false;
        foreach (var id in identification.Claims)
        {
            if (!context.TryGetClaim(id, out var claim))
            {
                dangling = true;
            }
            else if (claim is ResponsibilityClaim responsibility && responsibility.Responsible == identification.Actor && IsAbout(context, responsibility, engagement))
            {
                found = true;
            }
        }

        return found;
    }

    /// <summary>Whether a claim is about the engagement or one of the campaigns above it (a claim for a campaign covers its events).</summary>
    private static bool IsAbout(ReportValidationContext context, Claim claim, Engagement engagement)
    {
        var seen = new HashSet<EngagementId>();
        for (Engagement? current = engagement; current is not null && seen.Add(current.Id);)
        {
            if (claim.Subjects.Contains(EntityReference.To(current.Id)))
            {
                return true;
            }

            current = current.Campaign is { } campaign && context.TryGetEngagement(campaign, out var parent) ? parent : null;
        }

        return false;
    }
}
