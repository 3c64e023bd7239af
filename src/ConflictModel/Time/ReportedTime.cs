using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel;

/// <summary>
/// A time as a source reports it: with its own precision (an instant, a local date-time in a
/// named zone, a date, a range of dates, a month or a year), an optional part of the day, the
/// words as reported, and whether the source states it or it was inferred.
/// </summary>
/// <remarks>
/// <para>"Tuesday morning" in an undated article is <c>OnDate(2025-07-01).WithPartOfDay(Morning)
/// .WithWording("Tuesday morning").WithBasis(Inferred)</c>: the date is resolved, the words are
/// kept, and nobody mistakes the resolution for what the source said.</para>
/// <para>ACLED's <c>time_precision</c> and UCDP's <c>date_prec</c> derive from the dates the value
/// covers (<see cref="FirstDate"/> to <see cref="LastDate"/>); see
/// <see cref="ToAcledTimePrecision"/> and <see cref="ToUcdpDatePrecision"/>.</para>
/// <para>Only ISO-calendar values are accepted. This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class ReportedTime : IEquatable<ReportedTime>
{
    private ReportedTime(
        ReportedTimeKind kind,
        Instant? instant,
        LocalDateTime? localDateTime,
        DateTimeZone? zone,
        DateInterval dates,
        YearMonth? yearMonth,
        PartOfDay? partOfDay,
        string? wording,
        TimeBasis basis)
    {
        Kind = kind;
        Instant = instant;
        LocalDateTime = localDateTime;
        Zone = zone;
        Dates = dates;
        YearMonth = yearMonth;
        PartOfDay = partOfDay;
        Wording = wording;
        Basis = basis;
    }

    /// <summary>Gets the form of this time, which says which of the value properties is set.</summary>
    public ReportedTimeKind Kind { get; }

    /// <summary>Gets the instant, for <see cref="ReportedTimeKind.Instant"/>; null otherwise.</summary>
    public Instant? Instant { get; }

    /// <summary>Gets the local date and time, for <see cref="ReportedTimeKind.Local"/>; null otherwise.</summary>
    public LocalDateTime? LocalDateTime { get; }

    /// <summary>Gets the time zone of <see cref="LocalDateTime"/>, for <see cref="ReportedTimeKind.Local"/>; null otherwise.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the date, for <see cref="ReportedTimeKind.Date"/>; null otherwise.</summary>
    public LocalDate? Date => Kind == ReportedTimeKind.Date ? Dates.Start : null;

    /// <summary>Gets the range of dates, for <see cref="ReportedTimeKind.DateRange"/>; null otherwise.</summary>
    public DateInterval? DateRange => Kind == ReportedTimeKind.DateRange ? Dates : null;

    /// <summary>Gets the month, for <see cref="ReportedTimeKind.YearMonth"/>; null otherwise.</summary>
    public YearMonth? YearMonth { get; }

    /// <summary>Gets the year, for <see cref="ReportedTimeKind.Year"/>; null otherwise.</summary>
    public int? Year => Kind == ReportedTimeKind.Year ? Dates.Start.Year : null;

    /// <summary>Gets the part of the day, or null; only a <see cref="ReportedTimeKind.Date"/> can have one.</summary>
    public PartOfDay? PartOfDay { get; }

    /// <summary>Gets the words as reported ("Tuesday morning", "earlier this month"), or null when not recorded.</summary>
    public string? Wording { get; }

    /// <summary>Gets whether the source states this time or it was inferred.</summary>
    public TimeBasis Basis { get; }

    /// <summary>
    /// Gets the first date this time may fall on. For an instant, the date in UTC; for a zoned
    /// date-time, its local date.
    /// </summary>
    public LocalDate FirstDate => Dates.Start;

    /// <summary>Gets the last date this time may fall on (inclusive).</summary>
    public LocalDate LastDate => Dates.End;

    /// <summary>Gets the number of calendar days this time may fall on: 1 for a date or anything more precise.</summary>
    public int DayCount => Dates.Length;

    // Every form is reduced to the inclusive range of dates it may fall on; precision derives from it.
    private DateInterval Dates { get; }

    /// <summary>Creates a time that is an instant on the global time line.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The time, stated by the source (use <see cref="WithBasis"/> to change that).</returns>
    public static ReportedTime At(Instant instant)
    {
        var date = instant.InUtc().Date;
        return new(ReportedTimeKind.Instant, instant, null, null, new DateInterval(date, date), null, null, null, TimeBasis.Stated);
    }

    /// <summary>Creates a time that is a local date and time in a named time zone.</summary>
    /// <param name="localDateTime">The local date and time, in the ISO calendar.</param>
    /// <param name="zone">The zone the local time is in (Mali is <c>Africa/Bamako</c>).</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="localDateTime"/> is not in the ISO calendar.</exception>
    public static ReportedTime AtLocal(LocalDateTime localDateTime, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        CheckIso(localDateTime.Calendar, nameof(localDateTime));
        var date = localDateTime.Date;
        return new(ReportedTimeKind.Local, null, localDateTime, zone, new DateInterval(date, date), null, null, null, TimeBasis.Stated);
    }

    /// <summary>Creates a time that is a calendar date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static ReportedTime OnDate(LocalDate date)
    {
        CheckIso(date.Calendar, nameof(date));
        return new(ReportedTimeKind.Date, null, null, null, new DateInterval(date, date), null, null, null, TimeBasis.Stated);
    }

    /// <summary>Creates a time that is a range of dates, both ends inclusive.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date; equal to or later than <paramref name="start"/>.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is earlier than <paramref name="start"/>, or a date is not in the ISO calendar.</exception>
    public static ReportedTime Between(LocalDate start, LocalDate end)
    {
        CheckIso(start.Calendar, nameof(start));
        CheckIso(end.Calendar, nameof(end));
        Preconditions.CheckArgument(end >= start, nameof(end), "The end must be equal to or later than the start.");
        return new(ReportedTimeKind.DateRange, null, null, null, new DateInterval(start, end), null, null, null, TimeBasis.Stated);
    }

    /// <summary>Creates a time that is a month of a year ("in May 2025").</summary>
    /// <param name="yearMonth">The month, in the ISO calendar.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentException"><paramref name="yearMonth"/> is not in the ISO calendar.</exception>
    public static ReportedTime InMonth(YearMonth yearMonth)
    {
        CheckIso(yearMonth.Calendar, nameof(yearMonth));
        return new(ReportedTimeKind.YearMonth, null, null, null, yearMonth.ToDateInterval(), yearMonth, null, null, TimeBasis.Stated);
    }

    /// <summary>Creates a time that is a year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static ReportedTime InYear(int year)
    {
        Preconditions.CheckArgumentRange(year, 1, 9999);
        return new(ReportedTimeKind.Year, null, null, null, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), null, null, null, TimeBasis.Stated);
    }

    /// <summary>Returns a copy with a part of the day; only a date can carry one.</summary>
    /// <param name="partOfDay">The part of the day, or null to clear it.</param>
    /// <returns>The new time.</returns>
    /// <exception cref="InvalidOperationException">This time is not a <see cref="ReportedTimeKind.Date"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partOfDay"/> is not a defined value.</exception>
    [Pure]
    public ReportedTime WithPartOfDay(PartOfDay? partOfDay) => WithQualifiers(partOfDay, Wording, Basis);

    /// <summary>Returns a copy with the words as reported.</summary>
    /// <param name="wording">The words ("Tuesday morning"), or null to clear them; not blank.</param>
    /// <returns>The new time.</returns>
    /// <exception cref="ArgumentException"><paramref name="wording"/> is empty or white space.</exception>
    [Pure]
    public ReportedTime WithWording(string? wording) => WithQualifiers(PartOfDay, wording, Basis);

    /// <summary>Returns a copy with the given basis.</summary>
    /// <param name="basis">Whether the source states the time or it was inferred.</param>
    /// <returns>The new time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    [Pure]
    public ReportedTime WithBasis(TimeBasis basis) => WithQualifiers(PartOfDay, Wording, basis);

    /// <summary>
    /// Returns a copy with all three qualifiers at once, checked as <see cref="WithPartOfDay"/>,
    /// <see cref="WithWording"/> and <see cref="WithBasis"/> check them; this time itself when they are unchanged.
    /// </summary>
    /// <remarks>A reader sets all three for every time it reads; one object is built instead of three.</remarks>
    [Pure]
    internal ReportedTime WithQualifiers(PartOfDay? partOfDay, string? wording, TimeBasis basis)
    {
        Preconditions.CheckDefined(partOfDay);
        if (partOfDay is not null && Kind != ReportedTimeKind.Date)
        {
            throw new InvalidOperationException($"Only a date can carry a part of the day; this time is a {Kind}.");
        }

        Preconditions.CheckNullOrNotBlank(wording);
        Preconditions.CheckDefined(basis);
        return partOfDay == PartOfDay && string.Equals(wording, Wording, StringComparison.Ordinal) && basis == Basis
            ? this
            : new(Kind, Instant, LocalDateTime, Zone, Dates, YearMonth, partOfDay, wording, basis);
    }

    /// <summary>
    /// Gets ACLED's <c>time_precision</c>: 1 for a single day, 2 for a range within a week, 3 for a
    /// range within a month; null when the time spans more than 31 days (ACLED has no code for it).
    /// </summary>
    /// <returns>The code, or null.</returns>
    public int? ToAcledTimePrecision() => DayCount switch
    {
        1 => 1,
        <= 7 => 2,
        <= 31 => 3,
        _ => null,
    };

    /// <summary>
    /// Gets UCDP GED's <c>date_prec</c>: 1 exact day, 2 within 2–6 days, 3 within a week, 4 within
    /// a month (8–31 days), 5 more than a month but within a year; null beyond a year.
    /// </summary>
    /// <returns>The code, or null.</returns>
    public int? ToUcdpDatePrecision() => DayCount switch
    {
        1 => 1,
        <= 6 => 2,
        7 => 3,
        <= 31 => 4,
        <= 366 => 5,
        _ => null,
    };

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] ReportedTime? other)
        => other is not null
        && Kind == other.Kind
        && Instant == other.Instant
        && LocalDateTime == other.LocalDateTime
        && string.Equals(Zone?.Id, other.Zone?.Id, StringComparison.Ordinal)
        && Dates.Equals(other.Dates)
        && YearMonth == other.YearMonth
        && PartOfDay == other.PartOfDay
        && string.Equals(Wording, other.Wording, StringComparison.Ordinal)
        && Basis == other.Basis;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ReportedTime);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Instant, LocalDateTime, Zone?.Id, Dates, PartOfDay, Wording, Basis);

    /// <summary>Compares two times for equality of every part, wording and basis included.</summary>
    /// <param name="left">The first time.</param>
    /// <param name="right">The second time.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ReportedTime? left, ReportedTime? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two times for inequality.</summary>
    /// <param name="left">The first time.</param>
    /// <param name="right">The second time.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(ReportedTime? left, ReportedTime? right) => !(left == right);

    /// <summary>Returns the time in ISO forms, with its part of day and basis: "2025-07-01 morning (inferred)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var value = Kind switch
        {
            ReportedTimeKind.Instant => InstantPattern.ExtendedIso.Format(Instant!.Value),
            ReportedTimeKind.Local => $"{LocalDateTimePattern.ExtendedIso.Format(LocalDateTime!.Value)} {Zone!.Id}",
            ReportedTimeKind.Date => LocalDatePattern.Iso.Format(Dates.Start),
            ReportedTimeKind.DateRange => $"{LocalDatePattern.Iso.Format(Dates.Start)}/{LocalDatePattern.Iso.Format(Dates.End)}",
            ReportedTimeKind.YearMonth => YearMonthPattern.Iso.Format(YearMonth!.Value),
            _ => Dates.Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        };
        if (PartOfDay is { } part)
        {
            value = $"{value} {part.ToString().ToLowerInvariant()}";
        }

        return Basis == TimeBasis.Inferred ? $"{value} (inferred)" : value;
    }

    private static void CheckIso(CalendarSystem calendar, string paramName)
        => Preconditions.CheckArgument(calendar == CalendarSystem.Iso, paramName, "The value must be in the ISO calendar.");
}
