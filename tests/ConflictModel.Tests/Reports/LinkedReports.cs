using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace ConflictModel.Tests.Reports;

/// <summary>
/// Reports whose entities refer to each other — the shape slicing and validation work on —
/// written as JSON and read, so that they are reports the reader accepts: engagements in campaign
/// chains, claims about engagements and about other claims, attributions with speakers, actors with
/// affiliations, locations with parents, mentions of every kind of entity, and now and then a
/// reference to an id the report does not hold.
/// </summary>
internal static class LinkedReports
{
    private static readonly string[] Times =
    [
        """{"instant":"2025-07-01T12:00:00Z","basis":"stated"}""",
        """{"instant":"9999-12-31T23:59:59Z","basis":"stated"}""",
        """{"instant":"-9998-01-01T00:00:00Z","basis":"stated"}""",
        """{"localDateTime":"2025-07-01T06:00:00","zone":"Africa/Bamako","basis":"stated"}""",
        """{"date":"2025-07-01","partOfDay":"morning","basis":"inferred"}""",
        """{"date":"9999-12-31","basis":"stated"}""",
        """{"date":"-9998-01-01","basis":"stated"}""",
        """{"dateRange":{"start":"2025-06-01","end":"2025-07-31"},"basis":"stated"}""",
        """{"yearMonth":"2025-07","basis":"stated"}""",
        """{"yearMonth":"9999-12","basis":"stated"}""",
        """{"year":2025,"basis":"stated"}""",
        """{"year":1,"basis":"stated"}""",
    ];

    /// <summary>Gets linked reports as JSON text.</summary>
    public static Gen<string> Json { get; } = Gen.Int.Select(Build);

    /// <summary>Gets linked reports.</summary>
    public static Gen<ConflictReport> Report { get; } = Json.Select(json => ConflictJson.Deserialize(json));

    /// <summary>A report of <paramref name="count"/> engagements, each the campaign of the next.</summary>
    public static ConflictReport CampaignChain(int count)
    {
        var json = new StringBuilder("""{"schemaVersion":"1.0","engagements":[""");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append($$"""{"id":"e{{i}}","type":"battles","scope":"campaign"{{(i > 0 ? $",\"campaign\":\"e{i - 1}\"" : string.Empty)}}}""");
        }

        json.Append("],\"claims\":[");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append($$"""{"kind":"characterisation","id":"c{{i}}","claimant":{"source":"s"},"subjects":[{"kind":"engagement","id":"e{{i}}"}],"status":"asserted","characterisation":"x"}""");
        }

        return ConflictJson.Deserialize(json.Append("]}").ToString());
    }

    private static string Build(int seed)
    {
        var random = new Random(seed);
        var sources = random.Next(1, 4);
        var actors = random.Next(0, 5);
        var locations = random.Next(0, 5);
        var engagements = random.Next(0, 8);
        var claims = random.Next(0, 8);
        var attributions = random.Next(0, 6);
        var mentions = random.Next(0, 6);

        // Mostly ids that exist, sometimes one that does not.
        string Pick(string prefix, int count) => count == 0 || random.Next(12) == 0 ? $"{prefix}-missing" : $"{prefix}{random.Next(count)}";
        string Ids(string prefix, int count, int max) => string.Join(",", Enumerable.Range(0, random.Next(0, max + 1)).Select(_ => $"\"{Pick(prefix, count)}\"").Distinct());
        string PickOther(string prefix, int count, int self)
        {
            var id = Pick(prefix, count);
            return id == $"{prefix}{self}" ? $"{prefix}-missing" : id;
        }

        string Time() => Times[random.Next(Times.Length)];
        string Reference()
        {
            return random.Next(5) switch
            {
                0 => $$"""{"kind":"actor","id":"{{Pick("a", actors)}}"}""",
                1 => $$"""{"kind":"location","id":"{{Pick("l", locations)}}"}""",
                2 => $$"""{"kind":"source","id":"{{Pick("s", sources)}}"}""",
                3 => $$"""{"kind":"claim","id":"{{Pick("c", claims)}}"}""",
                _ => $$"""{"kind":"engagement","id":"{{Pick("e", engagements)}}"}""",
            };
        }

        var json = new StringBuilder("""{"schemaVersion":"1.0","sources":[""");
        json.AppendJoin(",", Enumerable.Range(0, sources).Select(i => $$"""{"id":"s{{i}}","kind":"newsArticle"{{(random.Next(2) == 0 ? $",\"published\":{Time()}" : string.Empty)}}{{(random.Next(3) == 0 ? ",\"text\":\"xyz\"" : string.Empty)}}}"""));
        json.Append("],\"actors\":[");
        json.AppendJoin(",", Enumerable.Range(0, actors).Select(i => $$"""{"id":"a{{i}}","name":{"text":"A{{i}}"},"kind":"organisation"{{(random.Next(2) == 0 ? $",\"affiliations\":[{{\"kind\":\"affiliateOf\",\"target\":\"{PickOther("a", actors, i)}\",\"attributions\":[{Ids("t", attributions, 1)}]}}]" : string.Empty)}}}"""));
        json.Append("],\"locations\":[");
        json.AppendJoin(",", Enumerable.Range(0, locations).Select(i => $$"""{"id":"l{{i}}","name":{"text":"L{{i}}"},"kind":"settlement"{{(i > 0 && random.Next(2) == 0 ? $",\"parent\":\"l{random.Next(i)}\"" : string.Empty)}}}"""));
        json.Append("],\"engagements\":[");
        json.AppendJoin(",", Enumerable.Range(0, engagements).Select(i =>
            $$"""{"id":"e{{i}}","type":"battles","scope":"{{(random.Next(2) == 0 ? "campaign" : "event")}}"{{(random.Next(3) > 0 ? $",\"time\":{Time()}" : string.Empty)}},"locations":[{{Ids("l", locations, 2)}}],"participants":[{{string.Join(",", Enumerable.Range(0, random.Next(3)).Select(_ => Pick("a", actors)).Distinct().Select(a => $"{{\"actor\":\"{a}\",\"role\":\"attacker\"}}"))}}]{{(i > 0 && random.Next(2) == 0 ? $",\"campaign\":\"e{random.Next(i)}\"" : string.Empty)}},"attributions":[{{Ids("t", attributions, 2)}}]}"""));
        json.Append("],\"claims\":[");
        json.AppendJoin(",", Enumerable.Range(0, claims).Select(i =>
            $$"""{"kind":"characterisation","id":"c{{i}}","claimant":{{(random.Next(2) == 0 ? $"{{\"actor\":\"{Pick("a", actors)}\"}}" : $"{{\"source\":\"{Pick("s", sources)}\"}}")}},"subjects":[{{string.Join(",", Enumerable.Range(0, random.Next(1, 3)).Select(_ => Reference()).Distinct())}}],"attributions":[{{Ids("t", attributions, 2)}}],"status":"asserted","characterisation":"x"}"""));
        json.Append("],\"attributions\":[");
        json.AppendJoin(",", Enumerable.Range(0, attributions).Select(i =>
            $$"""{"id":"t{{i}}","source":"{{Pick("s", sources)}}","quote":{"start":0,"end":1,"exact":"x"},"mode":"paraphrase","channel":"television"{{(random.Next(2) == 0 ? $",\"speaker\":\"{Pick("a", actors)}\"" : string.Empty)}}{{(random.Next(2) == 0 ? $",\"statedAt\":{Time()}" : string.Empty)}}}"""));
        json.Append("],\"mentions\":[");
        json.AppendJoin(",", Enumerable.Range(0, mentions).Select(i =>
            $$"""{"id":"m{{i}}","entity":{{Reference()}},"source":"{{Pick("s", sources)}}","span":""" + """{"start":0,"end":1,"exact":"x"}}"""));
        return json.Append("]}").ToString();
    }
}
