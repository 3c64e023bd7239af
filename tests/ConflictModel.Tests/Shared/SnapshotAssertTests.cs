using System;
using System.IO;
using ConflictModel.Tests.Shared;

namespace ConflictModel.Tests.SharedHelpers;

public sealed class SnapshotAssertTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("snapshots-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void MatchesFile_NoVerifiedFile_WritesReceivedAndFails()
    {
        var verified = Path.Combine(_directory, "T.M.verified.json");

        var error = Assert.ThrowsAny<Exception>(() => SnapshotAssert.MatchesFile("{}", verified));

        Assert.Contains("No verified snapshot exists yet", error.Message, StringComparison.Ordinal);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(_directory, "T.M.received.json")));
        Assert.False(File.Exists(verified));
    }

    [Fact]
    public void MatchesFile_Differs_WritesReceivedAndLeavesVerifiedAlone()
    {
        var verified = Path.Combine(_directory, "schema.json");
        File.WriteAllText(verified, "{\"a\":1}\n");

        var error = Assert.ThrowsAny<Exception>(() => SnapshotAssert.MatchesFile("{\"a\":2}", verified));

        Assert.Contains("differs from the verified snapshot at character 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("mv ", error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"a\":2}\n", File.ReadAllText(Path.Combine(_directory, "schema.received.json")));
        Assert.Equal("{\"a\":1}\n", File.ReadAllText(verified));
    }

    [Fact]
    public void MatchesFile_EqualButForLineEnds_PassesAndDeletesAStaleReceivedFile()
    {
        var verified = Path.Combine(_directory, "T.M.verified.txt");
        File.WriteAllText(verified, "a\r\nb\r\n");
        File.WriteAllText(Path.Combine(_directory, "T.M.received.txt"), "old");

        SnapshotAssert.MatchesFile("a\nb", verified);

        Assert.False(File.Exists(Path.Combine(_directory, "T.M.received.txt")));
    }
}
