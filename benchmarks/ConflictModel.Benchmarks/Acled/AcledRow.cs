using System;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Acled;

/// <summary>
/// One row of an ACLED export, with ACLED's columns and JSON names: the flat shape that public datasets
/// give an event, used as a baseline for what System.Text.Json does with a simple record of the same events.
/// </summary>
public sealed class AcledRow
{
    [JsonPropertyName("event_id_cnty")]
    public string EventIdCnty { get; set; } = string.Empty;

    [JsonPropertyName("event_date")]
    public DateOnly EventDate { get; set; }

    [JsonPropertyName("year")]
    public int Year { get; set; }

    [JsonPropertyName("time_precision")]
    public int TimePrecision { get; set; }

    [JsonPropertyName("disorder_type")]
    public string DisorderType { get; set; } = string.Empty;

    [JsonPropertyName("event_type")]
    public string EventType { get; set; } = string.Empty;

    [JsonPropertyName("sub_event_type")]
    public string SubEventType { get; set; } = string.Empty;

    [JsonPropertyName("actor1")]
    public string Actor1 { get; set; } = string.Empty;

    [JsonPropertyName("assoc_actor_1")]
    public string AssocActor1 { get; set; } = string.Empty;

    [JsonPropertyName("inter1")]
    public int Inter1 { get; set; }

    [JsonPropertyName("actor2")]
    public string Actor2 { get; set; } = string.Empty;

    [JsonPropertyName("assoc_actor_2")]
    public string AssocActor2 { get; set; } = string.Empty;

    [JsonPropertyName("inter2")]
    public int Inter2 { get; set; }

    [JsonPropertyName("interaction")]
    public int Interaction { get; set; }

    [JsonPropertyName("civilian_targeting")]
    public string CivilianTargeting { get; set; } = string.Empty;

    [JsonPropertyName("iso")]
    public int Iso { get; set; }

    [JsonPropertyName("region")]
    public string Region { get; set; } = string.Empty;

    [JsonPropertyName("country")]
    public string Country { get; set; } = string.Empty;

    [JsonPropertyName("admin1")]
    public string Admin1 { get; set; } = string.Empty;

    [JsonPropertyName("admin2")]
    public string Admin2 { get; set; } = string.Empty;

    [JsonPropertyName("admin3")]
    public string Admin3 { get; set; } = string.Empty;

    [JsonPropertyName("location")]
    public string Location { get; set; } = string.Empty;

    [JsonPropertyName("latitude")]
    public double Latitude { get; set; }

    [JsonPropertyName("longitude")]
    public double Longitude { get; set; }

    [JsonPropertyName("geo_precision")]
    public int GeoPrecision { get; set; }

    [JsonPropertyName("source")]
    public string Source { get; set; } = string.Empty;

    [JsonPropertyName("source_scale")]
    public string SourceScale { get; set; } = string.Empty;

    [JsonPropertyName("notes")]
    public string Notes { get; set; } = string.Empty;

    [JsonPropertyName("fatalities")]
    public int Fatalities { get; set; }

    [JsonPropertyName("tags")]
    public string Tags { get; set; } = string.Empty;

    [JsonPropertyName("timestamp")]
    public long Timestamp { get; set; }
}
