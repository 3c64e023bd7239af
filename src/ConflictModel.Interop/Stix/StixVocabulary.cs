using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// The documented tables between the model and STIX 2.1 (docs/interop/stix.md repeats each one):
/// actors to identity or threat-actor, place precision to metres, Admiralty credibility to confidence,
/// region names to region-ov.
/// </summary>
internal static class StixVocabulary
{
    /// <summary>
    /// Metres of STIX location <c>precision</c> for each place precision: the radius within which the
    /// point places what happened. ExactSite is a compound or building; Settlement a town's extent;
    /// NearPlace the model's "within about 25 km"; divisions and countries typical radii.
    /// </summary>
    public static readonly FrozenDictionary<PlacePrecision, int> PrecisionMetres = new Dictionary<PlacePrecision, int>
    {
        [PlacePrecision.ExactSite] = 100,
        [PlacePrecision.Settlement] = 5_000,
        [PlacePrecision.NearPlace] = 25_000,
        [PlacePrecision.SecondOrderDivision] = 50_000,
        [PlacePrecision.FirstOrderDivision] = 200_000,
        [PlacePrecision.PartOfCountry] = 500_000,
        [PlacePrecision.Country] = 1_000_000,
        [PlacePrecision.MultiCountryRegion] = 2_500_000,
        [PlacePrecision.InternationalWatersOrAirspace] = 100_000,
    }.ToFrozenDictionary();

    /// <summary>The region-ov value for English region names (UN M49 regions, as STIX takes them), compared case-insensitively.</summary>
    private static readonly FrozenDictionary<string, string> Regions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Africa"] = "africa",
        ["East Africa"] = "eastern-africa",
        ["Eastern Africa"] = "eastern-africa",
        ["Middle Africa"] = "middle-africa",
        ["Central Africa"] = "middle-africa",
        ["North Africa"] = "northern-africa",
        ["Northern Africa"] = "northern-africa",
        ["Southern Africa"] = "southern-africa",
        ["West Africa"] = "western-africa",
        ["Western Africa"] = "western-africa",
        ["Americas"] = "americas",
        ["Latin America and the Caribbean"] = "latin-america-caribbean",
        ["South America"] = "south-america",
        ["Caribbean"] = "caribbean",
        ["Central America"] = "central-america",
        ["North America"] = "northern-america",
        ["Northern America"] = "northern-america",
        ["Asia"] = "asia",
        ["Central Asia"] = "central-asia",
        ["East Asia"] = "eastern-asia",
        ["Eastern Asia"] = "eastern-asia",
        ["South Asia"] = "southern-asia",
        ["Southern Asia"] = "southern-asia",
        ["Southeast Asia"] = "south-eastern-asia",
        ["South-East Asia"] = "south-eastern-asia",
        ["South-eastern Asia"] = "south-eastern-asia",
        ["West Asia"] = "western-asia",
        ["Western Asia"] = "western-asia",
        ["Europe"] = "europe",
        ["Eastern Europe"] = "eastern-europe",
        ["Northern Europe"] = "northern-europe",
        ["Southern Europe"] = "southern-europe",
        ["Western Europe"] = "western-europe",
        ["Oceania"] = "oceania",
        ["Antarctica"] = "antarctica",
        ["Australia and New Zealand"] = "australia-new-zealand",
        ["Melanesia"] = "melanesia",
        ["Micronesia"] = "micronesia",
        ["Polynesia"] = "polynesia",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>STIX's own mapping of Admiralty credibility to confidence (STIX 2.1, appendix A); 6 (cannot be judged) has none.</summary>
    public static int? Confidence(InformationCredibility credibility) => credibility switch
    {
        InformationCredibility.Confirmed => 90,
        InformationCredibility.ProbablyTrue => 70,
        InformationCredibility.PossiblyTrue => 50,
        InformationCredibility.Doubtful => 30,
        InformationCredibility.Improbable => 10,
        _ => null,
    };

    /// <summary>The place precision whose metres are the smallest that cover a STIX precision (for reading foreign locations).</summary>
    public static PlacePrecision PrecisionOf(double metres) =>
        PrecisionMetres
            .Where(p => p.Key != PlacePrecision.InternationalWatersOrAirspace && p.Value >= metres)
            .OrderBy(p => p.Value)
            .Select(p => (PlacePrecision?)p.Key)
            .FirstOrDefault() ?? PlacePrecision.MultiCountryRegion;

    /// <summary>The region-ov value of a location's name or alternate names, or null.</summary>
    public static string? Region(Location location) =>
        location.AlternateNames.Prepend(location.Name)
            .Select(n => Regions.GetValueOrDefault(n.Text))
            .FirstOrDefault(r => r is not null);

    /// <summary>
    /// Whether an actor is a STIX threat-actor: an armed non-state category (rebel group, political or
    /// identity militia), or an attacker in some engagement that is not a state force. Everyone else
    /// (state and external forces, civilians, speakers, persons reporting) is an identity.
    /// </summary>
    public static bool IsThreatActor(Actor actor, bool isAttacker) => actor.Category switch
    {
        ConflictCategory.RebelGroup or ConflictCategory.PoliticalMilitia or ConflictCategory.IdentityMilitia => true,
        ConflictCategory.StateForces or ConflictCategory.ExternalOrOtherForces => false,
        _ => isAttacker,
    };

    /// <summary>The identity-class-ov value of an actor's kind.</summary>
    public static string IdentityClass(ActorKind kind) => kind switch
    {
        ActorKind.Person or ActorKind.UnnamedPerson => "individual",
        ActorKind.UnnamedGroup => "group",
        _ => "organization",
    };

    /// <summary>The industry-sector-ov values of an actor's category: state and external forces are defence.</summary>
    public static string[] Sectors(ConflictCategory? category) => category switch
    {
        ConflictCategory.StateForces => ["defense", "government-national"],
        ConflictCategory.ExternalOrOtherForces => ["defense"],
        _ => [],
    };

    /// <summary>The camelCase name the model's JSON uses for an enum value.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>An enum value as lower-case words for prose: <c>killedOrWounded</c> → <c>killed or wounded</c>.</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The text with its first letter in upper case, for the start of a sentence.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
