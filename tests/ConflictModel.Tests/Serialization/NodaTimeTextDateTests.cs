using System.Text;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// <see cref="NodaTimeText.TryParseDate"/> reads the common yyyy-MM-dd form straight from UTF-8 for
/// speed; it must give the dates NodaTime's ISO pattern gives, and leave every other text to that pattern.
/// </summary>
public sealed class NodaTimeTextDateTests
{
    public static TheoryData<string, LocalDate> CommonDates => new()
    {
        { "2025-07-01", new LocalDate(2025, 7, 1) },
        { "0001-01-01", new LocalDate(1, 1, 1) },
        { "9999-12-31", new LocalDate(9999, 12, 31) },
        { "2024-02-29", new LocalDate(2024, 2, 29) },
    };

    public static TheoryData<string> OtherTexts => new()
    {
        "2023-02-29",
        "2025-04-31",
        "2025-13-01",
        "2025-00-10",
        "2025-01-00",
        "0000-01-01",
        "2025-7-01",
        "2025/07/01",
        " 2025-07-01",
        "2025-07-01T00:00",
        "-2025-07-01",
        "２０２５-07-01",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(CommonDates))]
    public void TryParseDate_CommonForm_ReturnsTheDateNodaTimeReads(string text, LocalDate expected)
    {
        Assert.True(NodaTimeText.TryParseDate(Encoding.UTF8.GetBytes(text), out var date));
        Assert.Equal(expected, date);
        Assert.Equal(expected, NodaTimeText.ParseDate(text));
    }

    [Theory]
    [MemberData(nameof(OtherTexts))]
    public void TryParseDate_OtherText_LeavesItToTheIsoPattern(string text)
        => Assert.False(NodaTimeText.TryParseDate(Encoding.UTF8.GetBytes(text), out _));
}
