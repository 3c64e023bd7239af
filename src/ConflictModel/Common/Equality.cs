using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// Helpers for the hand-written, complete equality of entities: collections compare by their
/// items, in order, so two reports with equal contents are equal.
/// </summary>
internal static class Equality
{
    public static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static void AddSequence<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }

    public static int SequenceHash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        AddSequence(ref hash, items);
        return hash.ToHashCode();
    }
}
