using System;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A claim about how far an engagement reached — how many towns, sites or attacks it spanned —
/// when the places are not all named: "The military actions spanned across seven towns, including
/// Binoli, Kayes, and Sandere". The count keeps its qualifier and words; the named places stay on
/// the engagement.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class ExtentClaim : Claim<ExtentClaim>
{
    /// <summary>Initializes a new extent claim, asserted and with no attributions yet; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's claims.</param>
    /// <param name="claimant">Who makes the claim.</param>
    /// <param name="subjects">The engagements concerned; at least one.</param>
    /// <param name="extent">How many, and of what ("seven towns").</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised, there is no subject, or a value breaks a rule of the claim.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public ExtentClaim(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, CountEstimate extent)
        : this(id, claimant, subjects, extent, [], ClaimStatus.Asserted, [], [])
    {
    }

    /// <summary>Initializes a new extent claim from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here.</remarks>
    [JsonConstructor]
    internal ExtentClaim(
        ClaimId id,
        Claimant claimant,
        ImmutableArray<EntityReference> subjects,
        CountEstimate extent,
        ImmutableArray<AttributionId> attributions = default,
        ClaimStatus status = ClaimStatus.Asserted,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
        : base(id, claimant, subjects, attributions, status, externalIds, datasetFields)
    {
        Extent = Preconditions.CheckNotNull(extent);
    }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Extent;

    /// <summary>Gets how many, and of what.</summary>
    public CountEstimate Extent { get; }

    private protected override ExtentClaim Rebuild(ClaimId id, Claimant claimant, ImmutableArray<EntityReference> subjects, ImmutableArray<AttributionId> attributions, ClaimStatus status, ImmutableArray<ExternalId> externalIds, ImmutableArray<DatasetField> datasetFields)
        => new(id, claimant, subjects, Extent, attributions, status, externalIds, datasetFields);

    private protected override string DescribeValue() => Extent.ToString();

    private protected override bool ValueEquals(Claim other) => other is ExtentClaim o && Extent == o.Extent;

    private protected override int ValueHashCode() => Extent.GetHashCode();
}
