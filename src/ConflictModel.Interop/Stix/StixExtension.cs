namespace ConflictModel.Interop.Stix;

/// <summary>
/// The ConflictModel STIX extension: a property extension, declared by an <c>extension-definition</c>
/// object in every bundle, that carries each entity whole in ConflictModel's own JSON form — the
/// claims with their claimants, counts with bounds and wording, quoted spans, mentions — which STIX
/// has no properties for. Its JSON Schema is docs/interop/stix-extension.schema.json.
/// </summary>
public static class StixExtension
{
    /// <summary>The id of the extension-definition object, the key of the extension in <c>extensions</c> (UUIDv5 of <c>extension-definition:conflictmodel</c>).</summary>
    public const string DefinitionId = "extension-definition--8632cfe6-0c7f-525e-a55a-1cb39826e3b1";

    /// <summary>The version of the extension (its <c>version</c> property).</summary>
    public const string Version = "1.0.0";

    /// <summary>Where the extension's JSON Schema is published (its <c>schema</c> property).</summary>
    public const string SchemaUrl = "https://github.com/conflictmodel/conflictmodel/blob/main/docs/interop/stix-extension.schema.json";

    /// <summary>The id of the identity that created the extension definition, ConflictModel itself (UUIDv5 of <c>identity:conflictmodel</c>).</summary>
    public const string ProducerId = "identity--d10dc5ac-930c-55f7-b168-ba6310d30dca";

    /// <summary>The extension's member naming the entity kind it carries: <c>source</c>, <c>actor</c>, <c>location</c>, <c>engagement</c>, <c>claim</c> or <c>attribution</c>.</summary>
    internal const string EntityKindMember = "entity_kind";

    /// <summary>The extension's member carrying the entity in ConflictModel JSON.</summary>
    internal const string EntityMember = "entity";

    /// <summary>The report SDO extension's member carrying the mentions in its source.</summary>
    internal const string MentionsMember = "mentions";

    /// <summary>The extension's member giving the ConflictModel JSON format version of <c>entity</c>.</summary>
    internal const string SchemaVersionMember = "schema_version";
}
