using System.Linq;

namespace ConflictModel.Tests.Validation;

internal static class ValidationAssert
{
    /// <summary>Asserts that the result holds an issue of the code at the path, with the severity and entity id.</summary>
    public static ValidationIssue HasIssue(ValidationResult result, string code, ValidationSeverity severity, string path, string? entityId)
    {
        var atPath = result.Issues.Where(i => i.Code == code && i.Path == path).ToList();
        Assert.True(atPath.Count == 1, $"Expected one {code} at '{path}'; found: {Describe(result)}");
        var issue = atPath[0];
        Assert.Equal(severity, issue.Severity);
        Assert.Equal(entityId, issue.EntityId);
        return issue;
    }

    public static void HasNoIssue(ValidationResult result, string code)
        => Assert.False(result.Issues.Any(i => i.Code == code), $"Expected no {code}; found: {Describe(result)}");

    public static string Describe(ValidationResult result)
        => result.Issues.IsEmpty ? "no issue" : string.Join(" | ", result.Issues.Select(i => i.ToString()));
}
