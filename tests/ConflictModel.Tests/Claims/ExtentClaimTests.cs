using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class ExtentClaimTests
{
    [Fact]
    public void Constructor_Valid_KeepsTheCountAsReported()
    {
        var claim = Make(ClaimParts.Default);

        Assert.Equal(ClaimKind.Extent, claim.Kind);
        Assert.Equal(CountEstimate.Exactly(7).WithCounted("towns").WithWording("seven towns"), claim.Extent);
    }

    [Fact]
    public void Constructor_NullExtent_ThrowsArgumentNullException()
    {
        var p = ClaimParts.Default;

        ArgumentAssert.ThrowsNull("extent", () => new ExtentClaim(p.Id, p.Claimant, p.Subjects, null!));
    }

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [],
            ("Extent", Make(ClaimParts.Default, CountEstimate.Exactly(7).WithCounted("sites").WithWording("seven towns"))));

    [Fact]
    public void ToString_GivesTheCount()
        => Assert.Equal("claim-1: extent by actor:fama: 7 towns", Make(ClaimParts.Default).ToString());

    private static ExtentClaim Make(ClaimParts p, CountEstimate? extent = null)
        => new ExtentClaim(p.Id, p.Claimant, p.Subjects, extent ?? CountEstimate.Exactly(7).WithCounted("towns").WithWording("seven towns")).WithAttributions(p.Attributions).WithStatus(p.Status);
}
