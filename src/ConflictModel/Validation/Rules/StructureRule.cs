using System;

namespace ConflictModel;

/// <summary>
/// CM0601–CM0606: an engagement has a location and an attribution, a claim has an attribution, a
/// campaign is a campaign, every attribution is cited (by an engagement, a claim or an affiliation),
/// and a source claiming in its own voice is the source of one of the claim's attributions.
/// </summary>
internal sealed class StructureRule : BuiltInRule
{
    public StructureRule()
        : base(
            ValidationCodes.EngagementWithoutLocation,
            ValidationCodes.EngagementWithoutAttribution,
            ValidationCodes.ClaimWithoutAttribution,
            ValidationCodes.CampaignIsNotCampaign,
            ValidationCodes.AttributionNotCited,
            ValidationCodes.SourceClaimantNotAttributed)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var report = context.Report;
        var cited = new bool[report.Attributions.Length];
        foreach (var actor in report.Actors)
        {
            foreach (var affiliation in actor.Affiliations)
            {
                foreach (var attribution in affiliation.Attributions)
                {
                    var index = context.IndexOf(attribution);
                    if (index >= 0)
                    {
                        cited[index] = true;
                    }
                }
            }
        }

        for (var i = 0; i < report.Engagements.Length; i++)
        {
            var engagement = report.Engagements[i];
            var id = engagement.Id.Value;
            if (engagement.Locations.IsEmpty)
            {
                Report(context, ValidationCodes.EngagementWithoutLocation, ReportValidationContext.ElementPath(EntityKind.Engagement, i), id, "The engagement has no location. Give it at least one: the most precise place the sources allow, even a whole country or region.");
            }

            if (engagement.Attributions.IsEmpty)
            {
                Report(context, ValidationCodes.EngagementWithoutAttribution, ReportValidationContext.ElementPath(EntityKind.Engagement, i), id, "The engagement has no attribution, so nothing says who reports it. Cite at least one attribution pointing at the words of a source that reports it.");
            }

            if (engagement.Campaign is { } campaignId && context.EngagementCampaigns[i] is var campaign and >= 0 && report.Engagements[campaign].Scope != EngagementScope.Campaign)
            {
                Report(context, ValidationCodes.CampaignIsNotCampaign, PathOf(EntityKind.Engagement, i, JsonName.Of(EngagementMember.Campaign)), id, $"The engagement's campaign '{campaignId}' has the scope of a single event. Give '{campaignId}' the campaign scope, or remove the link if it is not a campaign.");
            }

            MarkCited(cited, context.EngagementAttributions.Of(i));
        }

        for (var i = 0; i < report.Claims.Length; i++)
        {
            var claim = report.Claims[i];
            if (claim.Attributions.IsEmpty)
            {
                Report(context, ValidationCodes.ClaimWithoutAttribution, ReportValidationContext.ElementPath(EntityKind.Claim, i), claim.Id.Value, "The claim has no attribution, so nothing shows where it is made. Cite at least one attribution pointing at the words of a source that carry it.");
            }
            else if (claim.Claimant.Source is { } source && context.IndexOf(source) >= 0 && !AnyIn(context, context.ClaimAttributions.Of(i), source))
            {
                Report(context, ValidationCodes.SourceClaimantNotAttributed, PathOf(EntityKind.Claim, i, JsonName.Of(ClaimBaseMember.Claimant)), claim.Id.Value, $"The claim is made by source '{source}' in its own voice, but none of its attributions is in that source. Cite the span of '{source}' that makes the claim, or name the actor who makes it as the claimant.");
            }

            MarkCited(cited, context.ClaimAttributions.Of(i));
        }

        for (var i = 0; i < cited.Length; i++)
        {
            if (!cited[i])
            {
                Report(context, ValidationCodes.AttributionNotCited, ReportValidationContext.ElementPath(EntityKind.Attribution, i), report.Attributions[i].Id.Value, "No engagement, claim or affiliation cites this attribution, so it supports nothing. Add its id to the attributions of the engagement, claim or affiliation it supports, or remove it.");
            }
        }
    }

    private static void MarkCited(bool[] cited, ReadOnlySpan<int> attributions)
    {
        foreach (var index in attributions)
        {
            if (index >= 0)
            {
                cited[index] = true;
            }
        }
    }

    private static bool AnyIn(ReportValidationContext context, ReadOnlySpan<int> attributions, SourceId source)
    {
        var resolved = false;
        foreach (var index in attributions)
        {
            if (index >= 0)
            {
                resolved = true;
                if (context.Report.Attributions[index].Source == source)
                {
                    return true;
                }
            }
        }

        return !resolved;
    }
}
