using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Interop;

/// <summary>
/// The columns a dataset knows, in the canonical order its writer uses, found by name ignoring
/// case, and the checks across fields of one row.
/// </summary>
internal sealed class DatasetSchema
{
    private readonly Func<RowFields, (string Column, string Rule)?> _crossCheck;

    public DatasetSchema(string dataset, IEnumerable<ColumnSpec> columns, Func<RowFields, (string Column, string Rule)?> crossCheck)
    {
        Dataset = dataset;
        Columns = columns.ToImmutableArray();
        IndexByName = Columns.Select((c, i) => (c.Name, i)).ToFrozenDictionary(x => x.Name, x => x.i, StringComparer.OrdinalIgnoreCase);
        _crossCheck = crossCheck;
    }

    public string Dataset { get; }

    public ImmutableArray<ColumnSpec> Columns { get; }

    public FrozenDictionary<string, int> IndexByName { get; }

    public int IndexOf(string name)
        => IndexByName.TryGetValue(name, out var index)
            ? index
            : throw new InvalidOperationException($"The {Dataset} schema has no column '{name}'.");

    /// <summary>Checks every field of a row and then the rules across fields; the first problem found, or null.</summary>
    public (string Column, string? Value, string Rule, DatasetErrorKind Kind)? Check(RowFields fields)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (fields.Known[i] is { } text && !Columns[i].Rule.IsValid(text))
            {
                return (Columns[i].Name, text, Columns[i].Rule.Rule, DatasetErrorKind.InvalidValue);
            }
        }

        return _crossCheck(fields) is { } problem
            ? (problem.Column, fields.Known[IndexOf(problem.Column)], problem.Rule, DatasetErrorKind.InconsistentValues)
            : null;
    }
}
