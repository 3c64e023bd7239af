using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConflictModel.Tests.Docs;

/// <summary>
/// The documentation links only to files inside the repository, and every link resolves: the file
/// exists and, where the link names a heading, the heading exists — so that a clone reads whole.
/// </summary>
public sealed partial class DocLinksTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string[] TopLevelDocuments = ["README.md", "CHANGELOG.md"];

    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string>();
        foreach (var file in DocumentPaths())
        {
            documents.Add(file);
        }

        return documents;
    }

    private static IEnumerable<string> DocumentPaths()
    {
        var files = TopLevelDocuments
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(f => Path.GetRelativePath(Root, f)))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "src"), "PACKAGE.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)));
        return files.Order(StringComparer.Ordinal).Select(f => f.Replace('\\', '/'));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Links_InADocument_ResolveToFilesAndHeadingsInsideTheRepository(string document)
    {
        var path = Path.Combine(Root, document);
        var problems = new List<string>();
        foreach (Match link in MarkdownLink().Matches(File.ReadAllText(path)))
        {
            var target = link.Groups["target"].Value;
            if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash >= 0 ? target[..hash] : target;
            var anchor = hash >= 0 ? target[(hash + 1)..] : null;
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!resolved.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                problems.Add($"{target}: outside the repository");
            }
            else if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                problems.Add($"{target}: no such file");
            }
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal) && !Headings(resolved).Contains(anchor))
            {
                problems.Add($"{target}: no such heading");
            }
        }

        Assert.True(problems.Count == 0, $"{document}: {string.Join("; ", problems)}");
    }

    [Fact]
    public void Documents_MentionNoPathOutsideTheRepository()
    {
        // The project's shared reference material is not in a clone; a document must not send readers there.
        var offenders = DocumentPaths()
            .Where(d => File.ReadAllText(Path.Combine(Root, d)).Contains("reference/datasets.md", StringComparison.Ordinal)
                || File.ReadAllText(Path.Combine(Root, d)).Contains("](../../", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("## Install", "install")]
    [InlineData("### `ConflictReport`", "conflictreport")]
    [InlineData("## Disagreements and corroborations: `ClaimComparisons.Find`", "disagreements-and-corroborations-claimcomparisonsfind")]
    [InlineData("### Time: `ReportedTime` → ACLED `time_precision`", "time-reportedtime--acled-time_precision")]
    public void Slug_OfAHeading_IsWhatGitHubMakesOfIt(string heading, string slug)
        => Assert.Equal(slug, Slug(heading));

    private static HashSet<string> Headings(string file)
        => [.. File.ReadLines(file).Where(l => l.StartsWith('#')).Select(Slug)];

    private static string Slug(string heading)
    {
        var text = heading.TrimStart('#').Trim().ToLowerInvariant();
        var slug = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (with ConflictModel.sln) above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
