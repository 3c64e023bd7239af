using System.Collections.Immutable;

namespace ConflictModel.Interop.Acled;

/// <summary>The column names of ACLED's event CSV.</summary>
public static class AcledColumns
{
    /// <summary>Gets the 31 columns of the current export (since March 2023), in ACLED's order, which is the order the writer uses.</summary>
    public static ImmutableArray<string> Current { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Gets the optional population columns, which follow the 31 when an export asks for them.</summary>
    public static ImmutableArray<string> Population { get; } = ["population_1km", "population_2km", "population_5km", "population_best"];

    /// <summary>Gets the columns that only exports from before March 2023 have.</summary>
    public static ImmutableArray<string> Legacy { get; } = ["data_id", "event_id_no_cnty", "iso3"];

    /// <summary>Gets the current columns that exports from before March 2023 lack; a file without them is read, the fields absent.</summary>
    public static ImmutableArray<string> AddedIn2023 { get; } = ["disorder_type", "civilian_targeting", "tags"];
}
