using System;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Acled;

/// <summary>
/// One row of an ACLED export, with ACLED's columns and JSON names: the flat shape that public datasets
/// give an event, used as a baseline for what System.Text.Json does with a simple record of the same events.
/// </summary>
/// <remarks>
/// Names are ACLED's snake_case column names, through the context's naming policy; only the two
/// associated-actor columns, where ACLED separates the digit, are named here.
/// </remarks>
public sealed class AcledRow
{
    public string EventIdCnty { get; set; } = string.Empty;

    public DateOnly EventDate { get; set; }

    public int Year { get; set; }

    public int TimePrecision { get; set; }

    public string DisorderType { get; set; } = string.Empty;

    public string EventType { get; set; } = string.Empty;

    public string SubEventType { get; set; } = string.Empty;

    public string Actor1 { get; set; } = string.Empty;

    [JsonPropertyName("assoc_actor_1")]
    public string AssocActor1 { get; set; } = string.Empty;

    public int Inter1 { get; set; }

    public string Actor2 { get; set; } = string.Empty;

    [JsonPropertyName("assoc_actor_2")]
    public string AssocActor2 { get; set; } = string.Empty;

    public int Inter2 { get; set; }

    public int Interaction { get; set; }

    public string CivilianTargeting { get; set; } = string.Empty;

    public int Iso { get; set; }

    public string Region { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public string Admin1 { get; set; } = string.Empty;

    public string Admin2 { get; set; } = string.Empty;

    public string Admin3 { get; set; } = string.Empty;

    public string Location { get; set; } = string.Empty;

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public int GeoPrecision { get; set; }

    public string Source { get; set; } = string.Empty;

    public string SourceScale { get; set; } = string.Empty;

    public string Notes { get; set; } = string.Empty;

    public int Fatalities { get; set; }

    public string Tags { get; set; } = string.Empty;

    public long Timestamp { get; set; }
}
