namespace ConflictModel.Tests.Validation;

public sealed class FixtureTests
{
    [Fact]
    public void Validate_ValidFixture_HasNoIssue()
    {
        var result = ValidationFixture.Report.Validate();

        Assert.True(result.Issues.IsEmpty, ValidationAssert.Describe(result));
        Assert.True(result.IsValid);
    }
}
