using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;

namespace ConflictModel;

/// <summary>
/// The embedded ISO 3166 code table: every ISO 3166-1 alpha-2 country code and the ISO 3166-2
/// subdivision codes, from Debian's iso-codes package (the origin and date are in the resource's
/// header, <c>Validation/Data/iso3166.txt</c>). Loaded once, on first use.
/// </summary>
internal static class Iso3166Table
{
    public const string ResourceName = "ConflictModel.Validation.iso3166.txt";

    private static readonly Lazy<(FrozenSet<string> Countries, FrozenSet<string> WithSubdivisions, FrozenSet<string> Subdivisions)> Table = new(Load);

    public static IReadOnlySet<string> Countries => Table.Value.Countries;

    public static IReadOnlySet<string> Subdivisions => Table.Value.Subdivisions;

    public static bool IsCountry(string alpha2) => Table.Value.Countries.Contains(alpha2);

    /// <summary>Tells whether the table lists subdivisions for a country; when it does not, its subdivision codes are not checked.</summary>
    public static bool HasSubdivisions(string alpha2) => Table.Value.WithSubdivisions.Contains(alpha2);

    public static bool IsSubdivision(string code) => Table.Value.Subdivisions.Contains(code);

    /// <summary>Tells whether an alpha-2 code lies in a range ISO 3166-1 leaves to users: AA, QM–QZ, XA–XZ, ZZ.</summary>
    public static bool IsUserAssigned(string alpha2)
        => alpha2 is "AA" or "ZZ" || (alpha2[0] == 'Q' && alpha2[1] >= 'M') || alpha2[0] == 'X';

    private static (FrozenSet<string>, FrozenSet<string>, FrozenSet<string>) Load()
    {
        using var stream = typeof(Iso3166Table).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var countries = new List<string>();
        var withSubdivisions = new List<string>();
        var subdivisions = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            countries.Add(parts[0]);
            if (parts.Length > 1)
            {
                withSubdivisions.Add(parts[0]);
            }

            for (var i = 1; i < parts.Length; i++)
            {
                subdivisions.Add(parts[0] + "-" + parts[i]);
            }
        }

        return (countries.ToFrozenSet(StringComparer.Ordinal), withSubdivisions.ToFrozenSet(StringComparer.Ordinal), subdivisions.ToFrozenSet(StringComparer.Ordinal));
    }
}
