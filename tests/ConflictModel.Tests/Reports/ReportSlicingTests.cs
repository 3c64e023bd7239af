using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace ConflictModel.Tests.Reports;

/// <summary>
/// <see cref="ConflictReport.SplitByEngagement"/>: the same slices as the first, quadratic
/// implementation (<see cref="ReferenceSlicer"/>), complete, self-contained and in the report's
/// order. Its speed is measured by the benchmarks, never timed here.
/// </summary>
public sealed class ReportSlicingTests
{
    [Fact]
    public void SplitByEngagement_LinkedReports_GivesExactlyTheSlicesOfTheReferenceImplementation()
    {
        LinkedReports.Report.Sample(
            report => Assert.Equal(ReferenceSlicer.Split(report).ToList(), report.SplitByEngagement().ToList()),
            iter: 500);
    }

    [Fact]
    public void SplitByEngagement_LinkedReports_SlicesHoldEveryEntityAndMergeBackToTheReport()
    {
        LinkedReports.Report.Sample(
            report =>
            {
                var merged = ConflictReport.Merge(report.SplitByEngagement());

                AssertSameSet(report.Sources, merged.Sources);
                AssertSameSet(report.Actors, merged.Actors);
                AssertSameSet(report.Locations, merged.Locations);
                AssertSameSet(report.Engagements, merged.Engagements);
                AssertSameSet(report.Claims, merged.Claims);
                AssertSameSet(report.Attributions, merged.Attributions);
                AssertSameSet(report.Mentions, merged.Mentions);
            },
            iter: 300);
    }

    [Fact]
    public void SplitByEngagement_LinkedReports_EachSliceResolvesWhatTheReportResolvesInTheReportsOrder()
    {
        LinkedReports.Report.Sample(
            report =>
            {
                var dangling = DanglingReferences(report);
                var slices = report.SplitByEngagement().ToList();
                for (var i = 0; i < slices.Count; i++)
                {
                    var slice = slices[i];
                    Assert.Subset(dangling, DanglingReferences(slice));
                    AssertInOrder(report.Sources, slice.Sources);
                    AssertInOrder(report.Actors, slice.Actors);
                    AssertInOrder(report.Locations, slice.Locations);
                    AssertInOrder(report.Engagements, slice.Engagements);
                    AssertInOrder(report.Claims, slice.Claims);
                    AssertInOrder(report.Attributions, slice.Attributions);
                    AssertInOrder(report.Mentions, slice.Mentions);
                    if (i < report.Engagements.Length)
                    {
                        Assert.Contains(report.Engagements[i], slice.Engagements);
                        Assert.All(
                            report.Claims.Where(c => c.Subjects.Contains(EntityReference.To(report.Engagements[i].Id))),
                            claim => Assert.Contains(claim, slice.Claims));
                    }
                }
            },
            iter: 300);
    }

    [Fact]
    public void SplitByEngagement_CampaignChain_EachSliceHoldsItsWholeChainOfCampaignsAndOnlyItsOwnClaim()
    {
        var report = LinkedReports.CampaignChain(300);

        var slices = report.SplitByEngagement().ToList();

        Assert.Equal(300, slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            Assert.Equal(report.Engagements.Take(i + 1), slices[i].Engagements);
            Assert.Equal([$"c{i}"], slices[i].Claims.Select(c => c.Id.Value));
        }
    }

    [Fact]
    public void SplitByEngagement_EntitiesNoEngagementReaches_GoIntoOneLastSlice()
    {
        var report = ConflictJson.Deserialize(
            """
            {"schemaVersion":"1.0","sources":[{"id":"s","kind":"newsArticle"},{"id":"t","kind":"report"}],
            "actors":[{"id":"a","name":{"text":"A"},"kind":"organisation"}],
            "engagements":[{"id":"e","type":"battles","participants":[{"actor":"a","role":"attacker"}]}],
            "claims":[{"kind":"characterisation","id":"c","claimant":{"source":"t"},"subjects":[{"kind":"source","id":"t"}],"status":"asserted","characterisation":"x"}]}
            """);

        var slices = report.SplitByEngagement().ToList();

        Assert.Equal(2, slices.Count);
        Assert.Equal(["e"], slices[0].Engagements.Select(e => e.Id.Value));
        Assert.Equal(["a"], slices[0].Actors.Select(a => a.Id.Value));
        Assert.Empty(slices[0].Sources);
        Assert.Empty(slices[1].Engagements);
        Assert.Equal(["s", "t"], slices[1].Sources.Select(s => s.Id.Value));
        Assert.Equal(["c"], slices[1].Claims.Select(c => c.Id.Value));
    }

    [Fact]
    public void SplitByEngagement_OfConflictJsonLines_IsTheModelsOperation()
    {
        LinkedReports.Report.Sample(
            report => Assert.Equal(report.SplitByEngagement().ToList(), ConflictJsonLines.SplitByEngagement(report).ToList()),
            iter: 50);
    }

    [Fact]
    public void SplitByEngagementInOrder_LinkedReports_MergeGivesBackTheReportInItsOrder()
    {
        LinkedReports.Report.Sample(
            report =>
            {
                var merged = ConflictReport.Merge(report.SplitByEngagementInOrder());

                Assert.Equal(ConflictJson.Serialize(report), ConflictJson.Serialize(merged));
                Assert.Equal(report.Sources.ToArray(), merged.Sources.ToArray());
                Assert.Equal(report.Actors.ToArray(), merged.Actors.ToArray());
                Assert.Equal(report.Locations.ToArray(), merged.Locations.ToArray());
                Assert.Equal(report.Engagements.ToArray(), merged.Engagements.ToArray());
                Assert.Equal(report.Claims.ToArray(), merged.Claims.ToArray());
                Assert.Equal(report.Attributions.ToArray(), merged.Attributions.ToArray());
                Assert.Equal(report.Mentions.ToArray(), merged.Mentions.ToArray());
            },
            iter: 500);
    }

    [Fact]
    public void SplitByEngagementInOrder_LinkedReports_EachSliceHoldsItsSplitByEngagementSlice_ResolvesWhatTheReportResolves_InTheReportsOrder()
    {
        LinkedReports.Report.Sample(
            report =>
            {
                var dangling = DanglingReferences(report);
                var plain = report.SplitByEngagement().ToList();
                var ordered = report.SplitByEngagementInOrder().ToList();

                // The last slice, of what no engagement reaches, is not needed when earlier slices took it all.
                Assert.InRange(ordered.Count, report.Engagements.Length, plain.Count);
                foreach (var (least, slice) in plain.Zip(ordered).Take(report.Engagements.Length))
                {
                    Assert.Subset(dangling, DanglingReferences(slice));
                    Assert.Subset(slice.Engagements.ToHashSet(), least.Engagements.ToHashSet());
                    Assert.Subset(slice.Claims.ToHashSet(), least.Claims.ToHashSet());
                    Assert.Subset(slice.Mentions.ToHashSet(), least.Mentions.ToHashSet());
                    AssertInOrder(report.Actors, slice.Actors);
                    AssertInOrder(report.Engagements, slice.Engagements);
                    AssertInOrder(report.Claims, slice.Claims);
                    AssertInOrder(report.Mentions, slice.Mentions);
                }
            },
            iter: 300);
    }

    [Fact]
    public void SplitByEngagementInOrder_CampaignListedAfterTheNextEngagement_FirstSliceAlsoTakesThatEngagement()
    {
        var report = ConflictJson.Deserialize(
            """
            {"schemaVersion":"1.0","engagements":[
            {"id":"a","type":"battles","campaign":"c"},{"id":"b","type":"battles"},{"id":"c","type":"battles","scope":"campaign"}]}
            """);

        var plain = report.SplitByEngagement().ToList();
        var ordered = report.SplitByEngagementInOrder().ToList();

        // Merged, the plain slices give a, c, b: the campaign is met in the first slice.
        Assert.Equal(["a", "c", "b"], ConflictReport.Merge(plain).Engagements.Select(e => e.Id.Value));
        Assert.Equal(["a", "b", "c"], ordered[0].Engagements.Select(e => e.Id.Value));
        Assert.Equal(["b"], ordered[1].Engagements.Select(e => e.Id.Value));
        Assert.Equal(["c"], ordered[2].Engagements.Select(e => e.Id.Value));
        Assert.Equal(["a", "b", "c"], ConflictReport.Merge(ordered).Engagements.Select(e => e.Id.Value));
    }

    [Fact]
    public void SplitByEngagementInOrder_ReportInTheOrderItsEngagementsReachIt_GivesTheSlicesOfSplitByEngagement()
    {
        var report = LinkedReports.CampaignChain(50);

        Assert.Equal(report.SplitByEngagement().ToList(), report.SplitByEngagementInOrder().ToList());
    }

    [Fact]
    public void Merge_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ConflictReport.Merge(null!));
        Assert.Throws<ArgumentException>(() => ConflictReport.Merge([ConflictReport.Empty, null!]));
    }

    private static HashSet<string> DanglingReferences(ConflictReport report)
        => report.Validate().Issues.Where(i => i.Code.StartsWith("CM02", StringComparison.Ordinal)).Select(i => $"{i.Code} {i.EntityId} {i.Message}").ToHashSet(StringComparer.Ordinal);

    private static void AssertSameSet<T>(ImmutableArray<T> expected, ImmutableArray<T> actual)
        => Assert.Equal(expected.ToHashSet(), actual.ToHashSet());

    private static void AssertInOrder<T>(ImmutableArray<T> all, ImmutableArray<T> part)
        where T : class
    {
        var position = -1;
        foreach (var item in part)
        {
            var next = -1;
            for (var i = position + 1; i < all.Length; i++)
            {
                if (ReferenceEquals(all[i], item))
                {
                    next = i;
                    break;
                }
            }

            Assert.True(next > position, "A slice's collection is not in the report's order.");
            position = next;
        }
    }
}
