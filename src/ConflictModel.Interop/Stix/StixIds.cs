using System;
using System.Security.Cryptography;
using System.Text;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// Deterministic STIX identifiers: <c>type--UUIDv5(namespace, name)</c> (RFC 9562 section 5.5), so
/// that the same report always gives the same ids, byte for byte.
/// </summary>
internal static class StixIds
{
    /// <summary>
    /// The one namespace of every id this library writes (a random UUIDv4 drawn once; never change it:
    /// every id ever published depends on it).
    /// </summary>
    public static readonly Guid Namespace = new("14dd91d0-15de-41e3-a5e7-7640b0cc15e0");

    /// <summary>Makes <c>{type}--{uuid}</c> from the namespace and a name such as <c>actor:jnim</c>.</summary>
    public static string Create(string type, string name) => $"{type}--{UuidV5(Namespace, name)}";

    /// <summary>The UUIDv5 of a name in a namespace, as lower-case text.</summary>
    public static string UuidV5(Guid ns, string name)
    {
        Span<byte> input = stackalloc byte[16];
        // Guid.TryWriteBytes with bigEndian: RFC 9562 hashes the namespace in network byte order.
        ns.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        input.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
#pragma warning disable CA5350 // RFC 9562 defines version 5 by SHA-1; it names, it does not protect.
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
