using System.IO;
using ConflictModel.Fixtures;
using ConflictModel.Tests.Shared;

namespace ConflictModel.Fixtures.Tests.Mali;

public sealed class MaliArticleJsonTests
{
    private static string CommittedFile
        => Path.GetFullPath(Path.Combine(SnapshotAssert.SourceDirectoryOf(), "..", "..", "..", "src", "ConflictModel.Fixtures", "Mali", "mali-report.json"));

    [Fact]
    public void CanonicalJson_CommittedFile_IsWhatTheSerializerWritesForTheReport()
    {
        // On a difference the serializer's output is written beside the committed file as
        // mali-report.received.json, to be looked at and, if right, moved over it.
        SnapshotAssert.MatchesFile(ConflictJson.Serialize(MaliArticle.Report, MaliArticle.CanonicalJsonOptions), CommittedFile);
    }

    [Fact]
    public void CanonicalJson_Embedded_EqualsTheSerializerOutputExactly()
    {
        Assert.Equal(ConflictJson.Serialize(MaliArticle.Report, MaliArticle.CanonicalJsonOptions), MaliArticle.CanonicalJson);
    }

    [Fact]
    public void CanonicalJson_Read_GivesAReportEqualToTheTypedOne()
    {
        var read = ConflictJson.Deserialize(MaliArticle.CanonicalJson);

        Assert.Equal(MaliArticle.Report, read);
        Assert.NotSame(MaliArticle.Report, read);
    }

    [Fact]
    public void CanonicalJson_ReadAndWrittenAgain_IsByteStable()
    {
        var read = ConflictJson.Deserialize(MaliArticle.CanonicalJson);

        Assert.Equal(MaliArticle.CanonicalJson, ConflictJson.Serialize(read, MaliArticle.CanonicalJsonOptions));
    }

    [Fact]
    public void CanonicalJson_Compact_ReadsToTheSameReport()
    {
        var compact = ConflictJson.Serialize(MaliArticle.Report);

        Assert.DoesNotContain("\n", compact, System.StringComparison.Ordinal);
        Assert.Equal(MaliArticle.Report, ConflictJson.Deserialize(compact));
    }

    [Fact]
    public void CanonicalJson_StartsWithTheSchemaVersion()
    {
        Assert.StartsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"sources\": [", MaliArticle.CanonicalJson.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
    }
}
