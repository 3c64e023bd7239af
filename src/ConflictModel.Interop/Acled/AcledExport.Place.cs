using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Interop.Acled;

/// <summary>The place columns of a row, from an engagement's location and its ancestors.</summary>
internal sealed class Place
{
    private Place(string country, string isoNumeric, string region, string admin1, string admin2, string admin3, string location, GeoPoint point, int geoPrecision)
    {
        Country = country;
        IsoNumeric = isoNumeric;
        Region = region;
        Admin1 = admin1;
        Admin2 = admin2;
        Admin3 = admin3;
        Location = location;
        Point = point;
        GeoPrecision = geoPrecision;
    }

    public string Country { get; }

    public string IsoNumeric { get; }

    public string Region { get; }

    public string Admin1 { get; }

    public string Admin2 { get; }

    public string Admin3 { get; }

    public string Location { get; }

    public GeoPoint Point { get; }

    public int GeoPrecision { get; }

    public static Place? Of(IAcledLookup index, Engagement engagement, string subject, List<LossEntry>? losses)
    {
        var places = new List<Location>(engagement.Locations.Length);
        foreach (var id in engagement.Locations)
        {
            if (index.TryGet(id, out var found))
            {
                places.Add(found);
            }
        }

        if (places.Count == 0)
        {
            losses?.Add(new LossEntry(subject, AcledExport.NoRow, "it has no place, and every ACLED row needs a country and coordinates"));
            return null;
        }

        // One place per row: several places of the event are written as the nearest place that
        // holds them all (the army camp and the airport of Timbuktu are Timbuktu).
        var place = places[0];
        if (places.Count > 1)
        {
            var common = CommonAncestor(index, places);
            losses?.Add(new LossEntry(
                subject,
                $"the places {string.Join(", ", places.Select(p => p.Name.Text))}",
                common is null
                    ? $"ACLED has one place per row; the first, {place.Name.Text}, is written"
                    : $"ACLED has one place per row; the place that holds them all, {common.Name.Text}, is written"));
            place = common ?? place;
        }

        var chain = Chain(index, place);

        // The places below the country, from the place up: the chain before the first country in it.
        var countryAt = chain.FindIndex(l => l.Kind == LocationKind.Country);
        var country = countryAt < 0 ? null : chain[countryAt];
        if (country is null)
        {
            losses?.Add(new LossEntry(subject, AcledExport.NoRow, $"its place {place.Name.Text} lies in no country of the report"));
            return null;
        }

        Location? pointed = null;
        for (var i = 0; i <= countryAt && pointed is null; i++)
        {
            pointed = chain[i].Point is null ? null : chain[i];
        }

        if (pointed is null)
        {
            losses?.Add(new LossEntry(subject, AcledExport.NoRow, $"neither {place.Name.Text} nor a place it lies in has coordinates, which every ACLED row needs"));
            return null;
        }

        var precision = pointed.Precision ?? PrecisionOf(pointed.Kind);
        if (pointed != place)
        {
            losses?.Add(new LossEntry(subject, $"the place {place.Name.Text} itself", $"it has no coordinates: those of {pointed.Name.Text} are written"));
            precision = Max(precision, PrecisionOf(pointed.Kind));
        }

        if (precision.ToAcledGeoPrecision() is not { } geo)
        {
            losses?.Add(new LossEntry(subject, AcledExport.NoRow, $"its place is coded {precision}, which ACLED's geo_precision cannot hold"));
            return null;
        }

        // Below the country, from the top down: the first first-order division is admin1, the first
        // two second-order ones admin2 and admin3; the location is the nearest settlement, else the place.
        string? admin1 = null, admin2 = null, admin3 = null;
        for (var i = countryAt - 1; i >= 0; i--)
        {
            var kind = chain[i].Kind;
            if (kind == LocationKind.FirstOrderDivision)
            {
                admin1 ??= chain[i].Name.Text;
            }
            else if (kind == LocationKind.SecondOrderDivision)
            {
                if (admin2 is null)
                {
                    admin2 = chain[i].Name.Text;
                }
                else
                {
                    admin3 ??= chain[i].Name.Text;
                }
            }
        }

        Location? settlement = null;
        for (var i = 0; i < countryAt && settlement is null; i++)
        {
            settlement = chain[i].Kind == LocationKind.Settlement ? chain[i] : null;
        }

        var location = (settlement ?? place).Name.Text;
        if (settlement is not null && settlement != place)
        {
            losses?.Add(new LossEntry(subject, $"the site {place.Name.Text} within {settlement.Name.Text}", "ACLED's location is the town; the site is named in the notes only"));
        }

        if (pointed.Basis is { } basis && basis != LocationBasis.Stated)
        {
            losses?.Add(new LossEntry(subject, $"the basis of the coordinates of {pointed.Name.Text} ({basis})", "ACLED's latitude and longitude cannot say on what they rest"));
        }

        var alpha2 = country.IsoCode?.Country.Value;
        var numeric = alpha2 is null ? null : CountryCodes.Numeric(alpha2);
        // A country without an ISO code is written 0, ACLED's own "no code" (Kosovo): nothing of it is
        // lost. A code the table does not know is.
        if (numeric is null && alpha2 is not null && !AcledExport.HasOwnText(engagement, AcledColumnIndex.Iso))
        {
            losses?.Add(new LossEntry(subject, "the iso column", $"the country {country.Name.Text} has the ISO 3166-1 code {alpha2}, which has no numeric code the exporter knows; 0 is written"));
        }

        var region = alpha2 is null ? null : CountryCodes.AcledRegion(alpha2);
        if (region is null && !AcledExport.HasOwnText(engagement, AcledColumnIndex.Region))
        {
            losses?.Add(new LossEntry(subject, "the region column", $"the exporter's table has no ACLED region for {country.Name.Text}; it is left empty"));
        }

        return new Place(
            country.Name.Text,
            (numeric ?? 0).ToString(CultureInfo.InvariantCulture),
            region ?? string.Empty,
            admin1 ?? string.Empty,
            admin2 ?? string.Empty,
            admin3 ?? string.Empty,
            location,
            pointed.Point!.Value,
            geo);
    }

    /// <summary>The place and its ancestors, nearest first; the chain ends at a place without a parent, at a parent that is not there, or before a place already in it (a cycle).</summary>
    private static List<Location> Chain(IAcledLookup index, Location place)
    {
        var chain = new List<Location>(5) { place };
        var current = place;
        while (current.Parent is { } parent && !chain.Exists(l => l.Id == parent) && index.TryGet(parent, out var next))
        {
            chain.Add(next);
            current = next;
        }

        return chain;
    }

    private static PlacePrecision Max(PlacePrecision a, PlacePrecision b) => (int)a >= (int)b ? a : b;

    private static PlacePrecision PrecisionOf(LocationKind kind) => kind switch
    {
        LocationKind.Country => PlacePrecision.Country,
        LocationKind.FirstOrderDivision => PlacePrecision.FirstOrderDivision,
        LocationKind.SecondOrderDivision => PlacePrecision.SecondOrderDivision,
        LocationKind.MultiCountryRegion => PlacePrecision.MultiCountryRegion,
        LocationKind.BorderArea or LocationKind.CoastalArea or LocationKind.NaturalFeature => PlacePrecision.PartOfCountry,
        LocationKind.Settlement => PlacePrecision.Settlement,
        _ => PlacePrecision.ExactSite,
    };

    private static Location? CommonAncestor(IAcledLookup index, List<Location> places)
    {
        foreach (var candidate in Chain(index, places[0]))
        {
            if (places.Skip(1).All(p => p == candidate || Chain(index, p).Skip(1).Contains(candidate)))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>ISO 3166-1 numeric codes and ACLED's regions by alpha-2 code.</summary>
internal static class CountryCodes
{
    private static readonly Lazy<(Dictionary<string, int> Numeric, Dictionary<int, string> Alpha2)> Table = new(Load);

    // ACLED's region names follow the UN M49 sub-regions; only the one whose membership this
    // exporter has checked is listed. Any other country gets an empty region and a loss line.
    private static readonly ImmutableDictionary<string, string> Regions = new[]
    {
        "BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG",
    }.ToImmutableDictionary(c => c, _ => "Western Africa", StringComparer.Ordinal);

    public static int? Numeric(string alpha2) => Table.Value.Numeric.TryGetValue(alpha2, out var n) ? n : null;

    public static string? Alpha2(int numeric) => Table.Value.Alpha2.TryGetValue(numeric, out var a) ? a : null;

    public static string? AcledRegion(string alpha2) => Regions.TryGetValue(alpha2, out var r) ? r : null;

    private static (Dictionary<string, int>, Dictionary<int, string>) Load()
    {
        var numeric = new Dictionary<string, int>(StringComparer.Ordinal);
        var alpha2 = new Dictionary<int, string>();
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("ConflictModel.Interop.Acled.Data.iso3166-numeric.txt")
            ?? throw new InvalidOperationException("The ISO 3166 numeric table is missing from the assembly.");
        using var reader = new System.IO.StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            var code = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
            numeric[parts[0]] = code;
            alpha2[code] = parts[0];
        }

        return (numeric, alpha2);
    }
}
