using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ConflictModel.Interop.Ucdp;

using ConflictModel.Benchmarks.Csv;

namespace ConflictModel.Benchmarks.Ucdp;

/// <summary>
/// The benchmarks' generated UCDP GED file: the rows <see cref="UcdpGedMappingBenchmarks"/> reads
/// and writes, and build/bench-cli.sh's <c>ucdp</c> part converts (<c>cli-baseline generate-ucdp</c>).
/// </summary>
public static class GeneratedUcdpFile
{
    /// <summary>Gets GED's 49 column names, in the 23.1 release's order.</summary>
    public static string[] Header { get; } = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob".Split(',');

    /// <summary>Invented GED rows: 200 dyads, 2,000 places in 40 countries, one or two sources each, one row in 100 with estimates out of order.</summary>
    /// <param name="count">The number of rows.</param>
    /// <returns>The fields of every row (the header not included).</returns>
    public static List<string[]> Rows(int count)
    {
        var random = new Random(15);
        var rows = new List<string[]>(count);
        string I(long v) => v.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            var dyad = random.Next(200);
            var type = 1 + (dyad % 3);
            var country = dyad % 40;
            var place = random.Next(2000);
            var lat = Math.Round(-30 + (place % 60) + (random.NextDouble() * 0.9), 6);
            var lon = Math.Round(-20 + (place % 120) + (random.NextDouble() * 0.9), 6);
            var date = new DateOnly(1989, 1, 1).AddDays(random.Next(12000));
            var end = date.AddDays(random.Next(3) == 0 ? random.Next(1, 6) : 0);
            var deaths = new[] { random.Next(5), random.Next(20), random.Next(3), random.Next(2) };
            var best = deaths.Sum();
            var low = i % 100 == 0 ? best + 1 : best;
            var high = best + random.Next(3);
            var sources = random.Next(1, 3);
            var offices = Enumerable.Range(0, sources).Select(s => $"Agency {(dyad + s) % 30}").ToArray();
            var headlines = Enumerable.Range(0, sources).Select(s => $"Clashes near Place {place}, {best} killed").ToArray();
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var gw = I(400 + country);
            rows.Add(
            [
                I(i + 1), $"XX-{date.Year}-{type}-{dyad}-{i % 97}", I(date.Year), "1", "Clear", I(type), I(dyad), I(dyad), $"Country {country}: Government",
                I(1000 + dyad), I(1000 + dyad), $"Side {dyad} A - Side {dyad} B", I(dyad), I(dyad), type == 2 ? $"Group {dyad}" : $"Government of Country {country}",
                I(5000 + dyad), I(5000 + dyad), type == 3 ? "Civilians" : $"Rebels {dyad}", I(sources),
                string.Join(";", offices.Select((o, s) => $"\"{o},{day},{headlines[s]}\"")), string.Join(";", offices), string.Join(";", offices.Select(_ => day)), string.Join(";", headlines), "Local sources",
                I(1 + random.Next(6)), $"Place {place} village", $"near Place {place}, \"eastern\" side", $"Province {place % 50}", $"District {place % 400}",
                lat.ToString("R", CultureInfo.InvariantCulture), lon.ToString("R", CultureInfo.InvariantCulture),
                $"POINT ({lon.ToString("R", CultureInfo.InvariantCulture)} {lat.ToString("R", CultureInfo.InvariantCulture)})", I(PrioGrid.CellOf(lat, lon)),
                $"Country {country}", gw, "Africa", I(1 + random.Next(2)), I(day == end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ? 1 : 2), day, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                I(deaths[0]), I(deaths[1]), I(deaths[2]), I(deaths[3]), I(best), I(high), I(low), type == 2 ? string.Empty : gw, string.Empty,
            ]);
        }

        return rows;
    }

    /// <summary>Writes the header and rows as CSV in UTF-8 (CsvHelper, LF line ends), the bytes the reading benchmarks read.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] ToUtf8(List<string[]> rows)
        => GeneratedCsv.ToUtf8(Header, rows);
}
