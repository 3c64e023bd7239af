using System;
using System.Text;

namespace ConflictModel;

/// <summary>
/// Shares the short strings of a read: an id or a word that a document repeats (an actor's id in
/// every claim about it, "coordinated" in every characterisation) becomes one string instead of one
/// per occurrence. The model holds less, the garbage collector copies less, and the ids of
/// references compare equal by reference.
/// </summary>
/// <remarks>
/// A small direct-mapped cache of short ASCII strings: a lookup hashes the UTF-8 bytes and compares
/// them with the one string in their slot; a miss makes a new string and takes the slot. Nothing is
/// ever chained, so no input can make it slow. It starts with 64 slots, so that reading a small
/// document costs little, and doubles, starting empty again, each time it has missed as often as
/// it has slots, up to 2,048. Strings are immutable, so sharing them changes nothing a caller can
/// see. One table belongs to one read, on one thread; it is not thread-safe.
/// </remarks>
internal sealed class StringTable
{
    /// <summary>The longest value, in UTF-8 bytes, that is shared; longer values are rarely repeated.</summary>
    public const int MaxLength = 32;

    private const int InitialSize = 64;
    private const int MaxSize = 2048;

    private string?[] _strings = new string?[InitialSize];
    private int _misses;

    /// <summary>Gets the string of a short ASCII value, the same string as for an equal value met before; null for a value the table does not share.</summary>
    public string? Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return null;
        }

        ref var slot = ref _strings[Hash(utf8) & (_strings.Length - 1)];
        if (slot is { } shared && Ascii.Equals(utf8, shared))
        {
            return shared;
        }

        if (!Ascii.IsValid(utf8))
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(utf8);
        if (++_misses > _strings.Length && _strings.Length < MaxSize)
        {
            _strings = new string?[_strings.Length * 2];
            _misses = 0;
        }
        else
        {
            slot = text;
        }

        return text;
    }

    // FNV-1a: short values, and a collision costs only a miss.
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }
}
