using System;
using System.Text.Json.Nodes;

namespace ConflictModel;

/// <summary>Small builders of JSON Schema nodes, for the parts of the schema that converters describe themselves.</summary>
internal static class SchemaNodes
{
    /// <summary>The pattern of text the model calls not blank: at least one character that is not white space.</summary>
    public const string NotBlankPattern = "\\S";

    public static JsonObject NotBlankString() => new() { ["type"] = "string", ["pattern"] = NotBlankPattern };

    public static JsonObject String(string pattern, string? description = null)
    {
        var node = new JsonObject { ["type"] = "string", ["pattern"] = pattern };
        if (description is not null)
        {
            node["description"] = description;
        }

        return node;
    }

    public static JsonObject Integer(int minimum, int? maximum = null)
    {
        var node = new JsonObject { ["type"] = "integer", ["minimum"] = minimum };
        if (maximum is { } max)
        {
            node["maximum"] = max;
        }

        return node;
    }

    public static JsonObject Enum<TEnum>()
        where TEnum : struct, Enum
        => EnumNameConverter<TEnum>.EnumSchema();

    public static JsonObject Id() => String(EntityIdConverter<ActorId>.Pattern);

    /// <summary>An object with exactly these properties (in this order), of which <paramref name="required"/> must be present.</summary>
    public static JsonObject Object(JsonObject properties, params string[] required)
    {
        var node = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Length > 0)
        {
            node["required"] = Strings(required);
        }

        node["additionalProperties"] = false;
        return node;
    }

    public static JsonObject Requires(params string[] members) => new() { ["required"] = Strings(members) };

    /// <summary>A schema that holds when none of the members is present.</summary>
    public static JsonObject HasNone(params string[] members)
    {
        var any = new JsonArray();
        foreach (var member in members)
        {
            any.Add((JsonNode)Requires(member));
        }

        return new JsonObject { ["not"] = new JsonObject { ["anyOf"] = any } };
    }

    public static JsonArray Strings(params string[] values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode?)JsonValue.Create(value));
        }

        return array;
    }
}
