using System;

namespace ConflictModel;

/// <content>The member tables by model type, for the test that holds the reader to the writing contract.</content>
internal static partial class ModelReader
{
    /// <summary>Gets the member table the reader uses for objects of a type written by generated metadata; null for other types.</summary>
    internal static MemberTable? TableOf(Type type)
    {
        (Type Type, MemberTable Table)[] tables =
        [
            (typeof(ConflictReport), ConflictReportMembers),
            (typeof(Source), SourceMembers),
            (typeof(Actor), ActorMembers),
            (typeof(Affiliation), AffiliationMembers),
            (typeof(Location), LocationMembers),
            (typeof(Engagement), EngagementMembers),
            (typeof(Participant), ParticipantMembers),
            (typeof(ActorIdentification), ActorIdentificationMembers),
            (typeof(SourceAttribution), SourceAttributionMembers),
            (typeof(Mention), MentionMembers),
            (typeof(LocalizedName), LocalizedNameMembers),
            (typeof(ExternalId), ExternalIdMembers),
            (typeof(DatasetField), DatasetFieldMembers),
            (typeof(TextSpan), TextSpanMembers),
            (typeof(MaterielItem), MaterielItemMembers),
            (typeof(CasualtyClaim), CasualtyClaimMembers),
            (typeof(TerritorialControlClaim), TerritorialControlClaimMembers),
            (typeof(ResponsibilityClaim), ResponsibilityClaimMembers),
            (typeof(OutcomeClaim), OutcomeClaimMembers),
            (typeof(MaterielClaim), MaterielClaimMembers),
            (typeof(CharacterisationClaim), CharacterisationClaimMembers),
            (typeof(AssessmentClaim), AssessmentClaimMembers),
            (typeof(ExtentClaim), ExtentClaimMembers),
        ];
        return Array.Find(tables, entry => entry.Type == type).Table;
    }
}
