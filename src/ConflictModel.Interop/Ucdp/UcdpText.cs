using System.Globalization;
using NodaTime;

namespace ConflictModel.Interop.Ucdp;

/// <summary>The texts the export writes for every row (dates, years, small numbers), made without a format pattern where the result is the same.</summary>
/// <remarks>Every row of a file is derived once on import (to find what the model does not give back) and once on export, so these are on the hot path.</remarks>
internal static class UcdpText
{
    private static readonly string[] SmallNumbers = CreateNumbers(0, 100);

    private static readonly string[] Years = CreateNumbers(1900, 200);

    /// <summary>The date as <c>yyyy-MM-dd</c> in the invariant culture writes it.</summary>
    public static string IsoDate(LocalDate date)
    {
        var (year, month, day) = (date.Year, date.Month, date.Day);
        if (year is < 1 or > 9999)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return string.Create(10, (year, month, day), static (span, d) =>
        {
            span[0] = (char)('0' + (d.year / 1000));
            span[1] = (char)('0' + (d.year / 100 % 10));
            span[2] = (char)('0' + (d.year / 10 % 10));
            span[3] = (char)('0' + (d.year % 10));
            span[4] = '-';
            span[5] = (char)('0' + (d.month / 10));
            span[6] = (char)('0' + (d.month % 10));
            span[7] = '-';
            span[8] = (char)('0' + (d.day / 10));
            span[9] = (char)('0' + (d.day % 10));
        });
    }

    /// <summary>A year as the invariant culture writes it; those of UCDP's span formatted once.</summary>
    public static string Year(int year)
        => (uint)(year - 1900) < (uint)Years.Length ? Years[year - 1900] : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A small number as the invariant culture writes it, formatted once.</summary>
    public static string Number(int value)
        => (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    private static string[] CreateNumbers(int first, int count)
    {
        var numbers = new string[count];
        for (var i = 0; i < count; i++)
        {
            numbers[i] = (first + i).ToString(CultureInfo.InvariantCulture);
        }

        return numbers;
    }
}
