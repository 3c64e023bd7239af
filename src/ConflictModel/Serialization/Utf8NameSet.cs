using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel;

/// <summary>
/// A fixed set of names, found by the UTF-8 bytes of the string or property name a reader is on:
/// the names of each length are kept together, so that a lookup compares the bytes with one or two
/// names rather than with every name before the right one.
/// </summary>
/// <remarks>
/// The reader finds a name for every member and every enumeration value it reads. Trying the names in
/// order with <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>, through a delegate,
/// left the Mali report reading 3 to 4 % slower (alternating builds, 3 December 2026). Escaped names
/// (rare: nothing this library writes escapes a name) are compared through the reader, which
/// unescapes them.
/// </remarks>
internal sealed class Utf8NameSet
{
    private readonly byte[][] _names;
    private readonly int[][] _byLength;

    public Utf8NameSet(byte[][] names)
    {
        _names = names;
        var longest = 0;
        foreach (var name in names)
        {
            longest = Math.Max(longest, name.Length);
        }

        var byLength = new List<int>[longest + 1];
        for (var i = 0; i < names.Length; i++)
        {
            (byLength[names[i].Length] ??= []).Add(i);
        }

        _byLength = Array.ConvertAll(byLength, list => list?.ToArray() ?? []);
    }

    /// <summary>
    /// Finds the name equal to the string or property name the reader is on, trying
    /// <paramref name="likely"/> first (the reader of an object passes the member after the last one
    /// it found, since members are usually written in order); -1 if none is.
    /// </summary>
    public int Find(ref Utf8JsonReader reader, int likely)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return FindThroughReader(ref reader);
        }

        var value = reader.ValueSpan;
        if ((uint)likely < (uint)_names.Length && value.SequenceEqual(_names[likely]))
        {
            return likely;
        }

        if ((uint)value.Length >= (uint)_byLength.Length)
        {
            return -1;
        }

        foreach (var i in _byLength[value.Length])
        {
            if (value.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private int FindThroughReader(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
