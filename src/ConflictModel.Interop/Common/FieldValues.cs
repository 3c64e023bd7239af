using System;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace ConflictModel.Interop;

/// <summary>
/// Typed views of fields already checked by their column's rule: the rows keep only text, and
/// their typed properties read it through these, so the two can never disagree.
/// </summary>
internal static class FieldValues
{
    public static string Text(RowFields fields, int index) => fields.Known[index] ?? string.Empty;

    public static string? OptionalText(RowFields fields, int index) => fields.Known[index] is { Length: > 0 } text ? text : null;

    public static long? Long(RowFields fields, int index)
        => fields.Known[index] is { Length: > 0 } text && FieldRule.TryParseInteger(text, out var value) ? value : null;

    public static int? Int(RowFields fields, int index) => Long(fields, index) is { } value ? checked((int)value) : null;

    public static double Double(RowFields fields, int index)
        => fields.Known[index] is { Length: > 0 } text && FieldRule.TryParseNumber(text, out var value) ? value : double.NaN;

    /// <summary>The items of a joined list, each trimmed; empty items (as in "a;;b") are left out.</summary>
    public static ImmutableArray<string> List(RowFields fields, int index, char separator)
        => fields.Known[index] is { Length: > 0 } text
            ? [.. text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : [];

    public static LocalDate AcledDate(RowFields fields, int index)
        => FieldRule.TryParseAcledDate(Text(fields, index), out var date) ? date : throw Unchecked(fields, index);

    public static LocalDate UcdpDate(RowFields fields, int index)
        => FieldRule.TryParseUcdpDate(Text(fields, index), out var date) ? date : throw Unchecked(fields, index);

    private static InvalidOperationException Unchecked(RowFields fields, int index)
        => new(string.Create(CultureInfo.InvariantCulture, $"The {fields.Schema.Dataset} column '{fields.Schema.Columns[index].Name}' has no date."));
}
