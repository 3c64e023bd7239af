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
                properties[discriminator] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(value.DeepClone()) };
            }
        }

        return schema;
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
