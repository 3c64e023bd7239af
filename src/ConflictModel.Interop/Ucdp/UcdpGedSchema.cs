using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Interop.Ucdp;

/// <summary>UCDP GED's 49 columns and their rules, in the release's order.</summary>
internal static class UcdpGedSchema
{
    public const string Dataset = "UCDP GED";

    public static DatasetSchema Schema { get; } = new(
        Dataset,
        [
            new ColumnSpec("id", FieldRule.Integer(0, long.MaxValue, false), true, true),
            new ColumnSpec("relid", FieldRule.Text, false, true),
            new ColumnSpec("year", FieldRule.Integer(1000, 9999, false), true, true),
            new ColumnSpec("active_year", FieldRule.OneOf("The value must be 1, 0, TRUE or FALSE, or empty.", false, true, t => ParseBool(t) is not null), false, true),
            new ColumnSpec("code_status", FieldRule.Text, false, true),
            new ColumnSpec("type_of_violence", FieldRule.Integer(1, 3, false), true, true),
            new ColumnSpec("conflict_dset_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("conflict_new_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("conflict_name", FieldRule.Text, false, true),
            new ColumnSpec("dyad_dset_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("dyad_new_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("dyad_name", FieldRule.Text, false, true),
            new ColumnSpec("side_a_dset_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("side_a_new_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("side_a", FieldRule.RequiredText, true, true),
            new ColumnSpec("side_b_dset_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("side_b_new_id", FieldRule.Integer(0, long.MaxValue, true), false, true),
            new ColumnSpec("side_b", FieldRule.RequiredText, true, true),
            new ColumnSpec("number_of_sources", FieldRule.Integer(-1, int.MaxValue, true), false, true),
            new ColumnSpec("source_article", FieldRule.Text, false, true),
            new ColumnSpec("source_office", FieldRule.Text, false, true),
            new ColumnSpec("source_date", FieldRule.Text, false, true),
            new ColumnSpec("source_headline", FieldRule.Text, false, true),
            new ColumnSpec("source_original", FieldRule.Text, false, true),
            new ColumnSpec("where_prec", FieldRule.Integer(1, 7, false), false, true),
            new ColumnSpec("where_coordinates", FieldRule.Text, false, true),
            new ColumnSpec("where_description", FieldRule.Text, false, true),
            new ColumnSpec("adm_1", FieldRule.Text, false, true),
            new ColumnSpec("adm_2", FieldRule.Text, false, true),
            new ColumnSpec("latitude", FieldRule.Number(-90, 90, false), true, true),
            new ColumnSpec("longitude", FieldRule.Number(-180, 180, false), true, true),
            new ColumnSpec("geom_wkt", FieldRule.OneOf("The value must be empty or a point written POINT (longitude latitude).", false, true, t => ParsePoint(t) is not null), false, true),
            new ColumnSpec("priogrid_gid", FieldRule.Integer(1, 259200, true), false, true),
            new ColumnSpec("country", FieldRule.Text, false, true),
            new ColumnSpec("country_id", FieldRule.Integer(0, 9999, true), false, true),
            new ColumnSpec("region", FieldRule.Text, false, true),
            new ColumnSpec("event_clarity", FieldRule.Integer(1, 2, true), false, true),
            new ColumnSpec("date_prec", FieldRule.Integer(1, 5, false), true, true),
            new ColumnSpec("date_start", FieldRule.UcdpDate, true, true),
            new ColumnSpec("date_end", FieldRule.UcdpDate, true, true),
            new ColumnSpec("deaths_a", FieldRule.Integer(0, int.MaxValue, false), false, true),
            new ColumnSpec("deaths_b", FieldRule.Integer(0, int.MaxValue, false), false, true),
            new ColumnSpec("deaths_civilians", FieldRule.Integer(0, int.MaxValue, false), false, true),
            new ColumnSpec("deaths_unknown", FieldRule.Integer(0, int.MaxValue, false), false, true),
            new ColumnSpec("best", FieldRule.Integer(0, int.MaxValue, false), true, true),
            new ColumnSpec("high", FieldRule.Integer(0, int.MaxValue, false), true, true),
            new ColumnSpec("low", FieldRule.Integer(0, int.MaxValue, false), true, true),
            new ColumnSpec("gwnoa", FieldRule.OneOf("The value must be empty or whole numbers joined by commas.", false, true, t => ParseIntegers(t) is not null), false, true),
            new ColumnSpec("gwnob", FieldRule.OneOf("The value must be empty or whole numbers joined by commas.", false, true, t => ParseIntegers(t) is not null), false, true),
        ],
        CheckDates);

    public static bool? ParseBool(string text)
        => text switch
        {
            "1" => true,
            "0" => false,
            _ when string.Equals(text, "TRUE", StringComparison.OrdinalIgnoreCase) => true,
            _ when string.Equals(text, "FALSE", StringComparison.OrdinalIgnoreCase) => false,
            _ => null,
        };

    /// <summary>Reads <c>POINT (lon lat)</c> (one space after POINT, one between the numbers), the form UCDP writes.</summary>
    public static (double Longitude, double Latitude)? ParsePoint(string text)
    {
        const string Prefix = "POINT (";
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || !text.EndsWith(')'))
        {
            return null;
        }

        var inner = text[Prefix.Length..^1].Split(' ');
        return inner.Length == 2
            && FieldRule.TryParseNumber(inner[0], out var longitude) && longitude is >= -180 and <= 180
            && FieldRule.TryParseNumber(inner[1], out var latitude) && latitude is >= -90 and <= 90
                ? (longitude, latitude)
                : null;
    }

    public static ImmutableArray<int>? ParseIntegers(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var result = ImmutableArray.CreateBuilder<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            result.Add(value);
        }

        return result.MoveToImmutable();
    }

    private static (string Column, string Rule)? CheckDates(RowFields fields)
        => FieldValues.UcdpDate(fields, UcdpGedColumns.DateEnd) < FieldValues.UcdpDate(fields, UcdpGedColumns.DateStart)
            ? ("date_end", "The end date must be equal to or later than the start date.")
            : null;
}
