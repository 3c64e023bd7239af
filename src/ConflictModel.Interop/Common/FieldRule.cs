using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop;

/// <summary>
/// What a column's text must be: a rule stated in one sentence, a check, and whether the column
/// holds text (which spreadsheet-safe writing may escape) or a number or date (which it never alters).
/// </summary>
internal sealed class FieldRule
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu");
    private static readonly LocalDateTimePattern IsoDateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss.FFFFFFFFF");

    private readonly Func<string, bool> _isValid;

    private FieldRule(string rule, bool isText, bool allowsEmpty, Func<string, bool> isValid)
    {
        Rule = rule;
        IsText = isText;
        AllowsEmpty = allowsEmpty;
        _isValid = isValid;
    }

    /// <summary>Any text, empty included.</summary>
    public static FieldRule Text { get; } = new("Any text.", true, true, _ => true);

    /// <summary>Text that is not empty.</summary>
    public static FieldRule RequiredText { get; } = new("The value must not be empty.", true, false, _ => true);

    public string Rule { get; }

    public bool IsText { get; }

    public bool AllowsEmpty { get; }

    public static FieldRule Integer(long min, long max, bool allowsEmpty)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"The value must be {(allowsEmpty ? "empty or " : string.Empty)}a whole number from {min} to {max}."),
            false,
            allowsEmpty,
            text => TryParseInteger(text, out var value) && value >= min && value <= max);

    public static FieldRule Number(double min, double max, bool allowsEmpty)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"The value must be {(allowsEmpty ? "empty or " : string.Empty)}a decimal number from {min} to {max}."),
            false,
            allowsEmpty,
            text => TryParseNumber(text, out var value) && value >= min && value <= max);

    public static FieldRule OneOf(string rule, bool isText, bool allowsEmpty, Func<string, bool> isValid) => new(rule, isText, allowsEmpty, isValid);

    public static FieldRule AcledDate { get; } = new(
        "The value must be a date of the calendar, written yyyy-mm-dd or dd Month yyyy.", false, false, text => TryParseAcledDate(text, out _));

    public static FieldRule UcdpDate { get; } = new(
        "The value must be a date of the calendar, written yyyy-mm-dd, or yyyy-mm-dd HH:MM:SS.fff.", false, false, text => TryParseUcdpDate(text, out _));

    public bool IsValid(string text) => text.Length == 0 ? AllowsEmpty : _isValid(text);

    /// <summary>A whole number in invariant form: an optional minus sign and digits, nothing else (no spaces, no thousands separators).</summary>
    public static bool TryParseInteger(string text, out long value)
    {
        // An optional '-' and digits: NumberStyles.AllowLeadingSign would take a '+' too.
        if (text.Length > 0 && text[0] == '+')
        {
            value = 0;
            return false;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A finite decimal number in invariant form, exponent allowed, no spaces.</summary>
    public static bool TryParseNumber(string text, out double value)
        => double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);

    public static bool TryParseAcledDate(string text, out LocalDate date)
    {
        if (TryParsePlainIsoDate(text, out date))
        {
            return true;
        }

        var result = IsoDate.Parse(text);
        if (!result.Success)
        {
            result = LongDate.Parse(text);
        }

        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public static bool TryParseUcdpDate(string text, out LocalDate date)
    {
        if (TryParsePlainIsoDate(text, out date))
        {
            return true;
        }

        var result = IsoDate.Parse(text);
        if (result.Success)
        {
            date = result.Value;
            return true;
        }

        var withTime = IsoDateTime.Parse(text);
        date = withTime.Success ? withTime.Value.Date : default;
        return withTime.Success;
    }

    // The common case, yyyy-mm-dd with a year from 1 to 9999 and a day that exists, read without
    // NodaTime's general pattern parser (which every row would otherwise go through twice). Anything
    // else, valid or not, is left to the pattern, so the rule is exactly the pattern's.
    private static bool TryParsePlainIsoDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
