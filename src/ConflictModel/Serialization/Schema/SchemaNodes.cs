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

    /// <summary>
    /// A schema that refuses each of the members where it is present (<c>"properties": {"m": false}</c>),
    /// so that a validator reports the one member that should not be there, at its own path.
    /// </summary>
    public static JsonObject Forbids(params string[] members)
    {
        var properties = new JsonObject();
        foreach (var member in members)
        {
            properties[member] = false;
        }

        return new JsonObject { ["properties"] = properties };
    }

    /// <summary>
    /// A schema that requires the members. In strict mode ajv wants every required member defined
    /// beside <c>required</c>, so each is also named in <c>properties</c> (as <c>true</c>: the object's
    /// own schema says what its value must be) — or refused there, for <paramref name="forbidden"/>.
    /// </summary>
    public static JsonObject Requires(string[] members, params string[] forbidden)
    {
        var node = Forbids(forbidden);
        var properties = node["properties"]!.AsObject();
        foreach (var member in members)
        {
            properties[member] = true;
        }

        node["required"] = Strings(members);
        return node;
    }

    /// <summary>
    /// <c>{"if": {member is one of values}, "then": then}</c>: a rule that applies only when a member
    /// has one of these values. A validator reports a fault in <paramref name="then"/> at its path
    /// (with one "must match then" beside it), where an <c>anyOf</c> of the cases would report every
    /// case that failed.
    /// </summary>
    public static JsonObject When(string member, JsonArray values, JsonObject then)
        => new()
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { [member] = new JsonObject { ["enum"] = values } }, ["required"] = Strings(member) },
            ["then"] = then,
        };

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
