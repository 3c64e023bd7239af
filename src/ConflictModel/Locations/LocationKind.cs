namespace ConflictModel;

/// <summary>What kind of place a <see cref="Location"/> is, at any scale.</summary>
public enum LocationKind
{
    /// <summary>A region of several countries (the Sahel, the Lake Chad Basin, West Africa).</summary>
    MultiCountryRegion = 1,

    /// <summary>A country.</summary>
    Country = 2,

    /// <summary>A first-order administrative division (Mali's regions).</summary>
    FirstOrderDivision = 3,

    /// <summary>A second-order administrative division (Mali's cercles).</summary>
    SecondOrderDivision = 4,

    /// <summary>A city, town or village.</summary>
    Settlement = 5,

    /// <summary>A military base, camp, post or barracks.</summary>
    MilitaryInstallation = 6,

    /// <summary>An airport or airfield.</summary>
    Airport = 7,

    /// <summary>A building or compound (a governor's residence).</summary>
    Building = 8,

    /// <summary>The area along a border ("near the Senegal border").</summary>
    BorderArea = 9,

    /// <summary>A coast or coastal area.</summary>
    CoastalArea = 10,

    /// <summary>A natural feature: a river, a forest, a mountain range.</summary>
    NaturalFeature = 11,
}
