namespace ConflictModel.Interop.Acled;

/// <summary>
/// The schema's index of each of the 31 current columns, looked up once: rows and rules read a
/// column by index, not by name, on every row.
/// </summary>
internal static class AcledColumnIndex
{
    public static readonly int EventIdCnty = AcledSchema.Schema.IndexOf("event_id_cnty");

    public static readonly int EventDate = AcledSchema.Schema.IndexOf("event_date");

    public static readonly int Year = AcledSchema.Schema.IndexOf("year");

    public static readonly int TimePrecision = AcledSchema.Schema.IndexOf("time_precision");

    public static readonly int DisorderType = AcledSchema.Schema.IndexOf("disorder_type");

    public static readonly int EventType = AcledSchema.Schema.IndexOf("event_type");

    public static readonly int SubEventType = AcledSchema.Schema.IndexOf("sub_event_type");

    public static readonly int Actor1 = AcledSchema.Schema.IndexOf("actor1");

    public static readonly int AssocActor1 = AcledSchema.Schema.IndexOf("assoc_actor_1");

    public static readonly int Inter1 = AcledSchema.Schema.IndexOf("inter1");

    public static readonly int Actor2 = AcledSchema.Schema.IndexOf("actor2");

    public static readonly int AssocActor2 = AcledSchema.Schema.IndexOf("assoc_actor_2");

    public static readonly int Inter2 = AcledSchema.Schema.IndexOf("inter2");

    public static readonly int Interaction = AcledSchema.Schema.IndexOf("interaction");

    public static readonly int CivilianTargeting = AcledSchema.Schema.IndexOf("civilian_targeting");

    public static readonly int Iso = AcledSchema.Schema.IndexOf("iso");

    public static readonly int Region = AcledSchema.Schema.IndexOf("region");

    public static readonly int Country = AcledSchema.Schema.IndexOf("country");

    public static readonly int Admin1 = AcledSchema.Schema.IndexOf("admin1");

    public static readonly int Admin2 = AcledSchema.Schema.IndexOf("admin2");

    public static readonly int Admin3 = AcledSchema.Schema.IndexOf("admin3");

    public static readonly int Location = AcledSchema.Schema.IndexOf("location");

    public static readonly int Latitude = AcledSchema.Schema.IndexOf("latitude");

    public static readonly int Longitude = AcledSchema.Schema.IndexOf("longitude");

    public static readonly int GeoPrecision = AcledSchema.Schema.IndexOf("geo_precision");

    public static readonly int Source = AcledSchema.Schema.IndexOf("source");

    public static readonly int SourceScale = AcledSchema.Schema.IndexOf("source_scale");

    public static readonly int Notes = AcledSchema.Schema.IndexOf("notes");

    public static readonly int Fatalities = AcledSchema.Schema.IndexOf("fatalities");

    public static readonly int Tags = AcledSchema.Schema.IndexOf("tags");

    public static readonly int Timestamp = AcledSchema.Schema.IndexOf("timestamp");
}
