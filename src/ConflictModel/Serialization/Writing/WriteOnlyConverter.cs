using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// A converter of the writing contract. Documents are read by <see cref="ModelReader"/>, which
/// keeps the path and reports errors in the format's own terms, so the contract never reads.
/// </summary>
/// <typeparam name="T">The type written.</typeparam>
internal abstract class WriteOnlyConverter<T> : JsonConverter<T>
{
    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("The writing contract does not read; use ConflictJson, which reports where a document is wrong.");
}

/// <summary>A converter that knows the JSON Schema of what it writes; the published schema takes it from here.</summary>
internal interface ISchemaDescribed
{
    /// <summary>Gets a new copy of the JSON Schema of the values written.</summary>
    System.Text.Json.Nodes.JsonObject Schema { get; }
}
