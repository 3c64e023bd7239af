namespace ConflictModel;

/// <summary>The form of a <see cref="ReportedTime"/>, from the most to the least precise.</summary>
public enum ReportedTimeKind
{
    /// <summary>A point on the global time line (<see cref="NodaTime.Instant"/>).</summary>
    Instant = 1,

    /// <summary>
    /// A local date and time in a named time zone ("06:00 in Bamako"), as <see cref="ReportedTime.AtLocal"/> makes it:
    /// kept local, never resolved to an offset, so that a later change of the zone's rules does not move it.
    /// </summary>
    Local = 2,

    /// <summary>A calendar date, optionally with a part of the day.</summary>
    Date = 3,

    /// <summary>A range of dates, both ends inclusive.</summary>
    DateRange = 4,

    /// <summary>A month of a year ("in May 2025").</summary>
    YearMonth = 5,

    /// <summary>A year.</summary>
    Year = 6,
}
