using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Interop;

/// <summary>
/// The exact text of every field of one row: the dataset's known columns by their index in the
/// schema (null for a column the row's file did not have), then any columns the dataset does not
/// know, by name, in the order of the file.
/// </summary>
internal sealed class RowFields : IEquatable<RowFields>
{
    public RowFields(DatasetSchema schema, string?[] known, ImmutableArray<KeyValuePair<string, string>> extra)
    {
        Schema = schema;
        Known = known;
        Extra = extra.IsDefault ? [] : extra;
    }

    public DatasetSchema Schema { get; }

    /// <summary>Gets the texts of the known columns; the array is never exposed or changed after construction.</summary>
    public string?[] Known { get; }

    public ImmutableArray<KeyValuePair<string, string>> Extra { get; }

    /// <summary>Builds the fields of a row from name–text pairs, checking them; null texts mean the column is absent.</summary>
    /// <exception cref="ArgumentException">A name is repeated, or a text breaks its column's rule.</exception>
    public static RowFields Create(DatasetSchema schema, IEnumerable<KeyValuePair<string, string?>> fields, string paramName)
    {
        ArgumentNullException.ThrowIfNull(fields, paramName);
        var known = new string?[schema.Columns.Length];
        var seen = new HashSet<string>(schema.Columns.Length, StringComparer.OrdinalIgnoreCase);
        var extra = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var (name, text) in fields)
        {
            Preconditions.CheckArgument(!string.IsNullOrEmpty(name), paramName, "Every column must have a name.");
            Preconditions.CheckArgument(seen.Add(name), paramName, $"The column '{name}' is given twice.");
            if (schema.IndexByName.TryGetValue(name, out var index))
            {
                known[index] = text;
            }
            else if (text is not null)
            {
                extra.Add(new(name, text));
            }
        }

        for (var i = 0; i < known.Length; i++)
        {
            Preconditions.CheckArgument(known[i] is not null || !schema.Columns[i].RequiredInHeader, paramName, $"The {schema.Dataset} column '{schema.Columns[i].Name}' is required.");
        }

        var result = new RowFields(schema, known, extra.ToImmutable());
        result.ThrowIfInvalid(paramName);
        return result;
    }

    public void ThrowIfInvalid(string paramName)
    {
        if (Schema.Check(this) is { } problem)
        {
            throw new ArgumentException($"The {Schema.Dataset} column '{problem.Column}' cannot hold '{problem.Value}': {problem.Rule}", paramName);
        }
    }

    public string? Get(int index) => Known[index];

    public string? Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Schema.IndexByName.TryGetValue(name, out var index))
        {
            return Known[index];
        }

        foreach (var (key, value) in Extra)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A copy with one field's text replaced (null removes the column), checked again.</summary>
    public RowFields With(string name, string? text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (Schema.IndexByName.TryGetValue(name, out var index))
        {
            Preconditions.CheckArgument(text is not null || !Schema.Columns[index].RequiredInHeader, paramName, $"The {Schema.Dataset} column '{name}' is required.");
            var known = (string?[])Known.Clone();
            known[index] = text;
            var result = new RowFields(Schema, known, Extra);
            result.ThrowIfInvalid(paramName);
            return result;
        }

        var position = Extra.Select((pair, i) => (pair.Key, i)).FirstOrDefault(x => string.Equals(x.Key, name, StringComparison.OrdinalIgnoreCase), (Key: string.Empty, i: -1)).i;
        var extra = text is null
            ? (position < 0 ? Extra : Extra.RemoveAt(position))
            : (position < 0 ? Extra.Add(new(name, text)) : Extra.SetItem(position, new(Extra[position].Key, text)));
        return new RowFields(Schema, Known, extra);
    }

    /// <summary>Every field the row has: the known columns it has, in the schema's order, then the others in file order.</summary>
    public IEnumerable<KeyValuePair<string, string>> All()
    {
        for (var i = 0; i < Known.Length; i++)
        {
            if (Known[i] is { } text)
            {
                yield return new(Schema.Columns[i].Name, text);
            }
        }

        foreach (var pair in Extra)
        {
            yield return pair;
        }
    }

    public bool Equals(RowFields? other)
    {
        if (other is null || !ReferenceEquals(Schema, other.Schema) || Extra.Length != other.Extra.Length)
        {
            return false;
        }

        for (var i = 0; i < Known.Length; i++)
        {
            if (!string.Equals(Known[i], other.Known[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (var i = 0; i < Extra.Length; i++)
        {
            if (!string.Equals(Extra[i].Key, other.Extra[i].Key, StringComparison.Ordinal) || !string.Equals(Extra[i].Value, other.Extra[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as RowFields);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var text in Known)
        {
            hash.Add(text, StringComparer.Ordinal);
        }

        foreach (var (key, value) in Extra)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
