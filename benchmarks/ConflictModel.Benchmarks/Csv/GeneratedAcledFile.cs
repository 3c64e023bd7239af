using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ConflictModel.Benchmarks.Csv;

/// <summary>
/// A generated file in ACLED's 31-column layout: invented events, deterministic for a given row
/// count, with what makes real ACLED files costly to read: long quoted notes with commas, doubled
/// quotes and a line break now and then, "; "-joined lists, and non-ASCII place names.
/// </summary>
public static class GeneratedAcledFile
{
    /// <summary>Gets ACLED's 31 column names, in ACLED's order.</summary>
    public static string[] Header { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly string[] Places = ["Kayes", "Ségou", "Mopti", "Tombouctou", "Gao", "Kidal", "Ménaka", "Sikasso"];

    /// <summary>Makes the fields of every row (the header not included).</summary>
    /// <param name="rows">How many rows.</param>
    /// <returns>One array of 31 values per row.</returns>
    public static string[][] Rows(int rows)
    {
        var random = new Random(20260101);
        var result = new string[rows][];
        for (var i = 0; i < rows; i++)
        {
            var place = Places[random.Next(Places.Length)];
            var day = new DateOnly(2020, 1, 1).AddDays(random.Next(2000));
            var fatalities = random.Next(20);
            var notes = string.Create(CultureInfo.InvariantCulture, $"On {day:d MMMM yyyy}, in {place} (region of {place}), armed men attacked a \"checkpoint\", killing {fatalities}; the army said it repelled them.");
            if (i % 50 == 0)
            {
                notes += "\nA second source disputes the toll. [size=no report]";
            }

            result[i] =
            [
                string.Create(CultureInfo.InvariantCulture, $"XYZ{i + 1}"),
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                day.Year.ToString(CultureInfo.InvariantCulture),
                (1 + random.Next(3)).ToString(CultureInfo.InvariantCulture),
                "Political violence",
                "Battles",
                "Armed clash",
                "Military Forces of Xanadu (2021-)",
                i % 3 == 0 ? "Militia of the North; Police Forces of Xanadu (2021-)" : string.Empty,
                "1",
                "Unidentified Armed Group (Xanadu)",
                string.Empty,
                "3",
                "13",
                i % 7 == 0 ? "Civilian targeting" : string.Empty,
                "999",
                "Western Africa",
                "Xanadu",
                place,
                place + " Cercle",
                i % 2 == 0 ? place + " Commune" : string.Empty,
                place,
                (10 + (random.NextDouble() * 10)).ToString("0.0###", CultureInfo.InvariantCulture),
                (-5 + (random.NextDouble() * 10)).ToString("0.0###", CultureInfo.InvariantCulture),
                (1 + random.Next(3)).ToString(CultureInfo.InvariantCulture),
                "Le Journal du Nord; Radio Sud",
                "National-Regional",
                notes,
                fatalities.ToString(CultureInfo.InvariantCulture),
                i % 11 == 0 ? "crowd size=no report" : string.Empty,
                (1600000000 + i).ToString(CultureInfo.InvariantCulture),
            ];
        }

        return result;
    }

    /// <summary>Writes the header and rows as RFC 4180 CSV in UTF-8 (LF line ends, fields quoted only when they must be), the same bytes every reader benchmark reads.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] ToUtf8(string[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return GeneratedCsv.ToUtf8(Header, rows);
    }

    /// <summary>Gets the strict UTF-8 encoding that the readers decode with: invalid bytes throw rather than become U+FFFD.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
