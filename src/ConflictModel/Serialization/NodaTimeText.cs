using System;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel;

/// <summary>
/// The ISO text forms of the NodaTime values in the format: the same patterns as
/// NodaTime.Serialization.SystemTextJson uses, so that the output matches it, without depending on it.
/// </summary>
internal static class NodaTimeText
{
    public const string InstantForm = "instant in UTC (yyyy-MM-ddTHH:mm:ss[.fffffffff]Z)";
    public const string LocalDateTimeForm = "local date and time (yyyy-MM-ddTHH:mm:ss[.fffffffff])";
    public const string DateForm = "ISO date (yyyy-MM-dd)";
    public const string YearMonthForm = "ISO year and month (yyyy-MM)";
    public const string ZoneForm = "time zone id of the tz database, such as 'Africa/Bamako'";

    public static string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);

    public static string Format(LocalDateTime value) => LocalDateTimePattern.ExtendedIso.Format(value);

    public static string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);

    public static string Format(YearMonth value) => YearMonthPattern.Iso.Format(value);

    /// <summary>
    /// Writes the common form of an ISO date, yyyy-MM-dd with a year from 1 to 9999, straight as
    /// UTF-8 into 10 bytes, without the pattern engine and its string: the same text as
    /// <see cref="Format(LocalDate)"/>. False for any other date (another calendar, a year before 1),
    /// which <see cref="Format(LocalDate)"/> then writes as always.
    /// </summary>
    public static bool TryFormatDate(LocalDate value, Span<byte> utf8)
    {
        if (utf8.Length < 10 || value.Calendar != CalendarSystem.Iso || value.Year is < 1 or > 9999)
        {
            return false;
        }

        WriteDigits(utf8[..4], value.Year);
        utf8[4] = (byte)'-';
        WriteDigits(utf8.Slice(5, 2), value.Month);
        utf8[7] = (byte)'-';
        WriteDigits(utf8.Slice(8, 2), value.Day);
        return true;
    }

    public static Instant ParseInstant(string text) => InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    public static LocalDateTime ParseLocalDateTime(string text) => LocalDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow();

    public static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    /// <summary>
    /// Reads the common form of an ISO date, yyyy-MM-dd with a year from 1 to 9999, straight from
    /// UTF-8, without the string and the pattern engine's objects; false for anything else, which
    /// <see cref="ParseDate"/> then reads (or refuses) as always. Accepts nothing ParseDate refuses.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-'
            || !TryDigits(utf8[..4], out var year) || !TryDigits(utf8.Slice(5, 2), out var month) || !TryDigits(utf8.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    public static YearMonth ParseYearMonth(string text) => YearMonthPattern.Iso.Parse(text).GetValueOrThrow();

    public static DateTimeZone ParseZone(string text)
        => DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) ?? throw new FormatException("The tz database has no zone with this id; ids look like 'Africa/Bamako'.");

    private static void WriteDigits(Span<byte> utf8, int value)
    {
        for (var i = utf8.Length - 1; i >= 0; i--)
        {
            utf8[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
