using System;
using System.Linq;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>
/// CM0504 as a table over every pair of kinds of time (inner engagement, outer campaign): a day's
/// slack between an instant (a UTC date) and a local time only ever makes the check more lenient;
/// and no time at the ends of the calendar makes validation throw.
/// </summary>
public sealed class TimeRuleLimitsTests
{
    /// <summary>
    /// Rows: the engagement's time, its campaign's time, and whether CM0504 is reported. Times in
    /// short form: i: instant, z: local date-time in Africa/Bamako (UTC+0), d: date, r: date range,
    /// m: year and month, y: year.
    /// </summary>
    public static TheoryData<string, string, bool> Containment => new()
    {
        // Campaigns of one day (15 July), each of the three kinds.
        { "i:2025-07-15T12:00:00Z", "i:2025-07-15T18:00:00Z", false },
        { "i:2025-07-16T00:30:00Z", "i:2025-07-15T18:00:00Z", true },
        { "i:2025-07-16T00:30:00Z", "z:2025-07-15T18:00:00", false },
        { "i:2025-07-16T00:30:00Z", "d:2025-07-15", false },
        { "i:2025-07-17T12:00:00Z", "z:2025-07-15T18:00:00", true },
        { "i:2025-07-17T12:00:00Z", "d:2025-07-15", true },
        { "z:2025-07-15T10:00:00", "i:2025-07-15T18:00:00Z", false },
        { "z:2025-07-16T10:00:00", "i:2025-07-15T18:00:00Z", false },
        { "z:2025-07-17T10:00:00", "i:2025-07-15T18:00:00Z", true },
        { "z:2025-07-15T10:00:00", "z:2025-07-15T18:00:00", false },
        { "z:2025-07-16T10:00:00", "z:2025-07-15T18:00:00", true },
        { "z:2025-07-15T10:00:00", "d:2025-07-15", false },
        { "z:2025-07-14T10:00:00", "d:2025-07-15", true },
        { "d:2025-07-15", "i:2025-07-15T18:00:00Z", false },
        { "d:2025-07-14", "i:2025-07-15T18:00:00Z", false },
        { "d:2025-07-13", "i:2025-07-15T18:00:00Z", true },
        { "d:2025-07-15", "z:2025-07-15T18:00:00", false },
        { "d:2025-07-16", "z:2025-07-15T18:00:00", true },
        { "d:2025-07-15", "d:2025-07-15", false },
        { "d:2025-07-16", "d:2025-07-15", true },
        { "r:2025-07-15/2025-07-16", "i:2025-07-15T18:00:00Z", false },
        { "r:2025-07-15/2025-07-18", "i:2025-07-15T18:00:00Z", true },
        { "r:2025-07-15/2025-07-16", "z:2025-07-15T18:00:00", true },
        { "r:2025-07-15/2025-07-16", "d:2025-07-15", true },
        { "m:2025-07", "i:2025-07-15T18:00:00Z", true },
        { "m:2025-07", "z:2025-07-15T18:00:00", true },
        { "m:2025-07", "d:2025-07-15", true },
        { "y:2025", "i:2025-07-15T18:00:00Z", true },
        { "y:2025", "z:2025-07-15T18:00:00", true },
        { "y:2025", "d:2025-07-15", true },

        // Campaigns over July 2025 (a range, a month) and over 2025.
        { "i:2025-07-01T12:00:00Z", "r:2025-07-01/2025-07-31", false },
        { "i:2025-07-01T12:00:00Z", "m:2025-07", false },
        { "i:2025-07-01T12:00:00Z", "y:2025", false },
        { "i:2025-06-30T12:00:00Z", "r:2025-07-01/2025-07-31", false },
        { "i:2025-06-30T12:00:00Z", "m:2025-07", false },
        { "i:2025-08-01T12:00:00Z", "m:2025-07", false },
        { "i:2025-06-29T12:00:00Z", "r:2025-07-01/2025-07-31", true },
        { "i:2025-06-29T12:00:00Z", "m:2025-07", true },
        { "i:2025-08-02T12:00:00Z", "m:2025-07", true },
        { "i:2024-12-31T12:00:00Z", "y:2025", false },
        { "i:2024-12-30T12:00:00Z", "y:2025", true },
        { "z:2025-07-01T10:00:00", "r:2025-07-01/2025-07-31", false },
        { "z:2025-07-01T10:00:00", "m:2025-07", false },
        { "z:2025-07-01T10:00:00", "y:2025", false },
        { "z:2025-06-30T10:00:00", "r:2025-07-01/2025-07-31", true },
        { "z:2025-06-30T10:00:00", "m:2025-07", true },
        { "z:2024-12-31T10:00:00", "y:2025", true },
        { "d:2025-07-31", "r:2025-07-01/2025-07-31", false },
        { "d:2025-07-31", "m:2025-07", false },
        { "d:2025-07-31", "y:2025", false },
        { "d:2025-08-01", "r:2025-07-01/2025-07-31", true },
        { "d:2025-08-01", "m:2025-07", true },
        { "d:2026-01-01", "y:2025", true },
        { "r:2025-07-01/2025-07-31", "r:2025-07-01/2025-07-31", false },
        { "r:2025-07-01/2025-07-31", "m:2025-07", false },
        { "r:2025-07-01/2025-07-31", "y:2025", false },
        { "r:2025-06-30/2025-07-31", "r:2025-07-01/2025-07-31", true },
        { "r:2025-06-30/2025-07-31", "m:2025-07", true },
        { "r:2024-12-31/2025-01-31", "y:2025", true },
        { "m:2025-07", "r:2025-07-01/2025-07-31", false },
        { "m:2025-07", "m:2025-07", false },
        { "m:2025-07", "y:2025", false },
        { "m:2025-08", "r:2025-07-01/2025-07-31", true },
        { "m:2025-08", "m:2025-07", true },
        { "m:2026-01", "y:2025", true },
        { "y:2025", "r:2025-07-01/2025-07-31", true },
        { "y:2025", "m:2025-07", true },
        { "y:2025", "y:2025", false },
        { "y:2026", "y:2025", true },
    };

    [Fact]
    public void Containment_TableCoversEveryPairOfKinds()
    {
        var pairs = Containment.Select(row => (((string)row[0])[0], ((string)row[1])[0])).ToHashSet();

        Assert.Equal(36, pairs.Count);
    }

    [Theory]
    [MemberData(nameof(Containment))]
    public void Validate_EngagementTimeAgainstItsCampaign_ReportsOnlyACertainContradiction(string inner, string outer, bool reported)
    {
        var report = ConflictJson.Deserialize(
            $$"""
            {"schemaVersion":"1.0","engagements":[
            {"id":"campaign","type":"battles","scope":"campaign","time":{{Time(outer)}}},
            {"id":"attack","type":"battles","time":{{Time(inner)}},"campaign":"campaign"}]}
            """);

        var issues = report.Validate().Issues.Where(i => i.Code == ValidationCodes.OutsideCampaignTime).ToList();

        Assert.Equal(reported, issues.Count == 1);
        Assert.All(issues, i => Assert.Equal("/engagements/1/time", i.Path));
    }

    [Fact]
    public void Validate_IssueCase_InstantOnTheFirstOfTheMonthLiesWithinTheMonth()
    {
        var report = ConflictJson.Deserialize(
            """
            {"schemaVersion":"1.0","engagements":[
            {"id":"campaign","type":"battles","scope":"campaign","time":{"yearMonth":"2025-07","basis":"stated"}},
            {"id":"attack","type":"battles","time":{"instant":"2025-07-01T12:00:00Z","basis":"stated"},"campaign":"campaign"}]}
            """);

        Assert.DoesNotContain(report.Validate().Issues, i => i.Code == ValidationCodes.OutsideCampaignTime);
    }

    /// <summary>Rows: the time of the source and of the engagement, the time of the statement and of its campaign, and the CM05 codes reported.</summary>
    public static TheoryData<string, string, string> Extremes => new()
    {
        { "i:9999-12-31T23:59:59Z", "d:9999-12-31", "" },
        { "i:-9998-01-01T00:00:00Z", "d:-9998-01-01", "" },
        { "i:-9998-01-01T00:00:00Z", "d:2025-07-01", "CM0502 CM0503 CM0504" },
        { "d:9999-12-31", "i:9999-12-31T23:59:59Z", "" },
        { "y:9999", "i:-9998-01-01T00:00:00Z", "CM0501 CM0504" },
        { "m:9999-12", "i:9999-12-31T23:59:59Z", "CM0504" },
        { "i:9999-12-31T23:59:59Z", "i:-9998-01-01T00:00:00Z", "CM0501 CM0504" },
    };

    /// <summary>A source published at one end of time, a statement and a campaign at either end: validation returns, and reports only what is certain.</summary>
    [Theory]
    [MemberData(nameof(Extremes))]
    public void Validate_TimesAtTheEndsOfTheCalendar_ReturnsWithoutThrowing(string published, string stated, string expected)
    {
        var report = ConflictJson.Deserialize(
            $$"""
            {"schemaVersion":"1.0",
            "sources":[{"id":"s","kind":"newsArticle","published":{{Time(published)}}}],
            "engagements":[{"id":"campaign","type":"battles","scope":"campaign","time":{{Time(stated)}},"attributions":["a"]},
            {"id":"e","type":"battles","time":{{Time(published)}},"campaign":"campaign","attributions":["a"]}],
            "attributions":[{"id":"a","source":"s","quote":{"start":0,"end":1,"exact":"x"},"mode":"ownStatement","channel":"sourceItself","statedAt":{{Time(stated)}}}]}
            """);

        var codes = report.Validate().Issues.Select(i => i.Code).Where(c => c.StartsWith("CM05", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(' ', codes));
    }

    [Fact]
    public void Validate_IssueCase_StatementDateAgainstAPublicationAtTheEndOfTime_DoesNotThrow()
    {
        var report = ConflictJson.Deserialize(
            """
            {"schemaVersion":"1.0",
            "sources":[{"id":"s","kind":"newsArticle","published":{"instant":"9999-12-31T23:59:59Z","basis":"stated"}}],
            "attributions":[{"id":"a","source":"s","quote":{"start":0,"end":1,"exact":"x"},"mode":"ownStatement","channel":"sourceItself","statedAt":{"date":"2025-07-01","basis":"stated"}}]}
            """);

        Assert.DoesNotContain(report.Validate().Issues, i => i.Code.StartsWith("CM05", StringComparison.Ordinal));
    }

    private static string Time(string shortForm)
    {
        var value = shortForm[2..];
        return shortForm[0] switch
        {
            'i' => $$"""{"instant":"{{value}}","basis":"stated"}""",
            'z' => $$"""{"localDateTime":"{{value}}","zone":"Africa/Bamako","basis":"stated"}""",
            'd' => $$"""{"date":"{{value}}","basis":"stated"}""",
            'r' => $$"""{"dateRange":{"start":"{{value[..10]}}","end":"{{value[11..]}}"},"basis":"stated"}""",
            'm' => $$"""{"yearMonth":"{{value}}","basis":"stated"}""",
            _ => $$"""{"year":{{value}},"basis":"stated"}""",
        };
    }
}
