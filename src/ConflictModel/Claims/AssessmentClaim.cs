using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// An authority's judgement of a situation or trend: AFRICOM's commander "deemed the situation in
/// countries like Mali, Nigeria, and the Lake Chad Basin deeply troubling".
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class AssessmentClaim : Claim
{
    /// <summary>Initializes a new assessment claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the assessment.</param>
    /// <param name="subjects">What is assessed (places, actors); at least one.</param>
    /// <param name="assessment">The judgement, as reported.</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> or <paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or the assessment is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public AssessmentClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        string assessment,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
    {
        Assessment = Preconditions.CheckNotBlank(assessment);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Assessment;

    /// <summary>Gets the judgement, as reported.</summary>
    public string Assessment { get; }

    private protected override string DescribeValue() => $"\"{Assessment}\"";

    private protected override bool ValueEquals(Claim other) => other is AssessmentClaim o && string.Equals(Assessment, o.Assessment, StringComparison.Ordinal);

    private protected override int ValueHashCode() => StringComparer.Ordinal.GetHashCode(Assessment);
}
