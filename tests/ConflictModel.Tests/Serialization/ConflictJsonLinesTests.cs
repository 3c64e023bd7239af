using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Tests.Support;
using CsCheck;

namespace ConflictModel.Tests.Serialization;

public sealed class ConflictJsonLinesTests
{
    private const string Line1 = """{"schemaVersion":"1.0","actors":[{"id":"jnim","name":{"text":"JNIM"},"kind":"organisation"}]}""";
    private const string Line2 = """{"schemaVersion":"1.0","locations":[{"id":"kayes","name":{"text":"Kayes"},"kind":"settlement"}]}""";

    [Fact]
    public async Task ReadAsync_OfWriteAsync_ReturnsTheSameReports()
    {
        await ModelGenerators.Report.Array[0, 6].SampleAsync(
            async reports =>
            {
                using var stream = new MemoryStream();
                await ConflictJsonLines.WriteAsync(stream, reports);
                stream.Position = 0;

                Assert.Equal(reports, await ReadAll(stream));
            },
            iter: 200);
    }

    [Fact]
    public async Task WriteAsync_WritesEachReportAsOneCompactLine()
    {
        var reports = new[] { SampleReports.WesternMaliAttacks, ConflictReport.Empty };
        using var stream = new MemoryStream();

        await ConflictJsonLines.WriteAsync(stream, reports);

        var expected = string.Concat(reports.Select(r => ConflictJson.Serialize(r) + "\n"));
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_FromAnAsyncSequence_WritesTheSameAsFromASequence()
    {
        using var fromList = new MemoryStream();
        using var fromAsync = new MemoryStream();

        await ConflictJsonLines.WriteAsync(fromList, [SampleReports.WesternMaliAttacks, ConflictReport.Empty]);
        await ConflictJsonLines.WriteAsync(fromAsync, Async(SampleReports.WesternMaliAttacks, ConflictReport.Empty));

        Assert.Equal(fromList.ToArray(), fromAsync.ToArray());
    }

    [Fact]
    public async Task WriteAsync_IndentedOptions_StillWritesCompactLines()
    {
        using var stream = new MemoryStream();

        await ConflictJsonLines.WriteAsync(stream, [SampleReports.WesternMaliAttacks], new ConflictJsonOptions { WriteIndented = true });

        Assert.Equal(ConflictJson.Serialize(SampleReports.WesternMaliAttacks) + "\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_CancelledTokenByName_Throws()
    {
        using var stream = new MemoryStream();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ConflictJsonLines.WriteAsync(stream, [ConflictReport.Empty], cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ConflictJsonLines.WriteAsync(stream, Async(ConflictReport.Empty), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task WriteAsync_NullReportInTheSequence_Throws()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => ConflictJsonLines.WriteAsync(stream, [ConflictReport.Empty, null!]));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task ReadAsync_EitherLineEnd_ReadsEveryLine(string lineEnd)
    {
        var reports = await ReadAll(Stream(Line1 + lineEnd + Line2 + lineEnd));

        Assert.Equal([ConflictJson.Deserialize(Line1), ConflictJson.Deserialize(Line2)], reports);
    }

    [Fact]
    public async Task ReadAsync_LastLineWithoutLineEnd_IsRead()
    {
        Assert.Equal(2, (await ReadAll(Stream(Line1 + "\n" + Line2))).Count);
    }

    [Fact]
    public async Task ReadAsync_BlankLines_AreSkippedButCounted()
    {
        var bad = Line2.Replace("settlement", "village", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ReadAll(Stream($"\n{Line1}\n   \n\r\n{bad}\n")));

        Assert.Equal(ConflictJsonErrorKind.UnknownEnumValue, error.Kind);
        Assert.Equal(4, error.LineNumber);
        Assert.Equal(bad.IndexOf("\"village\"", StringComparison.Ordinal), error.BytePositionInLine);
        Assert.Equal("$.locations[0].kind", error.Path);
        Assert.Contains("line 5,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_YieldsEachReportBeforeReadingTheNextLine()
    {
        await using var lines = ConflictJsonLines.ReadAsync(Stream(Line1 + "\n{\"schemaVersion\":\n")).GetAsyncEnumerator();

        Assert.True(await lines.MoveNextAsync());
        Assert.Equal(ConflictJson.Deserialize(Line1), lines.Current);
        var error = await Assert.ThrowsAsync<ConflictJsonException>(async () => await lines.MoveNextAsync());
        Assert.Equal(ConflictJsonErrorKind.Malformed, error.Kind);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarkAtTheStart_IsRefusedOnLine1()
    {
        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ReadAll(Stream("\uFEFF" + Line1 + "\n")));

        Assert.Equal(ConflictJsonErrorKind.Malformed, error.Kind);
        Assert.Equal(0, error.LineNumber);
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheLimit_ThrowsLineTooLong()
    {
        var longLine = Line1.Replace("JNIM", new string('x', 2000), StringComparison.Ordinal);
        var options = new ConflictJsonOptions { MaxLineLength = 1024 };

        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ReadAll(Stream(Line2 + "\n" + longLine + "\n" + Line2), options, chunk: 7));

        Assert.Equal(ConflictJsonErrorKind.LineTooLong, error.Kind);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("Line 2 is longer than the limit of 1024 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LinesLongerThanTheReadBuffer_AreRead()
    {
        var source = new Source(new SourceId("long"), SourceKind.Report).WithText(new string('é', 300_000));
        var report = ConflictReport.Empty.WithSources([source]);
        using var stream = new MemoryStream();
        await ConflictJsonLines.WriteAsync(stream, [report, ConflictReport.Empty, report]);

        var read = await ReadAll(new TrickleStream(stream.ToArray(), 50_000));

        Assert.Equal([report, ConflictReport.Empty, report], read);
    }

    [Fact]
    public async Task ReadAsync_OneByteAtATime_ReadsTheSameReports()
    {
        var reports = await ReadAll(Stream(Line1 + "\r\n\n" + Line2 + "\n"), chunk: 1);

        Assert.Equal([ConflictJson.Deserialize(Line1), ConflictJson.Deserialize(Line2)], reports);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in ConflictJsonLines.ReadAsync(Stream(Line1 + "\n"), cancellationToken: cancelled.Token))
            {
            }
        });
    }

    [Fact]
    public void SplitByEngagement_Sample_GivesOneSliceAnEngagementAndTheRest()
    {
        var report = SampleReports.WesternMaliAttacks;

        var slices = ConflictJsonLines.SplitByEngagement(report).ToList();

        Assert.Equal(2, slices.Count);
        Assert.Equal([report.Engagements.Single()], slices[0].Engagements.ToArray());
        Assert.Equal(report.Claims.Where(c => c.Id.Value != "africom-troubling").ToArray(), slices[0].Claims.ToArray());
        Assert.Empty(slices[1].Engagements);
        Assert.Equal(["africom-troubling"], slices[1].Claims.Select(c => c.Id.Value));
        Assert.Equal(["michael-langley", "africom"], slices[1].Actors.Select(a => a.Id.Value));
        Assert.Equal(["mali"], slices[1].Locations.Select(l => l.Id.Value));
        Assert.Equal(["m-africom"], slices[1].Mentions.Select(m => m.Id.Value));
    }

    [Fact]
    public void SplitByEngagement_Sample_EachSliceHoldsWhatItRefersTo()
    {
        foreach (var slice in ConflictJsonLines.SplitByEngagement(SampleReports.WesternMaliAttacks))
        {
            Assert.Empty(UnresolvedReferences(slice));
        }
    }

    [Fact]
    public void SplitByEngagement_ACampaignAndItsEvents_PutsTheCampaignInEachEventsSlice()
    {
        var campaign = new Engagement(new EngagementId("campaign"), EventType.Battles).WithScope(EngagementScope.Campaign);
        var first = new Engagement(new EngagementId("first"), EventType.Battles).WithCampaign(campaign.Id);
        var second = new Engagement(new EngagementId("second"), EventType.Battles).WithCampaign(campaign.Id);

        var slices = ConflictJsonLines.SplitByEngagement(ConflictReport.Empty.WithEngagements([campaign, first, second])).ToList();

        Assert.Equal([[campaign], [campaign, first], [campaign, second]], slices.Select(s => s.Engagements.ToArray()));
    }

    [Fact]
    public void SplitByEngagement_AffiliationStatedByAnAttribution_PutsTheAttributionAndItsSourceInTheSlice()
    {
        var article = new Source(new SourceId("article"), SourceKind.NewsArticle);
        var affiliate = new SourceAttribution(new AttributionId("a-affiliate"), article.Id, TextSpan.Locate("JNIM, an affiliate of al-Qaeda, said", "JNIM, an affiliate of al-Qaeda"), QuoteMode.OwnStatement, StatementChannel.SourceItself);
        var jnim = new Actor(new ActorId("jnim"), new LocalizedName("JNIM"), ActorKind.Organisation).WithAffiliations([new Affiliation(AffiliationKind.AffiliateOf, new ActorId("al-qaeda")).WithAttributions([affiliate.Id])]);
        var alQaeda = new Actor(new ActorId("al-qaeda"), new LocalizedName("al-Qaeda"), ActorKind.Organisation);
        var attack = new Engagement(new EngagementId("attack"), EventType.Battles).WithParticipants([new Participant(jnim.Id, ParticipantRole.Attacker)]);
        var report = ConflictReport.Empty.WithSources([article]).WithActors([jnim, alQaeda]).WithEngagements([attack]).WithAttributions([affiliate]);

        var slices = ConflictJsonLines.SplitByEngagement(report).ToList();

        var slice = Assert.Single(slices);
        Assert.Equal([affiliate], slice.Attributions.ToArray());
        Assert.Equal([article], slice.Sources.ToArray());
        Assert.Equal([jnim, alQaeda], slice.Actors.ToArray());
    }

    [Fact]
    public void Merge_OfSplitByEngagement_HoldsEveryEntityOnce()
    {
        ModelGenerators.Report.Where(HasUniqueIds).Sample(
            report =>
            {
                var merged = ConflictJsonLines.Merge(ConflictJsonLines.SplitByEngagement(report));

                AssertSameEntities(report, merged);
            },
            iter: 300);
    }

    [Fact]
    public async Task Merge_OfLinesWrittenFromSplitByEngagement_HoldsTheSample()
    {
        var report = SampleReports.WesternMaliAttacks;
        using var stream = new MemoryStream();
        await ConflictJsonLines.WriteAsync(stream, ConflictJsonLines.SplitByEngagement(report));
        stream.Position = 0;

        var merged = ConflictJsonLines.Merge(await ReadAll(stream));

        AssertSameEntities(report, merged);
    }

    [Fact]
    public async Task Merge_OfLinesWrittenFromSplitByEngagementInOrder_GivesBackTheSampleByteForByte()
    {
        var report = SampleReports.WesternMaliAttacks;
        using var stream = new MemoryStream();
        await ConflictJsonLines.WriteAsync(stream, report.SplitByEngagementInOrder());
        stream.Position = 0;

        var merged = ConflictJsonLines.Merge(await ReadAll(stream));

        Assert.Equal(ConflictJson.SerializeToUtf8Bytes(report), ConflictJson.SerializeToUtf8Bytes(merged));
    }

    [Fact]
    public void Merge_TwoDifferentEntitiesUnderOneId_Throws()
    {
        var a = ConflictReport.Empty.WithActors([new Actor(new ActorId("x"), new LocalizedName("X"), ActorKind.Person)]);
        var b = ConflictReport.Empty.WithActors([new Actor(new ActorId("x"), new LocalizedName("Y"), ActorKind.Person)]);

        var error = Assert.Throws<ArgumentException>(() => ConflictJsonLines.Merge([a, b]));

        Assert.Contains("two different actors with the id 'x'", error.Message, StringComparison.Ordinal);
    }

    private static bool HasUniqueIds(ConflictReport r)
        => r.Sources.Select(x => x.Id).Distinct().Count() == r.Sources.Length
        && r.Actors.Select(x => x.Id).Distinct().Count() == r.Actors.Length
        && r.Locations.Select(x => x.Id).Distinct().Count() == r.Locations.Length
        && r.Engagements.Select(x => x.Id).Distinct().Count() == r.Engagements.Length
        && r.Claims.Select(x => x.Id).Distinct().Count() == r.Claims.Length
        && r.Attributions.Select(x => x.Id).Distinct().Count() == r.Attributions.Length
        && r.Mentions.Select(x => x.Id).Distinct().Count() == r.Mentions.Length;

    private static void AssertSameEntities(ConflictReport expected, ConflictReport actual)
    {
        Assert.Equal(expected.Sources.ToHashSet(), actual.Sources.ToHashSet());
        Assert.Equal(expected.Actors.ToHashSet(), actual.Actors.ToHashSet());
        Assert.Equal(expected.Locations.ToHashSet(), actual.Locations.ToHashSet());
        Assert.Equal(expected.Engagements.ToHashSet(), actual.Engagements.ToHashSet());
        Assert.Equal(expected.Claims.ToHashSet(), actual.Claims.ToHashSet());
        Assert.Equal(expected.Attributions.ToHashSet(), actual.Attributions.ToHashSet());
        Assert.Equal(expected.Mentions.ToHashSet(), actual.Mentions.ToHashSet());
    }

    /// <summary>The references of a report to entities it does not hold (a test's own check, not report validation).</summary>
    private static List<string> UnresolvedReferences(ConflictReport r)
    {
        var held = new HashSet<string>(
            r.Sources.Select(x => "source:" + x.Id)
                .Concat(r.Actors.Select(x => "actor:" + x.Id))
                .Concat(r.Locations.Select(x => "location:" + x.Id))
                .Concat(r.Engagements.Select(x => "engagement:" + x.Id))
                .Concat(r.Claims.Select(x => "claim:" + x.Id))
                .Concat(r.Attributions.Select(x => "attribution:" + x.Id)));
        var referred = new List<string>();
        foreach (var e in r.Engagements)
        {
            referred.AddRange(e.Locations.Select(x => "location:" + x));
            referred.AddRange(e.Participants.Select(x => "actor:" + x.Actor));
            referred.AddRange(e.Attributions.Select(x => "attribution:" + x));
        }

        foreach (var c in r.Claims)
        {
            referred.AddRange(c.Subjects.Select(x => $"{x.Kind.ToString().ToLowerInvariant()}:{x.Id}"));
            referred.AddRange(c.Attributions.Select(x => "attribution:" + x));
            referred.Add(c.Claimant.Actor is { } actor ? "actor:" + actor : "source:" + c.Claimant.Source);
        }

        referred.AddRange(r.Attributions.Select(a => "source:" + a.Source));
        referred.AddRange(r.Attributions.Where(a => a.Speaker is not null).Select(a => "actor:" + a.Speaker));
        referred.AddRange(r.Actors.SelectMany(a => a.Affiliations).Select(a => "actor:" + a.Target));
        referred.AddRange(r.Actors.SelectMany(a => a.Affiliations).SelectMany(a => a.Attributions).Select(x => "attribution:" + x));
        referred.AddRange(r.Locations.Where(l => l.Parent is not null).Select(l => "location:" + l.Parent));
        referred.AddRange(r.Mentions.Select(m => $"{m.Entity.Kind.ToString().ToLowerInvariant()}:{m.Entity.Id}"));
        referred.AddRange(r.Mentions.Select(m => "source:" + m.Source));
        return referred.Where(x => !held.Contains(x)).ToList();
    }

    private static async Task<List<ConflictReport>> ReadAll(Stream stream, ConflictJsonOptions? options = null, int chunk = int.MaxValue)
    {
        var source = chunk == int.MaxValue ? stream : new TrickleStream(((MemoryStream)stream).ToArray(), chunk);
        var reports = new List<ConflictReport>();
        await foreach (var report in ConflictJsonLines.ReadAsync(source, options))
        {
            reports.Add(report);
        }

        return reports;
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

#pragma warning disable CS1998 // An async sequence without awaits is what the overload takes.
    private static async IAsyncEnumerable<ConflictReport> Async(params ConflictReport[] reports)
#pragma warning restore CS1998
    {
        foreach (var report in reports)
        {
            yield return report;
        }
    }
}
