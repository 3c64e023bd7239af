using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Ucdp;
using CsCheck;

namespace ConflictModel.Interop.Tests.Support;

/// <summary>
/// Generated rows whose text is hard on a CSV round trip: separators, doubled quotes, CR, LF and
/// CRLF inside fields, leading and trailing spaces, non-ASCII letters, formula-like starts, and
/// numbers and dates in each form the readers accept.
/// </summary>
internal static class RowGenerators
{
    private static readonly string[] Pieces = [",", "\"", "\n", "\r\n", "\r", " ", "é", "ü", "'", ";", "; ", "=", "-", "@", "\t", "a", "Z", "7", "Kéniéba", "\"\"", "€", "𝄞"];

    private static readonly string[] InterNames = ["State forces", "Rebel groups", "Political militias", "Identity militias", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    public static Gen<string> TrickyText { get; } = Gen.OneOf(Pieces).Array[0, 12].Select(string.Concat);

    public static Gen<string> RequiredText { get; } = TrickyText.Select(t => "x" + t);

    private static Gen<string> Casing(string text)
        => Gen.Int[0, 2].Select(i => i switch { 0 => text, 1 => text.ToUpperInvariant(), _ => text.ToLowerInvariant() });

    private static Gen<string> Integer(long min, long max) => Gen.Long[min, max].Select(v => v.ToString(CultureInfo.InvariantCulture));

    private static Gen<string> Number(double min, double max)
        => Gen.Double[min, max].SelectMany(v => Gen.OneOf(
            v.ToString("R", CultureInfo.InvariantCulture),
            v.ToString("0.0###", CultureInfo.InvariantCulture),
            Math.Round(v).ToString(CultureInfo.InvariantCulture)));

    private static Gen<string> IsoDate(Gen<DateOnly> dates) => dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static Gen<DateOnly> Dates { get; } = Gen.Int[0, 15000].Select(i => new DateOnly(1989, 1, 1).AddDays(i));

    public static Gen<AcledRow> Acled { get; } =
        from sub in Gen.OneOf(Enum.GetValues<SubEventType>())
        from eventType in Casing(EventTaxonomy.TypeOf(sub).ToAcledLabel())
        from subType in Casing(sub.ToAcledLabel())
        from date in Dates.SelectMany(d => Gen.OneOf(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ToString("dd MMMM yyyy", CultureInfo.InvariantCulture), d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)))
        from inter1 in Gen.Int[1, 8].SelectMany(i => Gen.OneOf(i.ToString(CultureInfo.InvariantCulture), InterNames[i - 1]))
        from inter2 in Gen.Int[0, 8].SelectMany(i => i == 0 ? Gen.OneOf("0", string.Empty) : Gen.OneOf(i.ToString(CultureInfo.InvariantCulture), InterNames[i - 1]))
        from texts in TrickyText.Array[17]
        from required in RequiredText.Array[3]
        from numbers in Gen.Select(Integer(1000, 9999), Integer(1, 3), Integer(0, 88), Integer(0, 999), Integer(1, 3), Integer(0, 100000), Integer(0, 4000000000))
        from coordinates in Gen.Select(Number(-90, 90), Number(-180, 180))
        from civilian in Gen.OneOf(string.Empty, "Civilian targeting", "civilian targeting")
        from extra in Gen.Bool
        from extraText in TrickyText
        select AcledRow.FromFields(Fields(
            ("event_id_cnty", required[0]), ("event_date", date), ("year", numbers.Item1), ("time_precision", numbers.Item2),
            ("disorder_type", texts[0]), ("event_type", eventType), ("sub_event_type", subType), ("actor1", required[1]),
            ("assoc_actor_1", texts[1]), ("inter1", inter1), ("actor2", texts[2]), ("assoc_actor_2", texts[3]), ("inter2", inter2),
            ("interaction", numbers.Item3), ("civilian_targeting", civilian), ("iso", numbers.Item4), ("region", texts[4]),
            ("country", required[2]), ("admin1", texts[5]), ("admin2", texts[6]), ("admin3", texts[7]), ("location", texts[8]),
            ("latitude", coordinates.Item1), ("longitude", coordinates.Item2), ("geo_precision", numbers.Item5), ("source", texts[9]),
            ("source_scale", texts[10]), ("notes", texts[11]), ("fatalities", numbers.Item6), ("tags", texts[12]), ("timestamp", numbers.Item7),
            ("analyst_note", extra ? extraText : null)));

    public static Gen<UcdpGedRow> Ucdp { get; } =
        from start in Dates
        from days in Gen.Int[0, 40]
        from withTime in Gen.Bool
        from texts in TrickyText.Array[16]
        from required in RequiredText.Array[2]
        from ids in Integer(0, 999999).Array[9]
        from small in Gen.Select(Integer(1000, 9999), Gen.OneOf("0", "1", "TRUE", "FALSE"), Integer(1, 3), Integer(-1, 40), Integer(1, 7), Integer(1, 2), Integer(1, 5))
        from deaths in Integer(0, 5000).Array[7]
        from coordinates in Gen.Select(Number(-90, 90), Number(-180, 180), Gen.Double[-180, 180], Gen.Double[-90, 90])
        from grid in Gen.Int[1, 259200]
        from gw in Gen.Int[2, 999].Array[0, 3]
        select UcdpGedRow.FromFields(Fields(
            ("id", ids[0]), ("relid", texts[0]), ("year", small.Item1), ("active_year", small.Item2), ("code_status", texts[1]),
            ("type_of_violence", small.Item3), ("conflict_dset_id", ids[1]), ("conflict_new_id", ids[2]), ("conflict_name", texts[2]),
            ("dyad_dset_id", ids[3]), ("dyad_new_id", ids[4]), ("dyad_name", texts[3]), ("side_a_dset_id", ids[5]), ("side_a_new_id", ids[6]),
            ("side_a", required[0]), ("side_b_dset_id", ids[7]), ("side_b_new_id", ids[8]), ("side_b", required[1]),
            ("number_of_sources", small.Item4), ("source_article", texts[4]), ("source_office", texts[5]), ("source_date", texts[6]),
            ("source_headline", texts[7]), ("source_original", texts[8]), ("where_prec", small.Item5), ("where_coordinates", texts[9]),
            ("where_description", texts[10]), ("adm_1", texts[11]), ("adm_2", texts[12]), ("latitude", coordinates.Item1), ("longitude", coordinates.Item2),
            ("geom_wkt", string.Create(CultureInfo.InvariantCulture, $"POINT ({coordinates.Item3:R} {coordinates.Item4:R})")), ("priogrid_gid", grid.ToString(CultureInfo.InvariantCulture)),
            ("country", texts[13]), ("country_id", ids[1][..Math.Min(3, ids[1].Length)]), ("region", texts[14]), ("event_clarity", small.Item6), ("date_prec", small.Item7),
            ("date_start", Date(start, withTime)), ("date_end", Date(start.AddDays(days), withTime)),
            ("deaths_a", deaths[0]), ("deaths_b", deaths[1]), ("deaths_civilians", deaths[2]), ("deaths_unknown", deaths[3]),

            // Any order: low <= best <= high is what UCDP aims at, not what its rows always keep.
            ("best", deaths[4]), ("high", deaths[5]), ("low", deaths[6]),
            ("gwnoa", string.Join(", ", gw)), ("gwnob", texts[15].Length % 2 == 0 ? string.Empty : "652")));

    private static string Date(DateOnly date, bool withTime)
        => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (withTime ? " 00:00:00.000" : string.Empty);

    private static IEnumerable<KeyValuePair<string, string?>> Fields(params (string Name, string? Text)[] fields)
        => fields.Select(f => new KeyValuePair<string, string?>(f.Name, f.Text));
}
