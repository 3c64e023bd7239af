using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConflictModel;

/// <summary>Writes a typed id as its text.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal sealed class EntityIdConverter<TId> : WriteOnlyConverter<TId>, ISchemaDescribed
    where TId : struct, IEntityId<TId>
{
    /// <summary>The pattern of <see cref="EntityIdRules"/>.</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    public JsonObject Schema => new() { ["type"] = "string", ["pattern"] = Pattern };

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>Writes an enumeration value as its camelCased name; never as a number.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class EnumNameConverter<TEnum> : WriteOnlyConverter<TEnum>, ISchemaDescribed
    where TEnum : struct, System.Enum
{
    public JsonObject Schema => EnumSchema();

    public static JsonObject EnumSchema()
    {
        var names = new JsonArray();
        foreach (var name in EnumNames<TEnum>.Names)
        {
            names.Add((JsonNode?)JsonValue.Create(name));
        }

        // "enum" alone: its values are strings, and a "type" beside it would report a number twice.
        return new JsonObject { ["enum"] = names };
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(EnumNames<TEnum>.Encode(value));
}

/// <summary>Writes a BCP 47 language tag as its text.</summary>
internal sealed class LanguageTagConverter : WriteOnlyConverter<LanguageTag>, ISchemaDescribed
{
    /// <summary>
    /// The well-formed tags of <see cref="LanguageTag.TryParse(string?, out LanguageTag)"/> (RFC 5646 section 2.1, langtag or
    /// privateuse, in any case) as an ECMA-262 pattern: JSON Schema patterns have no case-insensitive
    /// flag, so each letter class names both cases.
    /// </summary>
    public const string Pattern =
        "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
        + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"
        + "|[Xx](?:-[A-Za-z0-9]{1,8})+)$";

    public JsonObject Schema => new() { ["type"] = "string", ["maxLength"] = 64, ["pattern"] = Pattern, ["description"] = "A well-formed BCP 47 language tag, such as \"en\" or \"fr-ML\"." };

    public override void Write(Utf8JsonWriter writer, LanguageTag value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>Writes an ISO 3166 code as its text.</summary>
internal sealed class Iso3166CodeConverter : WriteOnlyConverter<Iso3166Code>, ISchemaDescribed
{
    public JsonObject Schema => new() { ["type"] = "string", ["pattern"] = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$" };

    public override void Write(Utf8JsonWriter writer, Iso3166Code value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>Writes a SHA-256 digest as 64 lower-case hexadecimal digits.</summary>
internal sealed class Sha256DigestConverter : WriteOnlyConverter<Sha256Digest>, ISchemaDescribed
{
    public JsonObject Schema => new() { ["type"] = "string", ["pattern"] = "^[0-9a-f]{64}$" };

    public override void Write(Utf8JsonWriter writer, Sha256Digest value, JsonSerializerOptions options) => writer.WriteStringValue(value.Hex);
}

/// <summary>Writes an Admiralty grade as letter and digit, such as "B2".</summary>
internal sealed class AdmiraltyGradeConverter : WriteOnlyConverter<AdmiraltyGrade>, ISchemaDescribed
{
    public JsonObject Schema => new() { ["type"] = "string", ["pattern"] = "^[A-F][1-6]$" };

    public override void Write(Utf8JsonWriter writer, AdmiraltyGrade value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>Writes a schema version as "major.minor".</summary>
internal sealed class SchemaVersionConverter : WriteOnlyConverter<SchemaVersion>, ISchemaDescribed
{
    public JsonObject Schema => new()
    {
        ["type"] = "string",
        ["pattern"] = $"^{SchemaVersion.Current.Major}\\.[0-9]{{1,3}}$",
        ["description"] = $"The version of the format the document is written in; this schema describes {SchemaVersion.Current}. A newer minor version only adds optional members.",
    };

    public override void Write(Utf8JsonWriter writer, SchemaVersion value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes the value, without the serializer (see <see cref="ReportWriter"/>).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, SchemaVersion value)
    {
        // "999.999" at most: formatted on the stack, no string per document.
        System.Span<byte> utf8 = stackalloc byte[7];
        writer.WriteStringValue(value.TryFormat(utf8, out var written, default, null) ? utf8[..written] : System.Text.Encoding.UTF8.GetBytes(value.ToString()));
    }
}
