using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
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
/// <para>The built-in converter cannot write a default array, and the schema exporter writes the default
/// value of every optional constructor parameter, which for the model's collections is a default array.</para>
/// <para>Each call of the serializer starts its write state afresh, and allocates it again as soon as the
/// value nests an object (an attribution's quote, a claim's kind). So items written by a converter of
/// their own (ids, references) go straight to that converter; a long array of objects (a section of the
/// report) is written as the array under the immutable array, in one call; a short one (the participants
/// of an engagement) item by item, which for items that nest nothing allocates nothing.</para>
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ImmutableArrayConverter<T> : WriteOnlyConverter<ImmutableArray<T>>, IArrayConverter
{
    /// <summary>From this many items on, an array of objects is written in one call of the serializer.</summary>
    private const int WholeArrayFrom = 8;

    private Contracts? _contracts;

    public Type ElementType => typeof(T);

    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        var contracts = _contracts is { } known && ReferenceEquals(known.Options, options) ? known : _contracts = new Contracts(options);
        var items = ImmutableCollectionsMarshal.AsArray(value) ?? [];
        if (contracts.ItemConverter is { } converter)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                converter.Write(writer, item, options);
            }

            writer.WriteEndArray();
        }
        else if (items.Length >= WholeArrayFrom)
        {
            JsonSerializer.Serialize(writer, items, contracts.Array);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                JsonSerializer.Serialize(writer, item, contracts.Item);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>The contracts of the items and of their array under one set of options, looked up once.</summary>
    private sealed class Contracts
    {
        public Contracts(JsonSerializerOptions options)
        {
            Options = options;
            Item = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            Array = (JsonTypeInfo<T[]>)options.GetTypeInfo(typeof(T[]));

            // An item type with a converter of its own (Kind None) is written by that converter, without the serializer's state.
            ItemConverter = Item.Kind == JsonTypeInfoKind.None ? Item.Converter as JsonConverter<T> : null;
        }

        public JsonSerializerOptions Options { get; }

        public JsonTypeInfo<T> Item { get; }

        public JsonTypeInfo<T[]> Array { get; }

        public JsonConverter<T>? ItemConverter { get; }
    }
}
