using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

// "Shared" is a Visual Basic keyword; these helpers are only ever compiled into C# test projects.
#pragma warning disable CA1716
namespace ConflictModel.Tests.Shared;
#pragma warning restore CA1716

/// <summary>
/// Snapshot assertions with Verify's file conventions, without Verify: the expected text lives in
/// <c>{TestClass}.{TestMethod}.verified.{extension}</c> beside the test's source file and is
/// committed. When the text differs, or no verified file exists yet, the actual text is written to
/// <c>{TestClass}.{TestMethod}.received.{extension}</c> beside it and the assertion fails saying how
/// to accept it. Nothing is ever accepted automatically; a passing assertion deletes a stale received file.
/// </summary>
/// <remarks>
/// The test class is taken to be the source file's name (one class per file). Line ends are
/// compared as "\n", and files end with one "\n". Linked into every test project that needs it;
/// keep it free of anything project-specific. Stateless; safe to use from parallel tests.
/// </remarks>
public static class SnapshotAssert
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Asserts that <paramref name="actual"/> equals the verified snapshot of the calling test.</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="extension">The extension of the snapshot files, without the dot.</param>
    /// <param name="name">A suffix that tells apart several snapshots of one test (<c>{TestMethod}_{name}</c>), or null.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
    /// <param name="testMethod">Filled in by the compiler: the test method.</param>
    public static void Matches(
        string actual,
        string extension = "json",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var directory = SourceDirectory(sourceFile);
        var stem = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{testMethod}{(name is null ? string.Empty : "_" + name)}";
        MatchesFile(actual, Path.Combine(directory, $"{stem}.verified.{extension}"));
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals a committed file anywhere (such as a published
    /// schema); on a difference writes <c>{name}.received.{extension}</c> beside it.
    /// </summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="verifiedPath">The committed file; its name's last extension follows ".received." in the received file's name.</param>
    public static void MatchesFile(string actual, string verifiedPath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(verifiedPath);
        var received = ReceivedPath(verifiedPath);
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        var text = Normalize(actual);
        if (string.Equals(expected, text, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text, Utf8NoBom);
        var problem = expected is null ? "No verified snapshot exists yet" : $"The text differs from the verified snapshot at character {FirstDifference(expected, text)}";
        throw new Xunit.Sdk.XunitException(
            $"{problem}: {verifiedPath}\nThe actual text is in {received}.\nIf it is right, accept it by moving the received file over the verified one (mv \"{received}\" \"{verifiedPath}\") and commit it.");
    }

    /// <summary>
    /// Gets the directory of the calling test's source file, also in deterministic CI builds, for
    /// tests that compare with files committed elsewhere in the repository.
    /// </summary>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
    /// <returns>The directory.</returns>
    public static string SourceDirectoryOf([CallerFilePath] string sourceFile = "") => SourceDirectory(sourceFile);

    private static string ReceivedPath(string verifiedPath)
    {
        var directory = Path.GetDirectoryName(verifiedPath) ?? string.Empty;
        var file = Path.GetFileName(verifiedPath);
        var verifiedMarker = file.IndexOf(".verified.", StringComparison.Ordinal);
        var receivedFile = verifiedMarker >= 0
            ? string.Concat(file.AsSpan(0, verifiedMarker), ".received.", file.AsSpan(verifiedMarker + ".verified.".Length))
            : $"{Path.GetFileNameWithoutExtension(file)}.received{Path.GetExtension(file)}";
        return Path.Combine(directory, receivedFile);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static int FirstDifference(string expected, string actual)
    {
        var length = Math.Min(expected.Length, actual.Length);
        for (var i = 0; i < length; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }

        return length;
    }

    /// <summary>
    /// Finds the directory of the test's source file. Deterministic CI builds map source paths
    /// (to "/_/tests/..."); then the mapped path is looked for under each ancestor of the test binaries.
    /// </summary>
    private static string SourceDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile) ?? string.Empty;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        var relative = directory.Replace('\\', '/').TrimStart('/');
        var firstSlash = relative.IndexOf('/', StringComparison.Ordinal);
        relative = firstSlash < 0 ? string.Empty : relative[(firstSlash + 1)..];
        for (var ancestor = new DirectoryInfo(AppContext.BaseDirectory); ancestor is not null; ancestor = ancestor.Parent)
        {
            var candidate = Path.Combine(ancestor.FullName, relative);
            if (relative.Length > 0 && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"The source directory of {sourceFile} was not found; snapshots live beside the test sources.");
    }
}
