namespace ConflictModel;

/// <summary>Broad categories of materiel, for grouping; the words as reported stay on <see cref="MaterielItem"/>.</summary>
public enum MaterielCategory
{
    /// <summary>Weapons: small arms, heavy weapons.</summary>
    Weapons = 1,

    /// <summary>Ammunition and explosives.</summary>
    Ammunition = 2,

    /// <summary>Vehicles: cars, pick-ups, trucks, armoured vehicles.</summary>
    Vehicles = 3,

    /// <summary>Motorcycles.</summary>
    Motorcycles = 4,

    /// <summary>Aircraft and drones.</summary>
    Aircraft = 5,

    /// <summary>Other equipment: radios, fuel, supplies.</summary>
    Equipment = 6,
}
