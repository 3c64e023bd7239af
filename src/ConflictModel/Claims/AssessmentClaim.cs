using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// An authority's judgement of a situation or trend: AFRICOM's commander "deemed the situation in
/// countries like Mali, Nigeria, and the Lake Chad Basin deeply troubling".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class AssessmentClaim : Claim<AssessmentClaim>
{
    /// <summary>Initializes a new assessment claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the assessment.</param>
    /// <param name="subjects">What is assessed (places, actors); at least one.</param>
    /// <param name="assessment">The judgement, as reported.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or a value breaks a rule of the claim.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public AssessmentClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, string assessment)
        : this(id, claimant, subjects, assessment, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new assessment claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal AssessmentClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        string assessment,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
    {
        Assessment = Preconditions.CheckNotBlank(assessment);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Assessment;

    /// <summary>Gets the judgement, as reported.</summary>
    public string Assessment { get; }

    private protected override AssessmentClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Assessment, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue() => $"\"{Assessment}\"";

    private protected override bool ValueEquals(Claim other) => other is AssessmentClaim o && string.Equals(Assessment, o.Assessment, StringComparison.Ordinal);

    private protected override int ValueHashCode() => StringComparer.Ordinal.GetHashCode(Assessment);
}
