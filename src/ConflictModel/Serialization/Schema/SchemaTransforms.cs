using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel;

/// <summary>
/// What the exporter cannot know from the contract alone: the shapes written by the model's own
/// converters (ids, enumerations as names, estimates, times, claimants, references, points), the
/// items of the immutable arrays, and that the model's text members are never blank.
/// </summary>
/// <remarks>
/// The exporter gives a member whose type has its own converter the schema <c>true</c>, and for a
/// member with a default value it does not pass that schema through the transform. So the
/// transform of each object fills in its members, and the transform of each type handles the
/// array items and the root.
/// </remarks>
internal static class SchemaTransforms
{
    public static JsonNode Apply(JsonSchemaExporterContext context, JsonNode schema, JsonSerializerOptions contract, JsonSchemaExporterOptions exporter)
    {
        var typeInfo = context.TypeInfo;
        if (Describe(typeInfo.Converter, contract, exporter) is { } described)
        {
            return described;
        }

        if (typeInfo.Kind == JsonTypeInfoKind.Object && schema["properties"] is JsonObject properties)
        {
            foreach (var property in typeInfo.Properties)
            {
                if (properties[property.Name] is JsonObject member)
                {
                    properties[property.Name] = Member(property, member, contract, exporter);
                }
            }

            // The discriminator of a claim, as "enum" rather than "const": the same rule, understood by more validators.
            var discriminator = EnumNames<ClaimBaseMember>.Name(ClaimBaseMember.Kind);
            if (typeInfo.Type.IsSubclassOf(typeof(Claim)) && properties[discriminator] is JsonObject { } kind && kind["const"] is { } value)
            {
                properties[discriminator] = new JsonObject { ["enum"] = new JsonArray(value.DeepClone()) };
            }
        }

        if (typeInfo.PolymorphismOptions is not null && schema is JsonObject union && union["anyOf"] is JsonArray cases)
        {
            return Dispatch(union, cases);
        }

        if (typeInfo.Type == typeof(Engagement) && schema is JsonObject engagement)
        {
            engagement["allOf"] = SubTypeRules();
        }
        else if (typeInfo.Type == typeof(Location) && schema is JsonObject location)
        {
            // A precision qualifies a point; the reader refuses it without one.
            location["dependentRequired"] = new JsonObject
            {
                [EnumNames<LocationMember>.Name(LocationMember.Precision)] = SchemaNodes.Strings(EnumNames<LocationMember>.Name(LocationMember.Point)),
            };
        }

        return schema;
    }

    /// <summary>
    /// The exporter writes a polymorphic type as an <c>anyOf</c> of its derived types, so a fault in
    /// one claim is reported once for each of the eight kinds it is not. Dispatching on the
    /// discriminator instead (<c>if</c> kind is this, <c>then</c> this kind's schema) reports the
    /// fault once, at its path, and an unknown kind as one error at <c>kind</c>.
    /// </summary>
    private static JsonObject Dispatch(JsonObject union, JsonArray cases)
    {
        var discriminator = EnumNames<ClaimBaseMember>.Name(ClaimBaseMember.Kind);
        var kinds = new JsonArray();
        var rules = new JsonArray();
        foreach (var node in cases)
        {
            var branch = node!.AsObject();
            var kind = branch["properties"]![discriminator]!["enum"]!.AsArray();
            foreach (var value in kind)
            {
                kinds.Add(value!.DeepClone());
            }

            rules.Add((JsonNode)SchemaNodes.When(discriminator, (JsonArray)kind.DeepClone(), (JsonObject)branch.DeepClone()));
        }

        var result = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { [discriminator] = new JsonObject { ["enum"] = kinds } },
            ["required"] = SchemaNodes.Strings(discriminator),
            ["allOf"] = rules,
        };
        foreach (var (name, value) in union)
        {
            if (name is not ("type" or "anyOf" or "required"))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }

    /// <summary>A sub-type only under its own type: for each type, the sub-types that belong to it.</summary>
    private static JsonArray SubTypeRules()
    {
        var type = EnumNames<EngagementMember>.Name(EngagementMember.Type);
        var subType = EnumNames<EngagementMember>.Name(EngagementMember.SubType);
        var rules = new JsonArray();
        foreach (var eventType in Enum.GetValues<EventType>())
        {
            var own = new JsonArray();
            foreach (var sub in Enum.GetValues<SubEventType>())
            {
                if (EventTaxonomy.TypeOf(sub) == eventType)
                {
                    own.Add((JsonNode?)JsonValue.Create(EnumNames<SubEventType>.Name(sub)));
                }
            }

            var then = new JsonObject { ["properties"] = new JsonObject { [subType] = new JsonObject { ["enum"] = own } } };
            rules.Add((JsonNode)SchemaNodes.When(type, SchemaNodes.Strings(EnumNames<EventType>.Name(eventType)), then));
        }

        return rules;
    }

    private static JsonObject Member(JsonPropertyInfo property, JsonObject member, JsonSerializerOptions contract, JsonSchemaExporterOptions exporter)
    {
        var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var result = Describe(contract.GetTypeInfo(valueType).Converter, contract, exporter) ?? member;
        if (valueType == typeof(string) && member["type"] is not null)
        {
            // The model refuses blank text, except a source's text, kept byte for byte, and a span's, a slice of it,
            // and a dataset field's value, kept as the dataset wrote it (even empty).
            result = new JsonObject { ["type"] = "string" };
            if (property.DeclaringType == typeof(DatasetField) && property.Name == EnumNames<DatasetFieldMember>.Name(DatasetFieldMember.Value))
            {
                // Any text.
            }
            else if ((property.DeclaringType == typeof(Source) && property.Name == EnumNames<SourceMember>.Name(SourceMember.Text)) || property.DeclaringType == typeof(TextSpan))
            {
                result["minLength"] = 1;
            }
            else
            {
                result["pattern"] = SchemaNodes.NotBlankPattern;
            }
        }

        // A URL is read as System.Uri reads an absolute one, which takes IRIs (non-ASCII text) too,
        // where the "uri" format is ASCII only: the schema asks only for the scheme that makes it absolute.
        if (valueType == typeof(Uri))
        {
            result = SchemaNodes.String("^[A-Za-z][A-Za-z0-9+.-]*:", "An absolute URI or IRI, such as \"https://example.org/actualités\".");
        }

        // A span's positions are offsets into a text.
        if (property.DeclaringType == typeof(TextSpan) && valueType == typeof(int))
        {
            result["minimum"] = 0;
        }

        // Nulls are never written: a member is present with a value, or absent.
        if (result["type"] is JsonArray types)
        {
            for (var i = types.Count - 1; i >= 0; i--)
            {
                if (types[i]?.GetValue<string>() == "null")
                {
                    types.RemoveAt(i);
                }
            }

            if (types.Count == 1)
            {
                result["type"] = types[0]!.GetValue<string>();
            }
        }

        // A collection the model requires must have items (a claim's subjects, a materiel claim's items).
        if (property.IsRequired && result["type"]?.GetValue<string>() == "array")
        {
            result["minItems"] = 1;
        }

        // A default of null says nothing; other defaults are the model's.
        if (member["default"] is { } value && ReferenceEquals(result, member) is false)
        {
            result["default"] = value.DeepClone();
        }
        else if (member.ContainsKey("default") && member["default"] is null)
        {
            result.Remove("default");
        }

        return result;
    }

    private static JsonObject? Describe(JsonConverter converter, JsonSerializerOptions contract, JsonSchemaExporterOptions exporter) => converter switch
    {
        ISchemaDescribed described => described.Schema,
        IArrayConverter array => new JsonObject
        {
            ["type"] = "array",
            ["items"] = JsonSchemaExporter.GetJsonSchemaAsNode(contract.GetTypeInfo(array.ElementType), exporter),
        },
        _ => null,
    };
}
