using System;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>The JSON form of each value of the model, compared as exact strings in both directions.</summary>
public sealed class ValueFormatTests
{
    public static TheoryData<string, CountEstimate> Estimates => new()
    {
        { """{"qualifier":"moreThan","value":80,"wording":"more than 80","counted":"militants"}""", CountEstimate.MoreThan(80).WithWording("more than 80").WithCounted("militants") },
        { """{"qualifier":"atLeast","value":30,"counted":"soldiers"}""", CountEstimate.AtLeast(30).WithCounted("soldiers") },
        { """{"qualifier":"between","min":20,"max":30}""", CountEstimate.Between(20, 30) },
        { """{"qualifier":"exact","value":3,"wording":"three army barracks"}""", CountEstimate.Exactly(3).WithWording("three army barracks") },
        { """{"qualifier":"atMost","value":5}""", CountEstimate.AtMost(5) },
        { """{"qualifier":"fewerThan","value":10}""", CountEstimate.FewerThan(10) },
        { """{"qualifier":"approximately","value":100}""", CountEstimate.Approximately(100) },
        { """{"qualifier":"unknown"}""", CountEstimate.Unknown },
        { """{"qualifier":"undisclosed","wording":"remain undisclosed","counted":"military casualties"}""", CountEstimate.Undisclosed.WithWording("remain undisclosed").WithCounted("military casualties") },
    };

    public static TheoryData<string, ReportedTime> Times => new()
    {
        { """{"instant":"2025-07-01T06:00:00Z","basis":"stated"}""", ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0)) },
        { """{"instant":"2025-07-01T06:00:00.5Z","basis":"stated"}""", ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0).PlusNanoseconds(500_000_000)) },
        { """{"localDateTime":"2025-07-01T06:00:00","zone":"Africa/Bamako","basis":"stated"}""", ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), DateTimeZoneProviders.Tzdb["Africa/Bamako"]) },
        { """{"date":"2025-07-01","partOfDay":"morning","wording":"Tuesday morning","basis":"inferred"}""", ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred) },
        { """{"dateRange":{"start":"2025-06-01","end":"2025-06-30"},"wording":"earlier this month","basis":"inferred"}""", ReportedTime.Between(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)).WithWording("earlier this month").WithBasis(TimeBasis.Inferred) },
        { """{"yearMonth":"2025-05","wording":"in May","basis":"stated"}""", ReportedTime.InMonth(new YearMonth(2025, 5)).WithWording("in May") },
        { """{"year":2025,"basis":"stated"}""", ReportedTime.InYear(2025) },
        { """{"year":33,"basis":"stated"}""", ReportedTime.InYear(33) },
    };

    public static TheoryData<string, Claimant> Claimants => new()
    {
        { """{"actor":"jnim"}""", Claimant.ByActor(new ActorId("jnim")) },
        { """{"source":"mali-article"}""", Claimant.BySource(new SourceId("mali-article")) },
    };

    public static TheoryData<string, EntityReference> References => new()
    {
        { """{"kind":"engagement","id":"western-mali-attacks"}""", EntityReference.To(new EngagementId("western-mali-attacks")) },
        { """{"kind":"actor","id":"jnim"}""", EntityReference.To(new ActorId("jnim")) },
        { """{"kind":"location","id":"kayes"}""", EntityReference.To(new LocationId("kayes")) },
        { """{"kind":"source","id":"mali-article"}""", EntityReference.To(new SourceId("mali-article")) },
        { """{"kind":"claim","id":"fama-80"}""", EntityReference.To(new ClaimId("fama-80")) },
    };

    public static TheoryData<string, TextSpan> Spans => new()
    {
        { """{"start":3,"end":7,"exact":"JNIM","prefix":"by ","suffix":"'s"}""", new TextSpan(3, 7, "JNIM", "by ", "'s") },
        { """{"start":0,"end":2,"exact":"a\uD83D\uDE00"}""", new TextSpan(0, 2, "a😀") },
    };

    [Theory]
    [MemberData(nameof(Estimates))]
    public void CountEstimate_IsWrittenAndReadAsTheFormSays(string json, CountEstimate estimate)
        => AssertBothWays(json, estimate, ModelReader.ReadCountEstimate);

    [Theory]
    [MemberData(nameof(Times))]
    public void ReportedTime_IsWrittenAndReadAsTheFormSays(string json, ReportedTime time)
        => AssertBothWays(json, time, ModelReader.ReadReportedTime);

    [Theory]
    [MemberData(nameof(Claimants))]
    public void Claimant_IsWrittenAndReadAsTheFormSays(string json, Claimant claimant)
        => AssertBothWays(json, claimant, ModelReader.ReadClaimant);

    [Theory]
    [MemberData(nameof(References))]
    public void EntityReference_IsWrittenAndReadAsTheFormSays(string json, EntityReference reference)
        => AssertBothWays(json, reference, ModelReader.ReadEntityReference);

    [Theory]
    [MemberData(nameof(Spans))]
    public void TextSpan_IsWrittenWithoutItsLength(string json, TextSpan span)
        => AssertBothWays(json, span, ModelReader.ReadTextSpan);

    [Fact]
    public void GeoPoint_IsWrittenInItsShortestExactForm()
        => AssertBothWays("""{"latitude":14.4469,"longitude":-11.4456}""", new GeoPoint(14.4469, -11.4456), ModelReader.ReadGeoPoint);

    [Fact]
    public void Values_WrittenAsStrings_AreTheirText()
    {
        Assert.Equal("\"B2\"", Write(new AdmiraltyGrade(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue)));
        Assert.Equal("\"fr-ML\"", Write(new LanguageTag("fr-ML")));
        Assert.Equal("\"ML-1\"", Write(new Iso3166Code("ML-1")));
        Assert.Equal("\"jnim\"", Write(new ActorId("jnim")));
        Assert.Equal("\"1.0\"", Write(SchemaVersion.Current));
        Assert.Equal($"\"{new string('a', 64)}\"", Write(new Sha256Digest(new string('a', 64))));
    }

    [Fact]
    public void Claim_IsWrittenWithItsKindFirstThenTheBaseMembersThenItsOwn()
    {
        var claim = new ResponsibilityClaim(
            new ClaimId("jnim-responsible"),
            Claimant.ByActor(new ActorId("jnim")),
            [EntityReference.To(new EngagementId("western-mali-attacks"))],
            new ActorId("jnim"))
            .WithAttributions([new AttributionId("a1")])
            .WithStatus(ClaimStatus.Disputed);

        const string Json = """{"kind":"responsibility","id":"jnim-responsible","claimant":{"actor":"jnim"},"subjects":[{"kind":"engagement","id":"western-mali-attacks"}],"attributions":["a1"],"status":"disputed","responsible":"jnim"}""";
        Assert.Equal(Json, Write<Claim>(claim));
        Assert.Equal(claim, Read(Json, ModelReader.ReadClaim));
    }

    [Fact]
    public void Enumerations_AreWrittenAsCamelCasedNames()
    {
        Assert.Equal("\"externalOrOtherForces\"", Write(ConflictCategory.ExternalOrOtherForces));
        Assert.Equal("\"remoteExplosiveLandmineIed\"", Write(SubEventType.RemoteExplosiveLandmineIed));
        Assert.Equal("\"neutralised\"", Write(CasualtyOutcome.Neutralised));
    }

    private static void AssertBothWays<T>(string json, T value, ItemReader<T> read)
    {
        Assert.Equal(json, Write(value));
        Assert.Equal(value, Read(json, read));
    }

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, ContractRules.Compact.GetTypeInfo(typeof(T)));

    private static T Read<T>(string json, ItemReader<T> read)
    {
        var cursor = new JsonCursor(Encoding.UTF8.GetBytes(json), new ReadSession(ConflictJsonOptions.Default, firstLine: 0));
        cursor.Start();
        var value = read(ref cursor);
        cursor.End();
        return value;
    }
}
