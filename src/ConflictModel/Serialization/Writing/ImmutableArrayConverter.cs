using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel;

/// <summary>A converter of an array type that names its element type, so that the schema can describe the items.</summary>
internal interface IArrayConverter
{
    /// <summary>Gets the type of the items.</summary>
    Type ElementType { get; }
}

/// <summary>
/// Writes an <see cref="ImmutableArray{T}"/>, each item with the contract of <typeparamref name="T"/>
/// (so claims keep their discriminator); a default array is written as empty.
/// </summary>
/// <remarks>
/// The built-in converter cannot write a default array, and the schema exporter writes the default
/// value of every optional constructor parameter, which for the model's collections is a default array.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ImmutableArrayConverter<T> : WriteOnlyConverter<ImmutableArray<T>>, IArrayConverter
{
    public Type ElementType => typeof(T);

    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        if (!value.IsDefault)
        {
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, itemInfo);
            }
        }

        writer.WriteEndArray();
    }
}
