using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// A claim about how far an engagement reached — how many towns, sites or attacks it spanned —
/// when the places are not all named: "The military actions spanned across seven towns, including
/// Binoli, Kayes, and Sandere". The count keeps its qualifier and words; the named places stay on
/// the engagement.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class ExtentClaim : Claim
{
    /// <summary>Initializes a new extent claim.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">The engagements concerned; at least one.</param>
    /// <param name="extent">How many, and of what ("seven towns").</param>
    /// <param name="attributions">The attributions that carry the claim.</param>
    /// <param name="status">Where the claim stands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimant"/> or <paramref name="extent"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised or there is no subject.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ExtentClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        CountEstimate extent,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted)
        : base(id, claimant, subjects, attributions, status)
    {
        Extent = Preconditions.CheckNotNull(extent);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Extent;

    /// <summary>Gets how many, and of what.</summary>
    public CountEstimate Extent { get; }

    private protected override string DescribeValue() => Extent.ToString();

    private protected override bool ValueEquals(Claim other) => other is ExtentClaim o && Extent == o.Extent;

    private protected override int ValueHashCode() => Extent.GetHashCode();
}
