using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConflictModel;

/// <summary>
/// Writes a count estimate as its qualifier and the numbers and words it has:
/// <c>{"qualifier":"moreThan","value":80,"wording":"more than 80","counted":"militants"}</c>.
/// The derived Low, Best and High are not written.
/// </summary>
internal sealed class CountEstimateConverter : WriteOnlyConverter<CountEstimate>, ISchemaDescribed
{
    public JsonObject Schema
    {
        get
        {
            var qualifier = Name(CountEstimateMember.Qualifier);
            var value = Name(CountEstimateMember.Value);
            var min = Name(CountEstimateMember.Min);
            var max = Name(CountEstimateMember.Max);
            var schema = SchemaNodes.Object(
                new JsonObject
                {
                    [qualifier] = SchemaNodes.Enum<EstimateQualifier>(),
                    [value] = SchemaNodes.Integer(0),
                    [min] = SchemaNodes.Integer(0),
                    [max] = SchemaNodes.Integer(1),
                    [Name(CountEstimateMember.Wording)] = SchemaNodes.NotBlankString(),
                    [Name(CountEstimateMember.Counted)] = SchemaNodes.NotBlankString(),
                },
                qualifier);
            schema["description"] = "A number as reported: exact, at least, more than, at most, fewer than, approximately (with value), between (with min and max), unknown or undisclosed (with no number).";
            // Dispatch on the qualifier, so that a validator reports the one member missing or out of place.
            schema["allOf"] = new JsonArray(
                Case(qualifier, [EstimateQualifier.Between], SchemaNodes.Requires([min, max], value)),
                Case(qualifier, [EstimateQualifier.Unknown, EstimateQualifier.Undisclosed], SchemaNodes.Forbids(value, min, max)),
                Case(
                    qualifier,
                    [EstimateQualifier.Exact, EstimateQualifier.AtLeast, EstimateQualifier.MoreThan, EstimateQualifier.AtMost, EstimateQualifier.FewerThan, EstimateQualifier.Approximately],
                    SchemaNodes.Requires([value], min, max)));
            return schema;
        }
    }

    public override void Write(Utf8JsonWriter writer, CountEstimate value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the value, without the serializer (see <see cref="ReportWriter"/>).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, CountEstimate value)
    {
        writer.WriteStartObject();
        writer.WriteString(Encoded(CountEstimateMember.Qualifier), EnumNames<EstimateQualifier>.Encode(value.Qualifier));
        WriteNumber(writer, CountEstimateMember.Value, value.Value);
        WriteNumber(writer, CountEstimateMember.Min, value.Min);
        WriteNumber(writer, CountEstimateMember.Max, value.Max);
        WriteText(writer, Encoded(CountEstimateMember.Wording), value.Wording);
        WriteText(writer, Encoded(CountEstimateMember.Counted), value.Counted);
        writer.WriteEndObject();
    }

    internal static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(name, text);
        }
    }

    private static string Name(CountEstimateMember member) => EnumNames<CountEstimateMember>.Name(member);

    private static JsonEncodedText Encoded(CountEstimateMember member) => EnumNames<CountEstimateMember>.Encode(member);

    private static void WriteNumber(Utf8JsonWriter writer, CountEstimateMember member, int? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(Encoded(member), n);
        }
    }

    private static JsonObject Case(string qualifier, EstimateQualifier[] qualifiers, JsonObject then)
    {
        var names = new JsonArray();
        foreach (var q in qualifiers)
        {
            names.Add((JsonNode?)JsonValue.Create(EnumNames<EstimateQualifier>.Name(q)));
        }

        return SchemaNodes.When(qualifier, names, then);
    }
}

/// <summary>Writes who makes a claim: <c>{"actor":"jnim"}</c> or <c>{"source":"mali-article"}</c>.</summary>
internal sealed class ClaimantConverter : WriteOnlyConverter<Claimant>, ISchemaDescribed
{
    public JsonObject Schema
    {
        get
        {
            var actor = EnumNames<ClaimantMember>.Name(ClaimantMember.Actor);
            var source = EnumNames<ClaimantMember>.Name(ClaimantMember.Source);
            var schema = SchemaNodes.Object(new JsonObject { [actor] = SchemaNodes.Id(), [source] = SchemaNodes.Id() });
            schema["description"] = "Who makes the claim: an actor, or the source in its own voice; exactly one.";
            // Exactly one of the two, as rules that each give one error where a oneOf reports every
            // case: none is too few members; with both, the actor is out of place (as the reader says).
            schema["minProperties"] = 1;
            schema["dependentSchemas"] = new JsonObject { [source] = SchemaNodes.Forbids(actor) };
            return schema;
        }
    }

    public override void Write(Utf8JsonWriter writer, Claimant value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the value, without the serializer (see <see cref="ReportWriter"/>).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, Claimant value)
    {
        writer.WriteStartObject();
        if (value.Actor is { } actor)
        {
            writer.WriteString(EnumNames<ClaimantMember>.Encode(ClaimantMember.Actor), actor.Value);
        }
        else
        {
            writer.WriteString(EnumNames<ClaimantMember>.Encode(ClaimantMember.Source), value.Source!.Value.Value);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Writes a reference to an entity as its kind and id: <c>{"kind":"engagement","id":"western-mali-attacks"}</c>.</summary>
internal sealed class EntityReferenceConverter : WriteOnlyConverter<EntityReference>, ISchemaDescribed
{
    public JsonObject Schema
    {
        get
        {
            var kinds = SchemaNodes.Strings(
                EnumNames<EntityKind>.Name(EntityKind.Actor),
                EnumNames<EntityKind>.Name(EntityKind.Location),
                EnumNames<EntityKind>.Name(EntityKind.Engagement),
                EnumNames<EntityKind>.Name(EntityKind.Source),
                EnumNames<EntityKind>.Name(EntityKind.Claim));
            var kind = EnumNames<EntityReferenceMember>.Name(EntityReferenceMember.Kind);
            var id = EnumNames<EntityReferenceMember>.Name(EntityReferenceMember.Id);
            return SchemaNodes.Object(new JsonObject { [kind] = new JsonObject { ["enum"] = kinds }, [id] = SchemaNodes.Id() }, kind, id);
        }
    }

    public override void Write(Utf8JsonWriter writer, EntityReference value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the value, without the serializer (see <see cref="ReportWriter"/>).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, EntityReference value)
    {
        writer.WriteStartObject();
        writer.WriteString(EnumNames<EntityReferenceMember>.Encode(EntityReferenceMember.Kind), EnumNames<EntityKind>.Encode(value.Kind));
        writer.WriteString(EnumNames<EntityReferenceMember>.Encode(EntityReferenceMember.Id), value.Id);
        writer.WriteEndObject();
    }
}

/// <summary>Writes a WGS84 point as <c>{"latitude":14.4469,"longitude":-11.4456}</c>, in the shortest form that reads back exactly.</summary>
internal sealed class GeoPointConverter : WriteOnlyConverter<GeoPoint>, ISchemaDescribed
{
    public JsonObject Schema
    {
        get
        {
            var latitude = EnumNames<GeoPointMember>.Name(GeoPointMember.Latitude);
            var longitude = EnumNames<GeoPointMember>.Name(GeoPointMember.Longitude);
            return SchemaNodes.Object(
                new JsonObject
                {
                    [latitude] = new JsonObject { ["type"] = "number", ["minimum"] = -90, ["maximum"] = 90 },
                    [longitude] = new JsonObject { ["type"] = "number", ["minimum"] = -180, ["maximum"] = 180 },
                },
                latitude,
                longitude);
        }
    }

    public override void Write(Utf8JsonWriter writer, GeoPoint value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the value, without the serializer (see <see cref="ReportWriter"/>).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, GeoPoint value)
    {
        writer.WriteStartObject();
        writer.WriteNumber(EnumNames<GeoPointMember>.Encode(GeoPointMember.Latitude), value.Latitude);
        writer.WriteNumber(EnumNames<GeoPointMember>.Encode(GeoPointMember.Longitude), value.Longitude);
        writer.WriteEndObject();
    }
}
