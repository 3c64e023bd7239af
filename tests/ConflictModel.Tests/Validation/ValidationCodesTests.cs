using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ConflictModel.Tests.Validation;

public sealed partial class ValidationCodesTests
{
    [Fact]
    public void All_MatchesTheDeclaredConstants_OneDescriptorEach()
    {
        var constants = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(c => c, StringComparer.Ordinal)
            .ToList();
        var described = ValidationCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(constants, described);
        Assert.Equal(described.Count, described.Distinct().Count());
        Assert.All(described, code => Assert.Matches("^CM0[1-8][0-9]{2}$", code));
    }

    [Fact]
    public void Docs_ListEveryCodeOnce_WithItsDefaultSeverity_AndNoOther()
    {
        var rows = DocRow().Matches(File.ReadAllText(FindDocs()))
            .Select(m => (Code: m.Groups["code"].Value, Severity: m.Groups["severity"].Value))
            .ToList();

        Assert.Equal(rows.Count, rows.Select(r => r.Code).Distinct().Count());
        var inDocs = rows.ToDictionary(r => r.Code, r => r.Severity);
        var inCode = ValidationCodes.All.ToDictionary(d => d.Code, d => d.DefaultSeverity.ToString().ToLowerInvariant());
        Assert.Empty(inCode.Keys.Except(inDocs.Keys));
        Assert.Empty(inDocs.Keys.Except(inCode.Keys));
        Assert.All(inCode, pair => Assert.Equal(pair.Value, inDocs[pair.Key]));
    }

    [Theory]
    [InlineData("CM0201", ValidationSeverity.Error)]
    [InlineData("CM0405", ValidationSeverity.Info)]
    [InlineData("CM0703", ValidationSeverity.Warning)]
    public void Find_BuiltInCode_ReturnsItsDescriptor(string code, ValidationSeverity severity)
    {
        var descriptor = ValidationCodes.Find(code);

        Assert.NotNull(descriptor);
        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsBuiltIn);
    }

    [Theory]
    [InlineData("CM9999")]
    [InlineData("cm0201")]
    [InlineData(null)]
    public void Find_UnknownCode_ReturnsNull(string? code) => Assert.Null(ValidationCodes.Find(code));

    private static string FindDocs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "validation.md");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("docs/validation.md was not found above the test assembly.");
    }

    // A table row of the codes table: "| CM0101 | error | ...".
    [GeneratedRegex(@"^\|\s*(?<code>CM\d+)\s*\|\s*(?<severity>[a-z]+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex DocRow();
}
