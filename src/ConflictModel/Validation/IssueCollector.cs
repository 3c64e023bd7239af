using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// Collects issues and gives them back in the order of <see cref="ValidationResult"/>: the whole
/// report first, then each section in JSON order, each element by index, and for one element in the
/// order reported. A bucket per element keeps this linear: no sort.
/// </summary>
internal sealed class IssueCollector
{
    private readonly string[] _sectionNames;
    private readonly int[] _sectionLengths;
    private readonly List<ValidationIssue>?[]?[] _buckets;
    private readonly List<ValidationIssue> _report = [];
    private int _count;

    public IssueCollector(ConflictReport report, string[] sectionNames)
    {
        _sectionNames = sectionNames;
        _sectionLengths =
        [
            report.Sources.Length, report.Actors.Length, report.Locations.Length, report.Engagements.Length,
            report.Claims.Length, report.Attributions.Length, report.Mentions.Length,
        ];
        _buckets = new List<ValidationIssue>?[]?[sectionNames.Length];
    }

    public void Add(ValidationIssue issue)
    {
        _count++;
        if (!TryLocate(issue.Path, out var section, out var index))
        {
            _report.Add(issue);
            return;
        }

        var buckets = _buckets[section] ??= new List<ValidationIssue>?[_sectionLengths[section]];
        (buckets[index] ??= []).Add(issue);
    }

    public ImmutableArray<ValidationIssue> ToImmutableArray() => Merge([this]);

    /// <summary>
    /// Joins the issues of several collectors over one report, each filled by one or more rules run
    /// in order, as one collector filled by all of those rules in the order of the list would give them.
    /// </summary>
    /// <param name="collectors">The collectors, in the order of their rules.</param>
    /// <returns>The issues, in the order of <see cref="ValidationResult"/>.</returns>
    public static ImmutableArray<ValidationIssue> Merge(IReadOnlyList<IssueCollector> collectors)
    {
        var count = 0;
        foreach (var collector in collectors)
        {
            count += collector._count;
        }

        var all = ImmutableArray.CreateBuilder<ValidationIssue>(count);
        foreach (var collector in collectors)
        {
            all.AddRange(collector._report);
        }

        var sections = collectors.Count == 0 ? 0 : collectors[0]._buckets.Length;
        for (var section = 0; section < sections; section++)
        {
            if (!AnyIn(collectors, section))
            {
                continue;
            }

            var length = collectors[0]._sectionLengths[section];
            for (var index = 0; index < length; index++)
            {
                foreach (var collector in collectors)
                {
                    if (collector._buckets[section]?[index] is { } bucket)
                    {
                        all.AddRange(bucket);
                    }
                }
            }
        }

        return all.MoveToImmutable();
    }

    private static bool AnyIn(IReadOnlyList<IssueCollector> collectors, int section)
    {
        foreach (var collector in collectors)
        {
            if (collector._buckets[section] is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the section and element a pointer starts with: "/claims/3/..." is claim 3.</summary>
    private bool TryLocate(string path, out int section, out int index)
    {
        section = -1;
        index = -1;
        if (path.Length < 2)
        {
            return false;
        }

        var tokenEnd = path.IndexOf('/', 1);
        if (tokenEnd < 0)
        {
            return false;
        }

        var name = path.AsSpan(1, tokenEnd - 1);
        for (var s = 0; s < _sectionNames.Length && section < 0; s++)
        {
            if (name.SequenceEqual(_sectionNames[s]))
            {
                section = s;
            }
        }

        var indexEnd = path.IndexOf('/', tokenEnd + 1);
        var digits = indexEnd < 0 ? path.AsSpan(tokenEnd + 1) : path.AsSpan(tokenEnd + 1, indexEnd - tokenEnd - 1);
        if (section < 0 || digits.IsEmpty || digits.Length > 9 || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        index = value;
        return index < _sectionLengths[section];
    }
}
