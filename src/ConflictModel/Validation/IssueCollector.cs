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

    public ImmutableArray<ValidationIssue> ToImmutableArray()
    {
        var all = ImmutableArray.CreateBuilder<ValidationIssue>(_count);
        all.AddRange(_report);
        foreach (var section in _buckets)
        {
            if (section is null)
            {
                continue;
            }

            foreach (var bucket in section)
            {
                if (bucket is not null)
                {
                    all.AddRange(bucket);
                }
            }
        }

        return all.MoveToImmutable();
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
