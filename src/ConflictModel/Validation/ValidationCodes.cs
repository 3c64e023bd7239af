using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// The codes of the built-in validation rules, declared once here: <c>CM</c>, two digits for the
/// area, two for the rule. <c>docs/validation.md</c> has one row per code with a failing example and
/// the fix.
/// </summary>
/// <remarks>
/// <para>Areas: 01 ids, 02 references, 03 cycles, 04 quotes and text, 05 time, 06 structure,
/// 07 codes, 08 precision. A code keeps its meaning forever; a retired code is never given to
/// another rule.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public static class ValidationCodes
{
    /// <summary>CM0101, error: two entities of the same kind share an id.</summary>
    public const string DuplicateId = "CM0101";

    /// <summary>CM0201, error: an actor id (participant, claimant, speaker, affiliation target, claim subject or actor field, mention) names no actor of the report.</summary>
    public const string UnknownActor = "CM0201";

    /// <summary>CM0202, error: a location id (engagement location, parent, claim place or subject, mention) names no location of the report.</summary>
    public const string UnknownLocation = "CM0202";

    /// <summary>CM0203, error: a source id (attribution, mention, claimant, claim subject) names no source of the report.</summary>
    public const string UnknownSource = "CM0203";

    /// <summary>CM0204, error: an engagement id (campaign, claim subject, mention) names no engagement of the report.</summary>
    public const string UnknownEngagement = "CM0204";

    /// <summary>CM0205, error: a claim id (claim subject, mention) names no claim of the report.</summary>
    public const string UnknownClaim = "CM0205";

    /// <summary>CM0206, error: an attribution id of an engagement, claim or affiliation names no attribution of the report.</summary>
    public const string UnknownAttribution = "CM0206";

    /// <summary>CM0301, error: a chain of location parents comes back to where it started.</summary>
    public const string LocationParentCycle = "CM0301";

    /// <summary>CM0302, error: a chain of actor affiliations (other than alliances) comes back to where it started.</summary>
    public const string AffiliationCycle = "CM0302";

    /// <summary>CM0303, error: a chain of engagement campaigns comes back to where it started.</summary>
    public const string CampaignCycle = "CM0303";

    /// <summary>CM0401, error: a quote or mention span reaches beyond the end of its source's text.</summary>
    public const string SpanOutOfRange = "CM0401";

    /// <summary>CM0402, error: the text of the source at a span's position is not the span's exact text.</summary>
    public const string SpanExactDiffers = "CM0402";

    /// <summary>CM0403, error: the text just before a span is not the span's prefix.</summary>
    public const string SpanPrefixDiffers = "CM0403";

    /// <summary>CM0404, error: the text just after a span is not the span's suffix.</summary>
    public const string SpanSuffixDiffers = "CM0404";

    /// <summary>CM0405, info: a span cannot be checked because its source has no text.</summary>
    public const string SpanNotCheckable = "CM0405";

    /// <summary>CM0406, error: a source's text does not have the SHA-256 digest the source records.</summary>
    public const string TextDigestMismatch = "CM0406";

    /// <summary>CM0407, warning: a mention prints a name that is none of its entity's names, and says nothing of how sure that resolution is.</summary>
    public const string MentionResolutionUnrated = "CM0407";

    /// <summary>CM0501, error: a statement is dated before the event it reports begins.</summary>
    public const string StatementBeforeEvent = "CM0501";

    /// <summary>CM0502, error: a source is dated before an event it reports begins.</summary>
    public const string PublishedBeforeEvent = "CM0502";

    /// <summary>CM0503, warning: a statement is dated after the source that prints it was published.</summary>
    public const string StatementAfterPublication = "CM0503";

    /// <summary>CM0504, error: an engagement's time does not lie within the time of its campaign.</summary>
    public const string OutsideCampaignTime = "CM0504";

    /// <summary>CM0601, error: an engagement has no location.</summary>
    public const string EngagementWithoutLocation = "CM0601";

    /// <summary>CM0602, error: an engagement has no attribution.</summary>
    public const string EngagementWithoutAttribution = "CM0602";

    /// <summary>CM0603, error: a claim has no attribution.</summary>
    public const string ClaimWithoutAttribution = "CM0603";

    /// <summary>CM0604, warning: an engagement's campaign is an engagement whose scope is a single event.</summary>
    public const string CampaignIsNotCampaign = "CM0604";

    /// <summary>CM0605, warning: no engagement, claim or affiliation cites an attribution.</summary>
    public const string AttributionNotCited = "CM0605";

    /// <summary>CM0606, warning: a source claims something in its own voice, but none of the claim's attributions is in that source.</summary>
    public const string SourceClaimantNotAttributed = "CM0606";

    /// <summary>CM0607, error: a participant identified with an actor by a claimed responsibility cites no responsibility claim for that actor about the engagement or its campaign.</summary>
    public const string IdentificationWithoutResponsibilityClaim = "CM0607";

    /// <summary>CM0701, error: a country code, or the country part of a subdivision code, is not an ISO 3166-1 alpha-2 code.</summary>
    public const string UnknownCountryCode = "CM0701";

    /// <summary>CM0702, warning: a country code is in a range ISO 3166-1 leaves to users (AA, QM–QZ, XA–XZ, ZZ), such as XK for Kosovo.</summary>
    public const string UserAssignedCountryCode = "CM0702";

    /// <summary>CM0703, warning: a subdivision code is not among the ISO 3166-2 codes of its country in the embedded table.</summary>
    public const string UnknownSubdivisionCode = "CM0703";

    /// <summary>CM0704, error: a location's ISO code is of the wrong level for its kind (a country with a subdivision code, a division with a country code, a multi-country region with any code).</summary>
    public const string IsoCodeLevelMismatch = "CM0704";

    /// <summary>CM0801, warning: a location has a point but no precision, so nobody can tell how precisely it places events.</summary>
    public const string PointWithoutPrecision = "CM0801";

    /// <summary>CM0802, error: a location's precision is finer than the place itself (a country placed to a settlement), or places it in international waters while it is on land.</summary>
    public const string PrecisionFinerThanPlace = "CM0802";

    /// <summary>CM0803, info: a location's precision is coarser than the place (a town placed only to its country): its point is a fallback.</summary>
    public const string PrecisionCoarserThanPlace = "CM0803";

    /// <summary>Gets the descriptors of every built-in code, in code order.</summary>
    public static ImmutableArray<ValidationDescriptor> All { get; } =
    [
        new(DuplicateId, ValidationSeverity.Error, "Two entities of the same kind share an id."),
        new(UnknownActor, ValidationSeverity.Error, "An actor id names no actor of the report."),
        new(UnknownLocation, ValidationSeverity.Error, "A location id names no location of the report."),
        new(UnknownSource, ValidationSeverity.Error, "A source id names no source of the report."),
        new(UnknownEngagement, ValidationSeverity.Error, "An engagement id names no engagement of the report."),
        new(UnknownClaim, ValidationSeverity.Error, "A claim id names no claim of the report."),
        new(UnknownAttribution, ValidationSeverity.Error, "An attribution id names no attribution of the report."),
        new(LocationParentCycle, ValidationSeverity.Error, "Location parents form a cycle."),
        new(AffiliationCycle, ValidationSeverity.Error, "Actor affiliations form a cycle."),
        new(CampaignCycle, ValidationSeverity.Error, "Engagement campaigns form a cycle."),
        new(SpanOutOfRange, ValidationSeverity.Error, "A span reaches beyond the end of its source's text."),
        new(SpanExactDiffers, ValidationSeverity.Error, "The source's text at a span's position is not the span's exact text."),
        new(SpanPrefixDiffers, ValidationSeverity.Error, "The source's text before a span is not the span's prefix."),
        new(SpanSuffixDiffers, ValidationSeverity.Error, "The source's text after a span is not the span's suffix."),
        new(SpanNotCheckable, ValidationSeverity.Info, "A span cannot be checked: its source has no text."),
        new(TextDigestMismatch, ValidationSeverity.Error, "A source's text does not match its SHA-256 digest."),
        new(MentionResolutionUnrated, ValidationSeverity.Warning, "A mention resolves a name that differs from the entity's names without a confidence."),
        new(StatementBeforeEvent, ValidationSeverity.Error, "A statement is dated before the event it reports."),
        new(PublishedBeforeEvent, ValidationSeverity.Error, "A source is dated before an event it reports."),
        new(StatementAfterPublication, ValidationSeverity.Warning, "A statement is dated after its source was published."),
        new(OutsideCampaignTime, ValidationSeverity.Error, "An engagement's time lies outside its campaign's time."),
        new(EngagementWithoutLocation, ValidationSeverity.Error, "An engagement has no location."),
        new(EngagementWithoutAttribution, ValidationSeverity.Error, "An engagement has no attribution."),
        new(ClaimWithoutAttribution, ValidationSeverity.Error, "A claim has no attribution."),
        new(CampaignIsNotCampaign, ValidationSeverity.Warning, "An engagement's campaign is a single event."),
        new(AttributionNotCited, ValidationSeverity.Warning, "No engagement, claim or affiliation cites an attribution."),
        new(SourceClaimantNotAttributed, ValidationSeverity.Warning, "A claim made by a source has no attribution in that source."),
        new(IdentificationWithoutResponsibilityClaim, ValidationSeverity.Error, "A participant identified by a claimed responsibility rests on no responsibility claim for that actor about the engagement."),
        new(UnknownCountryCode, ValidationSeverity.Error, "A country code is not an ISO 3166-1 alpha-2 code."),
        new(UserAssignedCountryCode, ValidationSeverity.Warning, "A country code is user-assigned, not an ISO 3166-1 code."),
        new(UnknownSubdivisionCode, ValidationSeverity.Warning, "A subdivision code is not in the embedded ISO 3166-2 table."),
        new(IsoCodeLevelMismatch, ValidationSeverity.Error, "A location's ISO code is of the wrong level for its kind."),
        new(PointWithoutPrecision, ValidationSeverity.Warning, "A location has a point but no precision."),
        new(PrecisionFinerThanPlace, ValidationSeverity.Error, "A location's precision is finer than the place itself."),
        new(PrecisionCoarserThanPlace, ValidationSeverity.Info, "A location's precision is coarser than the place itself."),
    ];

    private static FrozenDictionary<string, ValidationDescriptor> ByCode { get; } = All.ToFrozenDictionary(d => d.Code, System.StringComparer.Ordinal);

    /// <summary>Finds the descriptor of a built-in code.</summary>
    /// <param name="code">The code, such as <c>CM0201</c>.</param>
    /// <returns>The descriptor, or null when no built-in rule has that code.</returns>
    public static ValidationDescriptor? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var d) ? d : null;

    internal static ValidationDescriptor Get(string code) => ByCode[code];

    internal static ImmutableArray<ValidationDescriptor> Select(params string[] codes) => codes.Select(Get).ToImmutableArray();
}
