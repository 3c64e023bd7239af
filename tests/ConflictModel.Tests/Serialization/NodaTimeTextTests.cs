using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The core writes NodaTime values with its own small patterns so as not to depend on
/// NodaTime.Serialization.SystemTextJson; these tests show the text is the same as that package writes.
/// </summary>
public sealed class NodaTimeTextTests
{
    // The package's date-interval converter writes its dates through the options, so they need its converters and a resolver.
    private static readonly JsonSerializerOptions CamelCase =
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static TheoryData<LocalDate> Dates => new() { new LocalDate(2025, 7, 1), new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31) };

    public static TheoryData<Instant> Instants => new()
    {
        Instant.FromUtc(2025, 7, 1, 6, 0),
        Instant.FromUtc(2025, 7, 1, 6, 0, 1).PlusNanoseconds(5),
        Instant.FromUtc(1899, 3, 3, 20, 49, 10).PlusNanoseconds(123_456_700),
    };

    public static TheoryData<LocalDateTime> LocalDateTimes => new() { new LocalDateTime(2025, 7, 1, 6, 0), new LocalDateTime(2025, 7, 1, 23, 59, 59).PlusNanoseconds(999_999_999) };

    public static TheoryData<YearMonth> YearMonths => new() { new YearMonth(2025, 5), new YearMonth(33, 12) };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Format_LocalDate_MatchesNodaTimeSerialization(LocalDate value)
        => Assert.Equal(Quoted(NodaTimeText.Format(value)), WithNodaTime(NodaConverters.LocalDateConverter, value));

    [Theory]
    [MemberData(nameof(Dates))]
    public void TryFormatDate_WritesTheSameTextAsTheIsoPattern(LocalDate value)
    {
        var utf8 = new byte[10];

        Assert.True(NodaTimeText.TryFormatDate(value, utf8));
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(value), Encoding.ASCII.GetString(utf8));
    }

    [Fact]
    public void TryFormatDate_LeavesYearsBeforeOneAndOtherCalendarsToThePattern()
    {
        var utf8 = new byte[10];

        Assert.False(NodaTimeText.TryFormatDate(new LocalDate(0, 12, 31), utf8));
        Assert.False(NodaTimeText.TryFormatDate(new LocalDate(2025, 7, 1, CalendarSystem.Julian), utf8));
        Assert.False(NodaTimeText.TryFormatDate(new LocalDate(2025, 7, 1), new byte[9]));
    }

    [Fact]
    public void ReportedTime_BeforeYearOne_IsWrittenThroughThePattern()
    {
        var ours = JsonSerializer.Serialize(ReportedTime.OnDate(new LocalDate(-5, 3, 1)), ContractRules.Compact.GetTypeInfo(typeof(ReportedTime)));

        Assert.Contains("\"date\":\"" + NodaTime.Text.LocalDatePattern.Iso.Format(new LocalDate(-5, 3, 1)) + "\"", ours, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Instants))]
    public void Format_Instant_MatchesNodaTimeSerialization(Instant value)
        => Assert.Equal(Quoted(NodaTimeText.Format(value)), WithNodaTime(NodaConverters.InstantConverter, value));

    [Theory]
    [MemberData(nameof(LocalDateTimes))]
    public void Format_LocalDateTime_MatchesNodaTimeSerialization(LocalDateTime value)
        => Assert.Equal(Quoted(NodaTimeText.Format(value)), WithNodaTime(NodaConverters.LocalDateTimeConverter, value));

    [Theory]
    [MemberData(nameof(YearMonths))]
    public void Format_YearMonth_MatchesNodaTimeSerialization(YearMonth value)
        => Assert.Equal(Quoted(NodaTimeText.Format(value)), WithNodaTime(NodaConverters.YearMonthConverter, value));

    [Fact]
    public void DateRange_MatchesNodaTimeSerializationsDateInterval()
    {
        var interval = new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));
        var time = ReportedTime.Between(interval.Start, interval.End);

        var ours = JsonSerializer.Serialize(time, ContractRules.Compact.GetTypeInfo(typeof(ReportedTime)));

        Assert.StartsWith($$"""{"dateRange":{{WithNodaTime(NodaConverters.DateIntervalConverter, interval)}},""", ours, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Zone_MatchesNodaTimeSerializationsZoneId()
    {
        var zone = DateTimeZoneProviders.Tzdb["Africa/Bamako"];
        var time = ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), zone);

        var ours = JsonSerializer.Serialize(time, ContractRules.Compact.GetTypeInfo(typeof(ReportedTime)));

        Assert.Contains($"\"zone\":{WithNodaTime(NodaConverters.CreateDateTimeZoneConverter(DateTimeZoneProviders.Tzdb), zone)}", ours, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Instants))]
    public void ParseInstant_OfFormat_ReturnsTheValue(Instant value) => Assert.Equal(value, NodaTimeText.ParseInstant(NodaTimeText.Format(value)));

    private static string Quoted(string text) => $"\"{text}\"";

        private static string WithNodaTime<T>(JsonConverter<T> converter, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, value, CamelCase);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
