using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Parquet;

/// <summary>The entity arrays of a report's JSON document, in the document's order.</summary>
internal enum EntityMember
{
    Sources,
    Actors,
    Locations,
    Engagements,
    Claims,
    Attributions,
    Mentions,
    DatasetFields,
}

/// <summary>
/// Where each entity's JSON lies in a report's UTF-8 document: one pass of a
/// <see cref="Utf8JsonReader"/> over the top-level entity arrays, recording each element's byte range,
/// so that the lossless <c>json</c> column is a slice of bytes already there — no document tree, no
/// string. The lists are reused from one document to the next.
/// </summary>
internal sealed class EntityJson
{
    private static readonly byte[][] Names =
    [
        "sources"u8.ToArray(),
        "actors"u8.ToArray(),
        "locations"u8.ToArray(),
        "engagements"u8.ToArray(),
        "claims"u8.ToArray(),
        "attributions"u8.ToArray(),
        "mentions"u8.ToArray(),
        "datasetFields"u8.ToArray(),
    ];

    private static readonly byte[] CurrentSchemaVersion = System.Text.Encoding.UTF8.GetBytes(SchemaVersion.Current.ToString());

    private readonly List<(int Start, int Length)>[] _ranges = [[], [], [], [], [], [], [], []];

    /// <summary>Gets the document the ranges are in.</summary>
    public ReadOnlyMemory<byte> Document { get; private set; }

    /// <summary>
    /// Finds the entity arrays of <paramref name="document"/>. Returns false when the document is not
    /// an object this reader takes or its <c>schemaVersion</c> is not the one this library writes (an
    /// entity's JSON of another version would not read back the same way); the ranges are then not to be used.
    /// </summary>
    public bool Scan(ReadOnlyMemory<byte> document)
    {
        Document = document;
        foreach (var list in _ranges)
        {
            list.Clear();
        }

        try
        {
            return Find(document.Span);
        }
        catch (JsonException)
        {
            // Not JSON this reader takes (comments, say); the caller falls back to the core's own.
            return false;
        }
    }

    private bool Find(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("schemaVersion"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(CurrentSchemaVersion))
                {
                    return false;
                }

                continue;
            }

            var member = Member(ref reader);
            reader.Read();
            if (member is { } m && reader.TokenType == JsonTokenType.StartArray)
            {
                var list = _ranges[(int)m];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = checked((int)reader.TokenStartIndex);
                    reader.Skip();
                    list.Add((start, checked((int)reader.BytesConsumed) - start));
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return true;
    }

    /// <summary>Gets a value indicating whether the last scan found as many elements in each array as <paramref name="report"/> holds entities.</summary>
    public bool Holds(ConflictReport report)
        => Count(EntityMember.Sources) == report.Sources.Length
            && Count(EntityMember.Actors) == report.Actors.Length
            && Count(EntityMember.Locations) == report.Locations.Length
            && Count(EntityMember.Engagements) == report.Engagements.Length
            && Count(EntityMember.Claims) == report.Claims.Length
            && Count(EntityMember.Attributions) == report.Attributions.Length
            && Count(EntityMember.Mentions) == report.Mentions.Length
            && Count(EntityMember.DatasetFields) == report.DatasetFields.Length;

    /// <summary>Gets the number of elements found in one array.</summary>
    public int Count(EntityMember member) => _ranges[(int)member].Count;

    /// <summary>Gets the UTF-8 JSON of one element.</summary>
    public ReadOnlyMemory<byte> Element(EntityMember member, int index)
    {
        var (start, length) = _ranges[(int)member][index];
        return Document.Slice(start, length);
    }

    private static EntityMember? Member(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (reader.ValueTextEquals(Names[i]))
            {
                return (EntityMember)i;
            }
        }

        return null;
    }
}
