using System;
using ConflictModel.Tests.Support;
using NodaTime;

namespace ConflictModel.Tests.Time;

public sealed class ReportedTimeTests
{
    private static readonly DateTimeZone Bamako = DateTimeZoneProviders.Tzdb["Africa/Bamako"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    private static readonly LocalDate July1 = new(2025, 7, 1);

    // The values of a ReportedTime that follow from its form and dates.
    private static readonly string[] Computed = [nameof(ReportedTime.FirstDate), nameof(ReportedTime.LastDate), nameof(ReportedTime.DayCount)];

    [Fact]
    public void At_Instant_CoversItsUtcDate()
    {
        var instant = Instant.FromUtc(2025, 6, 30, 23, 30);

        var time = ReportedTime.At(instant);

        Assert.Equal(ReportedTimeKind.Instant, time.Kind);
        Assert.Equal(instant, time.Instant);
        Assert.Null(time.LocalDateTime);
        Assert.Null(time.Zone);
        Assert.Null(time.Date);
        Assert.Null(time.DateRange);
        Assert.Null(time.YearMonth);
        Assert.Null(time.Year);
        Assert.Equal(new LocalDate(2025, 6, 30), time.FirstDate);
        Assert.Equal(new LocalDate(2025, 6, 30), time.LastDate);
        Assert.Equal(1, time.DayCount);
        Assert.Equal(TimeBasis.Stated, time.Basis);
        Assert.Null(time.Wording);
        Assert.Null(time.PartOfDay);
    }

    [Fact]
    public void AtLocal_ZonedDateTime_CoversItsLocalDate()
    {
        // 00:30 in Tokyo on 1 July is still 30 June in UTC: the local date is what the source means.
        var local = new LocalDateTime(2025, 7, 1, 0, 30);

        var time = ReportedTime.AtLocal(local, Tokyo);

        Assert.Equal(ReportedTimeKind.Local, time.Kind);
        Assert.Equal(local, time.LocalDateTime);
        Assert.Same(Tokyo, time.Zone);
        Assert.Null(time.Instant);
        Assert.Null(time.Date);
        Assert.Equal(July1, time.FirstDate);
        Assert.Equal(July1, time.LastDate);
        Assert.Equal(1, time.DayCount);
    }

    [Fact]
    public void OnDate_Date_CoversOneDay()
    {
        var time = ReportedTime.OnDate(July1);

        Assert.Equal(ReportedTimeKind.Date, time.Kind);
        Assert.Equal(July1, time.Date);
        Assert.Null(time.DateRange);
        Assert.Null(time.Year);
        Assert.Equal(July1, time.FirstDate);
        Assert.Equal(July1, time.LastDate);
        Assert.Equal(1, time.DayCount);
    }

    [Fact]
    public void Between_Range_CoversBothEnds()
    {
        var time = ReportedTime.Between(July1, new LocalDate(2025, 7, 7));

        Assert.Equal(ReportedTimeKind.DateRange, time.Kind);
        Assert.Equal(new DateInterval(July1, new LocalDate(2025, 7, 7)), time.DateRange);
        Assert.Null(time.Date);
        Assert.Equal(July1, time.FirstDate);
        Assert.Equal(new LocalDate(2025, 7, 7), time.LastDate);
        Assert.Equal(7, time.DayCount);
    }

    [Fact]
    public void Between_SameDay_IsARangeOfOneDay()
    {
        var time = ReportedTime.Between(July1, July1);

        Assert.Equal(ReportedTimeKind.DateRange, time.Kind);
        Assert.Equal(1, time.DayCount);
        Assert.NotEqual(ReportedTime.OnDate(July1), time);
    }

    [Fact]
    public void Between_EndBeforeStart_ThrowsArgumentException()
        => ArgumentAssert.Throws<ArgumentException>("end", "The end must be equal to or later than the start.", () => ReportedTime.Between(July1, new LocalDate(2025, 6, 30)));

    [Theory]
    [InlineData(2025, 5, 1, 31)]
    [InlineData(2025, 2, 1, 28)]
    [InlineData(2024, 2, 1, 29)]
    [InlineData(2025, 6, 1, 30)]
    public void InMonth_Month_CoversEveryDayOfIt(int year, int month, int firstDay, int days)
    {
        var time = ReportedTime.InMonth(new YearMonth(year, month));

        Assert.Equal(ReportedTimeKind.YearMonth, time.Kind);
        Assert.Equal(new YearMonth(year, month), time.YearMonth);
        Assert.Equal(new LocalDate(year, month, firstDay), time.FirstDate);
        Assert.Equal(new LocalDate(year, month, days), time.LastDate);
        Assert.Equal(days, time.DayCount);
    }

    [Theory]
    [InlineData(2025, 365)]
    [InlineData(2024, 366)]
    [InlineData(1, 365)]
    [InlineData(9999, 365)]
    public void InYear_Year_CoversEveryDayOfIt(int year, int days)
    {
        var time = ReportedTime.InYear(year);

        Assert.Equal(ReportedTimeKind.Year, time.Kind);
        Assert.Equal(year, time.Year);
        Assert.Null(time.YearMonth);
        Assert.Equal(new LocalDate(year, 1, 1), time.FirstDate);
        Assert.Equal(new LocalDate(year, 12, 31), time.LastDate);
        Assert.Equal(days, time.DayCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void InYear_OutOfRange_ThrowsArgumentOutOfRangeException(int year)
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>(nameof(year), "between 1 and 9999 inclusive", () => ReportedTime.InYear(year));

    [Fact]
    public void Factories_NonIsoCalendar_ThrowArgumentException()
    {
        var julian = CalendarSystem.Julian;

        ArgumentAssert.Throws<ArgumentException>("date", "ISO calendar", () => ReportedTime.OnDate(new LocalDate(2025, 6, 18, julian)));
        ArgumentAssert.Throws<ArgumentException>("start", "ISO calendar", () => ReportedTime.Between(new LocalDate(2025, 6, 18, julian), July1));
        ArgumentAssert.Throws<ArgumentException>("end", "ISO calendar", () => ReportedTime.Between(July1, new LocalDate(2025, 6, 30, julian)));
        ArgumentAssert.Throws<ArgumentException>("yearMonth", "ISO calendar", () => ReportedTime.InMonth(new YearMonth(2025, 5, julian)));
        ArgumentAssert.Throws<ArgumentException>("localDateTime", "ISO calendar", () => ReportedTime.AtLocal(new LocalDateTime(2025, 6, 18, 6, 0, julian), Bamako));
    }

    [Fact]
    public void AtLocal_NullZone_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("zone", () => ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), null!));

    [Fact]
    public void WithPartOfDay_OnDate_IsKept()
    {
        var time = ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Morning);

        Assert.Equal(PartOfDay.Morning, time.PartOfDay);
        Assert.Equal(July1, time.Date);
        Assert.Null(time.WithPartOfDay(null).PartOfDay);
    }

    public static TheoryData<ReportedTime> NotDates => new()
    {
        ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0)),
        ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), Bamako),
        ReportedTime.Between(July1, new LocalDate(2025, 7, 2)),
        ReportedTime.InMonth(new YearMonth(2025, 5)),
        ReportedTime.InYear(2025),
    };

    [Theory]
    [MemberData(nameof(NotDates))]
    public void WithPartOfDay_OnAnythingButADate_ThrowsInvalidOperationException(ReportedTime time)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => time.WithPartOfDay(PartOfDay.Morning));

        Assert.StartsWith("Only a date can carry a part of the day", exception.Message, StringComparison.Ordinal);
        Assert.Null(time.WithPartOfDay(null).PartOfDay);
    }

    [Fact]
    public void WithPartOfDay_Undefined_ThrowsArgumentOutOfRangeException()
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("partOfDay", "not a defined PartOfDay", () => ReportedTime.OnDate(July1).WithPartOfDay((PartOfDay)0));

    [Fact]
    public void WithBasis_Undefined_ThrowsArgumentOutOfRangeException()
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("basis", "not a defined TimeBasis", () => ReportedTime.OnDate(July1).WithBasis((TimeBasis)3));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void WithWording_Blank_ThrowsArgumentException(string blank)
        => ArgumentAssert.Throws<ArgumentException>("wording", "must not be empty", () => ReportedTime.OnDate(July1).WithWording(blank));

    [Fact]
    public void TuesdayMorning_ResolvedDateKeepsTheWordsAndIsMarkedInferred()
    {
        var time = ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred);

        Assert.Equal(July1, time.Date);
        Assert.Equal(PartOfDay.Morning, time.PartOfDay);
        Assert.Equal("Tuesday morning", time.Wording);
        Assert.Equal(TimeBasis.Inferred, time.Basis);
        Assert.Equal("2025-07-01 morning (inferred)", time.ToString());
    }

    // Day counts at the edges of the datasets' precision codes, with the codes from their codebooks
    // (reference/datasets.md): ACLED 1 one day, 2 within a week, 3 within a month; UCDP 1 one day,
    // 2 within 2-6 days, 3 a week, 4 within a month, 5 within a year.
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 2, 2)]
    [InlineData(6, 2, 2)]
    [InlineData(7, 2, 3)]
    [InlineData(8, 3, 4)]
    [InlineData(31, 3, 4)]
    [InlineData(32, null, 5)]
    [InlineData(366, null, 5)]
    [InlineData(367, null, null)]
    public void PrecisionCodes_RangeOfDays_FollowTheCodebooks(int days, int? acled, int? ucdp)
    {
        var time = ReportedTime.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1).PlusDays(days - 1));

        Assert.Equal(days, time.DayCount);
        Assert.Equal(acled, time.ToAcledTimePrecision());
        Assert.Equal(ucdp, time.ToUcdpDatePrecision());
    }

    public static TheoryData<ReportedTime, int?, int?> PrecisionByForm => new()
    {
        { ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0)), 1, 1 },
        { ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), Bamako), 1, 1 },
        { ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Morning), 1, 1 },
        { ReportedTime.InMonth(new YearMonth(2025, 5)), 3, 4 },
        { ReportedTime.InMonth(new YearMonth(2025, 2)), 3, 4 },
        { ReportedTime.InYear(2025), null, 5 },
        { ReportedTime.InYear(2024), null, 5 },
    };

    [Theory]
    [MemberData(nameof(PrecisionByForm))]
    public void PrecisionCodes_EachForm_FollowFromTheDaysItCovers(ReportedTime time, int? acled, int? ucdp)
    {
        Assert.Equal(acled, time.ToAcledTimePrecision());
        Assert.Equal(ucdp, time.ToUcdpDatePrecision());
    }

    public static TheoryData<ReportedTime, string> Texts => new()
    {
        { ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0)), "2025-07-01T06:00:00Z" },
        { ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 30), Bamako), "2025-07-01T06:30:00 Africa/Bamako" },
        { ReportedTime.OnDate(July1), "2025-07-01" },
        { ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Evening), "2025-07-01 evening" },
        { ReportedTime.Between(July1, new LocalDate(2025, 7, 7)), "2025-07-01/2025-07-07" },
        { ReportedTime.InMonth(new YearMonth(2025, 6)).WithWording("earlier this month").WithBasis(TimeBasis.Inferred), "2025-06 (inferred)" },
        { ReportedTime.InYear(2025), "2025" },
        { ReportedTime.InYear(33), "0033" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ToString_GivesIsoFormsPartOfDayAndBasis(ReportedTime time, string expected)
        => Assert.Equal(expected, time.ToString());

    [Fact]
    public void Equals_Date_ComparesEveryPart()
        => EqualityAssert.Complete(
            ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred),
            ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred).WithPartOfDay(PartOfDay.Morning),
            derived: [.. Computed, "Kind", "Instant", "LocalDateTime", "Zone", "DateRange", "YearMonth", "Year"],
            ("Date", ReportedTime.OnDate(new LocalDate(2025, 7, 2)).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred)),
            ("PartOfDay", ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Evening).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred)),
            ("PartOfDay absent", ReportedTime.OnDate(July1).WithWording("Tuesday morning").WithBasis(TimeBasis.Inferred)),
            ("Wording", ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday").WithBasis(TimeBasis.Inferred)),
            ("Basis", ReportedTime.OnDate(July1).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning")));

    [Fact]
    public void Equals_Kind_TellsADayFromAOneDayRange()
        => EqualityAssert.Complete(
            ReportedTime.OnDate(July1),
            ReportedTime.OnDate(July1),
            derived: [.. Computed, "Instant", "LocalDateTime", "Zone", "YearMonth", "Year", "PartOfDay", "Wording", "Basis"],
            ("Kind+Date+DateRange", ReportedTime.Between(July1, July1)));

    [Fact]
    public void Equals_Range_ComparesBothEnds()
        => EqualityAssert.Complete(
            ReportedTime.Between(July1, new LocalDate(2025, 7, 7)),
            ReportedTime.Between(July1, new LocalDate(2025, 7, 7)),
            derived: [.. Computed, "Kind", "Instant", "LocalDateTime", "Zone", "Date", "YearMonth", "Year", "PartOfDay", "Wording", "Basis"],
            ("DateRange start", ReportedTime.Between(new LocalDate(2025, 6, 30), new LocalDate(2025, 7, 7))),
            ("DateRange end", ReportedTime.Between(July1, new LocalDate(2025, 7, 8))));

    [Fact]
    public void Equals_InstantAndZoned_CompareTheirValues()
    {
        EqualityAssert.Complete(
            ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0)),
            ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0)),
            derived: [.. Computed, "Kind", "LocalDateTime", "Zone", "Date", "DateRange", "YearMonth", "Year", "PartOfDay", "Wording", "Basis"],
            ("Instant", ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 1))));
        EqualityAssert.Complete(
            ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), Bamako),
            ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), DateTimeZoneProviders.Tzdb["Africa/Bamako"]),
            derived: [.. Computed, "Kind", "Instant", "Date", "DateRange", "YearMonth", "Year", "PartOfDay", "Wording", "Basis"],
            ("LocalDateTime", ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 7, 0), Bamako)),
            ("Zone", ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), DateTimeZoneProviders.Tzdb["Africa/Dakar"])));
    }

    [Fact]
    public void Equals_MonthAndYear_CompareTheirValues()
    {
        EqualityAssert.Complete(
            ReportedTime.InMonth(new YearMonth(2025, 5)),
            ReportedTime.InMonth(new YearMonth(2025, 5)),
            derived: [.. Computed, "Kind", "Instant", "LocalDateTime", "Zone", "Date", "DateRange", "Year", "PartOfDay", "Wording", "Basis"],
            ("YearMonth", ReportedTime.InMonth(new YearMonth(2025, 6))));
        EqualityAssert.Complete(
            ReportedTime.InYear(2025),
            ReportedTime.InYear(2025),
            derived: [.. Computed, "Kind", "Instant", "LocalDateTime", "Zone", "Date", "DateRange", "YearMonth", "PartOfDay", "Wording", "Basis"],
            ("Year", ReportedTime.InYear(2024)));
    }

    [Fact]
    public void Equals_SameDaysInDifferentForms_AreNotEqual()
    {
        Assert.NotEqual(ReportedTime.InMonth(new YearMonth(2025, 5)), ReportedTime.Between(new LocalDate(2025, 5, 1), new LocalDate(2025, 5, 31)));
        Assert.NotEqual(ReportedTime.InYear(2025), ReportedTime.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
        Assert.NotEqual(ReportedTime.At(Instant.FromUtc(2025, 7, 1, 6, 0)), ReportedTime.AtLocal(new LocalDateTime(2025, 7, 1, 6, 0), Bamako));
    }
}
