using System.Globalization;

namespace ConflictModel.Parquet;

/// <summary>
/// The tables of schema version 1 (docs/parquet.md documents every column). Entity tables carry the
/// entity's JSON (the lossless record) beside typed columns; child tables spread lists one item a row.
/// </summary>
internal static class Tables
{
    /// <summary>The Hive default partition, which Spark, DuckDB and Polars read as null.</summary>
    public const string DefaultPartition = "__HIVE_DEFAULT_PARTITION__";

    public static TableDefinition<EntityRow<Engagement>> Engagements { get; } =
        Entity<Engagement>("engagements", e => e.Id.Value, row => EngagementPartition(row))
            .Text("type", false, r => WireNames.Of(r.Entity.Type))
            .Text("sub_type", true, r => WireNames.Of(r.Entity.SubType))
            .Text("acled_event_type", false, r => r.Entity.Type.ToAcledLabel())
            .Text("acled_sub_event_type", true, r => r.Entity.SubType?.ToAcledLabel())
            .Text("scope", false, r => WireNames.Of(r.Entity.Scope))
            .Text("campaign_id", true, r => r.Entity.Campaign?.Value)
            .Text("summary", true, r => r.Entity.Summary)
            .Text("time_kind", true, r => WireNames.Of(r.Entity.Time?.Kind))
            .Date("date_start", r => r.Entity.Time?.FirstDate)
            .Date("date_end", r => r.Entity.Time?.LastDate)
            .Int("acled_time_precision", r => r.Entity.Time?.ToAcledTimePrecision())
            .Int("ucdp_date_precision", r => r.Entity.Time?.ToUcdpDatePrecision())
            .Text("time_wording", true, r => r.Entity.Time?.Wording)
            .Text("location_id", true, r => FirstLocation(r.Entity)?.Value)
            .Text("country_code", true, r => r.Slice.Place(FirstLocation(r.Entity)).CountryCode)
            .Text("country_name", true, r => r.Slice.Place(FirstLocation(r.Entity)).CountryName)
            .Text("admin1", true, r => r.Slice.Place(FirstLocation(r.Entity)).Admin1)
            .Text("admin2", true, r => r.Slice.Place(FirstLocation(r.Entity)).Admin2)
            .Double("latitude", r => FirstPlace(r)?.Point?.Latitude)
            .Double("longitude", r => FirstPlace(r)?.Point?.Longitude)
            .Int("acled_geo_precision", r => FirstPlace(r)?.Precision?.ToAcledGeoPrecision())
            .Int("ucdp_where_prec", r => FirstPlace(r)?.Precision?.ToUcdpWherePrecision())
            .RequiredInt("participant_count", r => r.Entity.Participants.Length)
            .Utf8Text("json", r => r.Json);

    public static TableDefinition<ChildRow<Participant>> Participants { get; } =
        new TableDefinition<ChildRow<Participant>>("participants")
            .Text("engagement_id", false, r => r.ParentId)
            .RequiredInt("ordinal", r => r.Ordinal)
            .Text("actor_id", false, r => r.Item.Actor.Value)
            .Text("role", false, r => WireNames.Of(r.Item.Role))
            .Text("actor_category", true, r => WireNames.Of(r.Slice.Actor(r.Item.Actor)?.Category))
            .Text("actor_name", true, r => r.Slice.Actor(r.Item.Actor)?.Name.Text)
            .Text("identified_actor_id", true, r => r.Item.Identification?.Actor.Value)
            .Text("identification_basis", true, r => WireNames.Of(r.Item.Identification?.Basis))
            .RequiredInt("identification_claim_count", r => r.Item.Identification?.Claims.Length ?? 0)
            .Text("batch", false, r => r.Batch);

    public static TableDefinition<ChildRow<LocationId>> EngagementLocations { get; } =
        new TableDefinition<ChildRow<LocationId>>("engagement_locations")
            .Text("engagement_id", false, r => r.ParentId)
            .RequiredInt("ordinal", r => r.Ordinal)
            .Text("location_id", false, r => r.Item.Value)
            .Text("batch", false, r => r.Batch);

    public static TableDefinition<EntityRow<Claim>> Claims { get; } =
        Entity<Claim>("claims", c => c.Id.Value)
            .Text("kind", false, r => WireNames.Of(r.Entity.Kind))
            .Text("status", false, r => WireNames.Of(r.Entity.Status))
            .Text("claimant_actor_id", true, r => r.Entity.Claimant.Actor?.Value)
            .Text("claimant_source_id", true, r => r.Entity.Claimant.Source?.Value)
            .Text("claimant", false, r => r.Entity.Claimant.Actor?.Value ?? r.Entity.Claimant.Source?.Value)
            .Text("engagement_id", true, r => FirstEngagement(r.Entity))
            .Text("casualty_outcome", true, r => r.Entity is CasualtyClaim c ? WireNames.Of(c.Outcome) : null)
            .Text("victims_actor_id", true, r => (r.Entity as CasualtyClaim)?.Victims?.Value)
            .Text("count_qualifier", true, r => r.Entity is CasualtyClaim c ? WireNames.Of(c.Count.Qualifier) : null)
            .Int("count_value", r => (r.Entity as CasualtyClaim)?.Count.Value)
            .Int("count_min", r => r.Entity is CasualtyClaim { Count.Qualifier: EstimateQualifier.Between } c ? c.Count.Low : null)
            .Int("count_max", r => r.Entity is CasualtyClaim { Count.Qualifier: EstimateQualifier.Between } c ? c.Count.High : null)
            .Int("low", r => (r.Entity as CasualtyClaim)?.Count.Low)
            .Int("best", r => (r.Entity as CasualtyClaim)?.Count.Best)
            .Int("high", r => (r.Entity as CasualtyClaim)?.Count.High)
            .Text("count_wording", true, r => (r.Entity as CasualtyClaim)?.Count.Wording)
            .Text("counted", true, r => (r.Entity as CasualtyClaim)?.Count.Counted)
            .Utf8Text("json", r => r.Json);

    public static TableDefinition<ChildRow<EntityReference>> ClaimSubjects { get; } =
        new TableDefinition<ChildRow<EntityReference>>("claim_subjects")
            .Text("claim_id", false, r => r.ParentId)
            .RequiredInt("ordinal", r => r.Ordinal)
            .Text("entity_kind", false, r => WireNames.Of(r.Item.Kind))
            .Text("entity_id", false, r => r.Item.Id)
            .Text("batch", false, r => r.Batch);

    public static TableDefinition<ChildRow<AttributionId>> ClaimAttributions { get; } =
        new TableDefinition<ChildRow<AttributionId>>("claim_attributions")
            .Text("claim_id", false, r => r.ParentId)
            .RequiredInt("ordinal", r => r.Ordinal)
            .Text("attribution_id", false, r => r.Item.Value)
            .Text("batch", false, r => r.Batch);

    public static TableDefinition<EntityRow<SourceAttribution>> Attributions { get; } =
        Entity<SourceAttribution>("attributions", a => a.Id.Value)
            .Text("source_id", false, r => r.Entity.Source.Value)
            .Text("quote", false, r => r.Entity.Quote.Exact)
            .RequiredInt("quote_start", r => r.Entity.Quote.Start)
            .RequiredInt("quote_end", r => r.Entity.Quote.End)
            .Text("quote_prefix", true, r => r.Entity.Quote.Prefix)
            .Text("quote_suffix", true, r => r.Entity.Quote.Suffix)
            .Text("mode", false, r => WireNames.Of(r.Entity.Mode))
            .Text("channel", false, r => WireNames.Of(r.Entity.Channel))
            .Text("speaker_actor_id", true, r => r.Entity.Speaker?.Value)
            .Date("stated_start", r => r.Entity.StatedAt?.FirstDate)
            .Date("stated_end", r => r.Entity.StatedAt?.LastDate)
            .Text("grade", true, r => r.Entity.Grade?.ToString())
            .Utf8Text("json", r => r.Json);

    public static TableDefinition<EntityRow<Source>> Sources { get; } =
        Entity<Source>("sources", s => s.Id.Value)
            .Text("kind", false, r => WireNames.Of(r.Entity.Kind))
            .Text("title", true, r => r.Entity.Title)
            .Text("publisher", true, r => r.Entity.Publisher)
            .Text("language", true, r => r.Entity.Language?.Value)
            .Date("published_start", r => r.Entity.Published?.FirstDate)
            .Date("published_end", r => r.Entity.Published?.LastDate)
            .Text("url", true, r => r.Entity.Url?.OriginalString)
            .Text("text_sha256", true, r => r.Entity.TextSha256?.Hex)
            .Int("text_length", r => r.Entity.Text?.Length)
            .Utf8Text("json", r => r.Json);

    public static TableDefinition<EntityRow<Actor>> Actors { get; } =
        Entity<Actor>("actors", a => a.Id.Value)
            .Text("name", false, r => r.Entity.Name.Text)
            .Text("name_language", true, r => r.Entity.Name.Language?.Value)
            .Text("kind", false, r => WireNames.Of(r.Entity.Kind))
            .Text("category", true, r => WireNames.Of(r.Entity.Category))
            .Text("country", true, r => r.Entity.Country?.Value)
            .RequiredInt("alias_count", r => r.Entity.Aliases.Length)
            .RequiredInt("affiliation_count", r => r.Entity.Affiliations.Length)
            .Utf8Text("json", r => r.Json);

    public static TableDefinition<EntityRow<Location>> Locations { get; } =
        Entity<Location>("locations", l => l.Id.Value)
            .Text("name", false, r => r.Entity.Name.Text)
            .Text("name_language", true, r => r.Entity.Name.Language?.Value)
            .Text("kind", false, r => WireNames.Of(r.Entity.Kind))
            .Text("parent_id", true, r => r.Entity.Parent?.Value)
            .Text("iso_code", true, r => r.Entity.IsoCode?.Value)
            .Double("latitude", r => r.Entity.Point?.Latitude)
            .Double("longitude", r => r.Entity.Point?.Longitude)
            .Text("precision", true, r => WireNames.Of(r.Entity.Precision))
            .Text("basis", true, r => WireNames.Of(r.Entity.Basis))
            .Text("country_code", true, r => r.Slice.Place(r.Entity.Id).CountryCode)
            .Text("country_name", true, r => r.Slice.Place(r.Entity.Id).CountryName)
            .Text("admin1", true, r => r.Slice.Place(r.Entity.Id).Admin1)
            .Text("admin2", true, r => r.Slice.Place(r.Entity.Id).Admin2)
            .Utf8Text("json", r => r.Json);

    public static TableDefinition<EntityRow<Mention>> Mentions { get; } =
        Entity<Mention>("mentions", m => m.Id.Value)
            .Text("entity_kind", false, r => WireNames.Of(r.Entity.Entity.Kind))
            .Text("entity_id", false, r => r.Entity.Entity.Id)
            .Text("source_id", false, r => r.Entity.Source.Value)
            .Text("exact", false, r => r.Entity.Span.Exact)
            .RequiredInt("span_start", r => r.Entity.Span.Start)
            .RequiredInt("span_end", r => r.Entity.Span.End)
            .Text("confidence", true, r => WireNames.Of(r.Entity.Confidence))
            .Utf8Text("json", r => r.Json);

    /// <summary>The report's own dataset fields, one a row, in order.</summary>
    public static TableDefinition<EntityRow<DatasetField>> DatasetFields { get; } =
        new TableDefinition<EntityRow<DatasetField>>("dataset_fields")
            .Text("batch", false, r => r.Batch)
            .RequiredLong("ordinal", r => r.Ordinal)
            .Utf8Text("json", r => r.Json);

    private static TableDefinition<EntityRow<T>> Entity<T>(string name, System.Func<T, string> id, System.Func<EntityRow<T>, string?>? partition = null)
        => new TableDefinition<EntityRow<T>>(name, partition)
            .Text("id", false, r => id(r.Entity))
            .Text("batch", false, r => r.Batch)
            .RequiredLong("ordinal", r => r.Ordinal);

    private static LocationId? FirstLocation(Engagement engagement) => engagement.Locations.IsDefaultOrEmpty ? null : engagement.Locations[0];

    private static Location? FirstPlace(EntityRow<Engagement> row) => FirstLocation(row.Entity) is { } id ? row.Slice.Location(id) : null;

    private static string? FirstEngagement(Claim claim)
    {
        foreach (var subject in claim.Subjects)
        {
            if (subject.Kind == EntityKind.Engagement)
            {
                return subject.Id;
            }
        }

        return null;
    }

    private static string EngagementPartition(EntityRow<Engagement> row)
    {
        var country = row.Slice.Place(FirstLocation(row.Entity)).CountryCode ?? DefaultPartition;
        var year = row.Entity.Time is { } time ? time.FirstDate.Year.ToString("D4", CultureInfo.InvariantCulture) : DefaultPartition;
        return $"country={country}/year={year}";
    }
}
