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
    /// <param name="resolve">
    /// The index a reference resolves to, or -1, given the hints of the lookups (see
    /// <see cref="ReportValidationContext.IndexOf(EntityReference, Span{int})"/>).
    /// </param>
    public static ResolvedReferences Create<TOwner, TReference>(ImmutableArray<TOwner> owners, Func<TOwner, ImmutableArray<TReference>> references, Resolver<TReference> resolve)
    {
        Span<int> hints = stackalloc int[ReportValidationContext.HintCount];
        hints.Fill(-1);
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
                targets[starts[i] + j] = resolve(items[j], hints);
            }
        }

        return new ResolvedReferences(starts, targets);
    }

    /// <summary>Gets the resolved references of an element, in the order of its references.</summary>
    /// <param name="owner">The element's index in its section.</param>
    /// <returns>One index (or -1) for each reference.</returns>
    public ReadOnlySpan<int> Of(int owner) => _targets.AsSpan(_starts[owner], _starts[owner + 1] - _starts[owner]);
}

/// <summary>Resolves a reference to an index, or -1, with the hints of the lookups before it.</summary>
/// <typeparam name="TReference">The type of reference.</typeparam>
/// <param name="reference">The reference.</param>
/// <param name="hints">For each kind of entity, the index the last lookup of that kind found, or -1.</param>
/// <returns>The index, or -1.</returns>
internal delegate int Resolver<in TReference>(TReference reference, Span<int> hints);
