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

    public static Instant ParseInstant(string text) => InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    public static LocalDateTime ParseLocalDateTime(string text) => LocalDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow();

    public static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static YearMonth ParseYearMonth(string text) => YearMonthPattern.Iso.Parse(text).GetValueOrThrow();

    public static DateTimeZone ParseZone(string text)
        => DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) ?? throw new FormatException("The tz database has no zone with this id; ids look like 'Africa/Bamako'.");
}
