using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class AssessmentClaimTests
{
    [Fact]
    public void Constructor_Valid_KeepsTheJudgement()
        => Assert.Equal("deeply troubling", Make(ClaimParts.Default).Assessment);

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    public void Constructor_BlankAssessment_ThrowsArgumentException(string blank)
        => ArgumentAssert.Throws<ArgumentException>("assessment", "must not be empty", () => Make(ClaimParts.Default, blank));

    [Fact]
    public void Constructor_NullAssessment_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("assessment", () => Make(ClaimParts.Default, null!));

    [Fact]
    public void Equals_ComparesSharedAndOwnMembers()
        => ClaimParts.AssertEqualityComplete(
            p => Make(p),
            [],
            ("Assessment", Make(ClaimParts.Default, "deeply troubling ")));

    [Fact]
    public void ToString_QuotesTheJudgement()
        => Assert.Equal("claim-1: assessment by actor:fama: \"deeply troubling\"", Make(ClaimParts.Default).ToString());

    private static AssessmentClaim Make(ClaimParts p, string assessment = "deeply troubling")
        => new AssessmentClaim(p.Id, p.Claimant, p.Subjects, assessment).WithAttributions(p.Attributions).WithStatus(p.Status);
}
