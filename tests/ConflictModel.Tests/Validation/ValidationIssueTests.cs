using System;

namespace ConflictModel.Tests.Validation;

public sealed class ValidationIssueTests
{
    [Fact]
    public void ToString_Issue_ShowsCodeSeverityPathEntityAndMessage()
    {
        var issue = new ValidationIssue("CM0201", ValidationSeverity.Error, "/claims/0/claimant", "c1", "The claimant 'ghost' is not an actor.");

        Assert.Equal("CM0201 error at /claims/0/claimant (c1): The claimant 'ghost' is not an actor.", issue.ToString());
    }

    [Fact]
    public void ToString_WholeReport_SaysSo()
        => Assert.Equal("ACME001 warning at (report): Empty.", new ValidationIssue("ACME001", ValidationSeverity.Warning, "", null, "Empty.").ToString());

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        var left = new ValidationIssue("CM0201", ValidationSeverity.Error, "/a", "x", "m");
        var right = new ValidationIssue("CM0201", ValidationSeverity.Error, "/a", "x", "m");

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, new ValidationIssue("CM0201", ValidationSeverity.Warning, "/a", "x", "m"));
    }

    [Theory]
    [InlineData("1CM", "/a", "m")]
    [InlineData("C", "/a", "m")]
    [InlineData("CM 01", "/a", "m")]
    [InlineData("CM0101", "a", "m")]
    [InlineData("CM0101", "/a~2", "m")]
    [InlineData("CM0101", "/a", " ")]
    public void Constructor_BadArgument_Throws(string code, string path, string message)
        => Assert.Throws<ArgumentException>(() => new ValidationIssue(code, ValidationSeverity.Error, path, null, message));

    [Fact]
    public void Constructor_UndefinedSeverity_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationIssue("CM0101", (ValidationSeverity)0, "/a", null, "m"));

    [Theory]
    [InlineData("ACME001", false)]
    [InlineData("CM0101", true)]
    [InlineData("CMX1", false)]
    [InlineData("CM", false)]
    public void Descriptor_IsBuiltIn_OnlyForCmAndDigits(string code, bool expected)
        => Assert.Equal(expected, new ValidationDescriptor(code, ValidationSeverity.Info, "Title.").IsBuiltIn);
}
