using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictModel.Tests.Reports;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Tests.Validation.Rules;
using CsCheck;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// Every issue's <see cref="ValidationIssue.Path"/> is a JSON Pointer that resolves, in the JSON
/// the report serializes to, to an element — the member at fault, or the nearest element that is
/// written when the member is not (an empty collection or a missing value is omitted).
/// </summary>
public sealed class IssuePointerTests
{
    private static readonly string[] Sections = ["sources", "actors", "locations", "engagements", "claims", "attributions", "mentions"];

    // Spans against the sources' text "xyz" (or no text): beyond its end, a wrong exact text, a wrong prefix and suffix.
    private static readonly string[] BadSpans =
    [
        """{"start":2,"end":6,"exact":"abcd"}""",
        """{"start":0,"end":2,"exact":"qq"}""",
        """{"start":1,"end":2,"exact":"y","prefix":"q","suffix":"w"}""",
        """{"start":1,"end":2,"exact":"y","prefix":"x","suffix":"w"}""",
    ];

    /// <summary>Gets linked reports with one more defect written into their JSON: a duplicated element (a duplicate id), broken spans, or cycles of parents and campaigns.</summary>
    private static Gen<string> DefectiveJson { get; } =
        from json in LinkedReports.Json
        from section in Gen.OneOf(Sections)
        from pick in Gen.Int[0, 1000]
        from defect in Gen.Int[0, 3]
        from span in Gen.OneOf(BadSpans)
        select AddDefect(json, section, pick, defect, span);

    [Fact]
    public void Path_LinkedReportWithDefects_ResolvesInTheSerializedReport()
    {
        var codes = new ConcurrentDictionary<string, bool>();
        DefectiveJson.Sample(json => AssertPathsResolve(ConflictJson.Deserialize(json), codes), iter: 2000);

        // The reports must give the rules work: references, duplicates, cycles, spans, times and structure.
        string[] expected =
        [
            ValidationCodes.DuplicateId, ValidationCodes.UnknownActor, ValidationCodes.UnknownLocation, ValidationCodes.UnknownSource,
            ValidationCodes.UnknownEngagement, ValidationCodes.UnknownClaim, ValidationCodes.UnknownAttribution,
            ValidationCodes.LocationParentCycle, ValidationCodes.AffiliationCycle, ValidationCodes.CampaignCycle,
            ValidationCodes.SpanOutOfRange, ValidationCodes.SpanExactDiffers, ValidationCodes.SpanPrefixDiffers, ValidationCodes.SpanSuffixDiffers,
            ValidationCodes.StatementBeforeEvent, ValidationCodes.PublishedBeforeEvent, ValidationCodes.StatementAfterPublication, ValidationCodes.OutsideCampaignTime,
            ValidationCodes.EngagementWithoutLocation, ValidationCodes.EngagementWithoutAttribution, ValidationCodes.ClaimWithoutAttribution,
            ValidationCodes.CampaignIsNotCampaign, ValidationCodes.AttributionNotCited, ValidationCodes.SourceClaimantNotAttributed,
        ];
        Assert.Empty(expected.Except(codes.Keys));
    }

    [Fact]
    public void Path_GeneratedReport_ResolvesInTheSerializedReport()
    {
        var codes = new ConcurrentDictionary<string, bool>();
        ModelGenerators.Report.Sample(report => AssertPathsResolve(report, codes), iter: 1000);

        Assert.NotEmpty(codes);
    }

    [Theory]
    [MemberData(nameof(BuiltInRuleTests.FiringCases), MemberType = typeof(BuiltInRuleTests))]
    public void Path_BrokenFixture_ResolvesInTheSerializedReport(Fires @case)
    {
        var codes = new ConcurrentDictionary<string, bool>();
        AssertPathsResolve(@case.Report(), codes);

        Assert.Contains(@case.Code, codes.Keys);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("/a", true)]
    [InlineData("/a/1/b~1c", true)]
    [InlineData("/a/1/m~0n", true)]
    [InlineData("/a/2", false)]
    [InlineData("/a/01", false)]
    [InlineData("/a/-", false)]
    [InlineData("/b", false)]
    [InlineData("/a/0/x", false)]
    public void TryResolve_Pointer_FollowsRfc6901(string path, bool expected)
    {
        using var document = JsonDocument.Parse("""{"a":[1,{"b/c":2,"m~n":3}]}""");

        Assert.Equal(expected, TryResolve(document.RootElement, path));
    }

    private static void AssertPathsResolve(ConflictReport report, ConcurrentDictionary<string, bool> codes)
    {
        var json = ConflictJson.Serialize(report);
        using var document = JsonDocument.Parse(json);
        var unresolved = report.Validate().Issues
            .Select(issue => (issue, resolves: TryResolve(document.RootElement, issue.Path)))
            .Where(pair =>
            {
                codes[pair.issue.Code] = true;
                return !pair.resolves;
            })
            .Select(pair => $"{pair.issue.Code} at '{pair.issue.Path}': {pair.issue.Message}")
            .ToList();

        Assert.True(unresolved.Count == 0, $"Pointers that do not resolve in {json}:\n{string.Join("\n", unresolved)}");
    }

    /// <summary>Resolves a JSON Pointer (RFC 6901) by hand, token by token: a member of an object, or an index (no leading zero) of an array.</summary>
    private static bool TryResolve(JsonElement root, string path)
    {
        if (path.Length == 0)
        {
            return true;
        }

        if (path[0] != '/')
        {
            return false;
        }

        var element = root;
        foreach (var raw in path[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            switch (element.ValueKind)
            {
                case JsonValueKind.Object when element.TryGetProperty(token, out var member):
                    element = member;
                    break;
                case JsonValueKind.Array
                    when token.All(char.IsAsciiDigit) && token.Length > 0 && (token.Length == 1 || token[0] != '0')
                        && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                        && index < element.GetArrayLength():
                    element = element[index];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static string AddDefect(string json, string section, int pick, int defect, string span)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        if (defect == 2)
        {
            foreach (var (name, member) in new[] { ("attributions", "quote"), ("mentions", "span") })
            {
                foreach (var element in root[name]?.AsArray() ?? [])
                {
                    element![member] = JsonNode.Parse(span);
                }
            }

            return root.ToJsonString();
        }

        if (defect == 3)
        {
            // Each location's parent and each engagement's campaign is the next one: a cycle through all of them (the model refuses a cycle of one).
            foreach (var (name, member) in new[] { ("locations", "parent"), ("engagements", "campaign") })
            {
                var elements = root[name]?.AsArray() ?? [];
                for (var i = 0; i < elements.Count && elements.Count > 1; i++)
                {
                    elements[i]![member] = elements[(i + 1) % elements.Count]!["id"]!.GetValue<string>();
                }
            }

            return root.ToJsonString();
        }

        if (root[section] is JsonArray { Count: > 0 } items)
        {
            // A copy of an element: the later of the two has a duplicate id (first or last, so that both orders occur).
            var copy = items[pick % items.Count]!.DeepClone();
            if (defect == 0)
            {
                items.Add(copy);
            }
            else
            {
                items.Insert(0, copy);
            }
        }

        return root.ToJsonString();
    }
}
