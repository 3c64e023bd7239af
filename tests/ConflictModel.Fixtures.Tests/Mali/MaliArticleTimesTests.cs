using System.Linq;
using NodaTime;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The article prints no date: every resolved time is inferred, and keeps the words as printed.</summary>
public sealed class MaliArticleTimesTests
{
    [Fact]
    public void TuesdayMorning_IsFirstJuly2025MorningInferredWithTheWordsKept()
    {
        var time = MaliArticle.Times.TuesdayMorning;

        Assert.Equal(ReportedTimeKind.Date, time.Kind);
        Assert.Equal(new LocalDate(2025, 7, 1), time.Date);
        Assert.Equal(IsoDayOfWeek.Tuesday, time.Date?.DayOfWeek);
        Assert.Equal(PartOfDay.Morning, time.PartOfDay);
        Assert.Equal("Tuesday morning", time.Wording);
        Assert.Equal(TimeBasis.Inferred, time.Basis);
    }

    [Fact]
    public void WesternMaliAttacks_Time_IsTuesdayMorningInferred()
    {
        Assert.Equal(MaliArticle.Times.TuesdayMorning, MaliArticle.Engagements.WesternMaliAttacks.Time);
    }

    [Fact]
    public void Published_IsFirstJuly2025Inferred()
    {
        var published = MaliArticle.Source.Published;

        Assert.NotNull(published);
        Assert.Equal(new LocalDate(2025, 7, 1), published.Date);
        Assert.Equal(TimeBasis.Inferred, published.Basis);
        Assert.Null(published.Wording);
    }

    [Fact]
    public void TimbuktuRaid_Time_IsJune2025InferredFromEarlierThisMonth()
    {
        var time = MaliArticle.Engagements.TimbuktuRaid.Time;

        Assert.NotNull(time);
        Assert.Equal(new YearMonth(2025, 6), time.YearMonth);
        Assert.Equal("earlier this month", time.Wording);
        Assert.Equal(TimeBasis.Inferred, time.Basis);
    }

    [Fact]
    public void LangleyPressConference_StatedAt_IsMay2025Inferred()
    {
        var attribution = MaliArticle.Attributions.LangleyPressConference;

        Assert.NotNull(attribution.StatedAt);
        Assert.Equal(new YearMonth(2025, 5), attribution.StatedAt.YearMonth);
        Assert.Equal("in May", attribution.StatedAt.Wording);
        Assert.Equal(TimeBasis.Inferred, attribution.StatedAt.Basis);
        Assert.Equal(StatementChannel.PressConference, attribution.Channel);
        Assert.Equal(new ActorId("michael-langley"), attribution.Speaker);
    }

    [Fact]
    public void EarlierAssault_Time_IsEarlierThisMonthAsForTheRaid()
    {
        Assert.Same(MaliArticle.Times.EarlierThisMonth, MaliArticle.Engagements.EarlierAssault.Time);
    }

    [Fact]
    public void Recently_IsTheHalfYearBeforeTheArticleInferredWithTheWordKept()
    {
        var recently = MaliArticle.Times.Recently;

        Assert.Equal(new NodaTime.LocalDate(2025, 1, 1), recently.FirstDate);
        Assert.Equal(new NodaTime.LocalDate(2025, 7, 1), recently.LastDate);
        Assert.Equal("recently", recently.Wording);
        Assert.Equal(TimeBasis.Inferred, recently.Basis);
        Assert.Same(recently, MaliArticle.Attributions.AfricomAlarm.StatedAt);
    }

    [Fact]
    public void Report_Times_AreAllInferred()
    {
        var report = MaliArticle.Report;
        var times = report.Engagements.Select(e => e.Time)
            .Concat(report.Attributions.Select(a => a.StatedAt))
            .Append(MaliArticle.Source.Published)
            .OfType<ReportedTime>()
            .ToList();

        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.Equal(TimeBasis.Inferred, t.Basis));
    }
}
