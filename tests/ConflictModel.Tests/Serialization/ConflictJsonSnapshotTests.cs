using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Tests.Shared;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>The serialized form of representative reports, held in committed snapshots beside this file.</summary>
public sealed class ConflictJsonSnapshotTests
{
    private static readonly ConflictJsonOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Serialize_WesternMaliAttacks_Indented()
    {
        SnapshotAssert.Matches(ConflictJson.Serialize(SampleReports.WesternMaliAttacks, Indented));
    }

    [Fact]
    public void Serialize_WesternMaliAttacks_Compact()
    {
        SnapshotAssert.Matches(ConflictJson.Serialize(SampleReports.WesternMaliAttacks));
    }

    [Fact]
    public void Serialize_EveryFormOfTimeAndEstimate_Indented()
    {
        var subject = EntityReference.To(new EngagementId("e"));
        var claimant = Claimant.BySource(new SourceId("s"));
        CountEstimate[] estimates =
        [
            CountEstimate.Exactly(3), CountEstimate.AtLeast(30), CountEstimate.MoreThan(80), CountEstimate.AtMost(5), CountEstimate.FewerThan(10),
            CountEstimate.Approximately(100), CountEstimate.Between(20, 30), CountEstimate.Unknown, CountEstimate.Undisclosed,
        ];
        ReportedTime[] times =
        [
            ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 30)),
            ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 30), DateTimeZoneProviders.Tzdb["Africa/Bamako"]),
            ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithPartOfDay(PartOfDay.Morning),
            ReportedTime.Between(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)).WithBasis(TimeBasis.Inferred),
            ReportedTime.InMonth(new YearMonth(2025, 5)),
            ReportedTime.InYear(2025),
        ];
        var report = new ConflictReport()
            .WithEngagements([.. System.Linq.Enumerable.Select(times, (time, i) => new Engagement(new EngagementId($"e{i}"), EventType.Battles).WithTime(time))])
            .WithClaims([.. System.Linq.Enumerable.Select(estimates, (estimate, i) => (Claim)new ExtentClaim(new ClaimId($"c{i}"), claimant, [subject], estimate))]);

        SnapshotAssert.Matches(ConflictJson.Serialize(report, Indented));
    }

    [Fact]
    public void Deserialize_OfEachSnapshot_ReturnsTheReport()
    {
        Assert.Equal(SampleReports.WesternMaliAttacks, ConflictJson.Deserialize(ConflictJson.Serialize(SampleReports.WesternMaliAttacks, Indented)));
    }
}
