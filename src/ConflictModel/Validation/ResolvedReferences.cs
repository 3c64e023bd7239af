using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// The references of each element of one section resolved once to indexes in the section they
/// point into (-1 where nothing has the id), kept flat: several rules walk the same references,
/// and a dictionary lookup per reference per rule is most of what validating a large report costs.
/// </summary>
/// <remarks>Built by <see cref="ReportValidationContext"/> on first use; immutable afterwards.</remarks>
internal sealed class ResolvedReferences
{
    private readonly int[] _starts;
    private readonly int[] _targets;

    private ResolvedReferences(int[] starts, int[] targets)
    {
        _starts = starts;
        _targets = targets;
    }

    /// <summary>Resolves the references of every element.</summary>
    /// <param name="owners">The elements.</param>
    /// <param name="references">The references of an element, in order.</param>
    /// <param name="resolve">The index a reference resolves to, or -1.</param>
    public static ResolvedReferences Create<TOwner, TReference>(ImmutableArray<TOwner> owners, Func<TOwner, ImmutableArray<TReference>> references, Func<TReference, int> resolve)
    {
        var starts = new int[owners.Length + 1];
        for (var i = 0; i < owners.Length; i++)
        {
            starts[i + 1] = starts[i] + references(owners[i]).Length;
        }

        var targets = new int[starts[^1]];
        for (var i = 0; i < owners.Length; i++)
        {
            var items = references(owners[i]);
            for (var j = 0; j < items.Length; j++)
            {
                targets[starts[i] + j] = resolve(items[j]);
            }
        }

        return new ResolvedReferences(starts, targets);
    }

    /// <summary>Gets the resolved references of an element, in the order of its references.</summary>
    /// <param name="owner">The element's index in its section.</param>
    /// <returns>One index (or -1) for each reference.</returns>
    public ReadOnlySpan<int> Of(int owner) => _targets.AsSpan(_starts[owner], _starts[owner + 1] - _starts[owner]);
}
