using System;
using System.IO;
using System.Linq;
using ConflictModel.Fuzz;
using ConflictModel.Tests.Shared;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// What the coverage-guided fuzzer (build/fuzz.sh, docs/fuzzing.md) saved, run through its oracle
/// in every CI run: reading refuses with a ConflictJsonException or accepts, and an accepted report
/// validates without throwing and reads back equal after writing. FuzzInputs holds inputs that
/// reached new code; FuzzCrashes the crashes found, each of which must be refused.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Inputs = Path.Combine(SnapshotAssert.SourceDirectoryOf(), "FuzzInputs");
    private static readonly string Crashes = Path.Combine(SnapshotAssert.SourceDirectoryOf(), "FuzzCrashes");

    public static TheoryData<string> InputFiles() => Files(Inputs);

    public static TheoryData<string> CrashFiles() => Files(Crashes);

    [Theory]
    [MemberData(nameof(InputFiles))]
    public void SavedInput_SatisfiesTheOracle(string file)
    {
        // The oracle throws on a finding: an exception other than ConflictJsonException, or a report
        // that does not survive validation and the round trip.
        FuzzOracle.Check(File.ReadAllBytes(Path.Combine(Inputs, file)));
    }

    [Fact]
    public void SavedInputs_AreThere_AndSomeAreAccepted()
    {
        var files = Directory.GetFiles(Inputs);

        Assert.True(files.Length >= 20, $"{files.Length} saved fuzz inputs");
        // The oracle's round trip is exercised, not only the refusals.
        Assert.Contains(files, f => FuzzOracle.Check(File.ReadAllBytes(f)) > 0);
        Assert.Contains(files, f => FuzzOracle.Check(File.ReadAllBytes(f)) == 0);
    }

    [Theory]
    [MemberData(nameof(CrashFiles))]
    public void Crash_IsRefusedWithAConflictJsonException(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Crashes, file));

        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(bytes));
        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(bytes, new ConflictJsonOptions { ReadMode = ConflictJsonReadMode.Tolerant }));
        Assert.Equal(0, FuzzOracle.Check(bytes));
    }

    private static TheoryData<string> Files(string directory)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }
}
