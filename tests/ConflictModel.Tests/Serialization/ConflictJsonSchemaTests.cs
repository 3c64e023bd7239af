using System.IO;
using ConflictModel.Tests.Shared;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The published schema is what the generator writes. What it accepts and refuses is tested with
/// ajv, in <see cref="ConflictJsonSchemaAjvTests"/>.
/// </summary>
public sealed class ConflictJsonSchemaTests
{
    private static readonly string PublishedSchema =
        Path.GetFullPath(Path.Combine(SnapshotAssert.SourceDirectoryOf(), "..", "..", "..", "docs", "schema", "conflict-report.schema.json"));

    [Fact]
    public void Generate_EqualsThePublishedSchema()
    {
        SnapshotAssert.MatchesFile(ConflictJsonSchema.Generate(), PublishedSchema);
    }

    [Fact]
    public void Generate_IsDeterministic()
    {
        Assert.Equal(ConflictJsonSchema.Generate(), ConflictJsonSchema.Generate());
    }
}
