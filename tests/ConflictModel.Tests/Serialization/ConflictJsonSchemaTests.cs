using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Tests.Shared;
using CsCheck;
using NJsonSchema;

namespace ConflictModel.Tests.Serialization;

public sealed class ConflictJsonSchemaTests
{
    private static readonly string PublishedSchema =
        Path.GetFullPath(Path.Combine(SnapshotAssert.SourceDirectoryOf(), "..", "..", "..", "docs", "schema", "conflict-report.schema.json"));

    public static TheoryData<string, string, string> InvalidDocuments => new()
    {
        { "latitude 200", "\"latitude\":14.4469", "\"latitude\":200" },
        { "unknown property", "\"kind\":\"organisation\"", "\"kind\":\"organisation\",\"nickname\":\"x\"" },
        { "derived member written", "\"end\":14,", "\"end\":14,\"length\":4," },
        { "missing required member", "\"name\":{\"text\":\"JNIM\"},", string.Empty },
        { "unknown enumeration value", "\"kind\":\"organisation\"", "\"kind\":\"warlord\"" },
        { "enumeration value as a number", "\"kind\":\"organisation\"", "\"kind\":1" },
        { "unknown claim kind", "\"kind\":\"casualties\"", "\"kind\":\"rumour\"" },
        { "member of another claim kind", "\"outcome\":\"neutralised\"", "\"outcome\":\"neutralised\",\"responsible\":\"jnim\"" },
        { "empty subjects", "\"subjects\":[{\"kind\":\"engagement\",\"id\":\"attacks\"}]", "\"subjects\":[]" },
        { "two time values", "\"date\":\"2025-07-01\"", "\"date\":\"2025-07-01\",\"year\":2025" },
        { "part of day with a year", "\"date\":\"2025-07-01\"", "\"year\":2025" },
        { "between without max", "\"qualifier\":\"moreThan\",\"value\":80", "\"qualifier\":\"between\",\"min\":20" },
        { "blank text", "\"text\":\"JNIM\"", "\"text\":\"  \"" },
        { "malformed id", "\"id\":\"jnim\"", "\"id\":\"j nim\"" },
        { "claimant with both", "\"claimant\":{\"actor\":\"jnim\"}", "\"claimant\":{\"actor\":\"jnim\",\"source\":\"s\"}" },
        { "newer major version", "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\"" },
    };

    private const string Valid =
        """{"schemaVersion":"1.0","actors":[{"id":"jnim","name":{"text":"JNIM"},"kind":"organisation"}],"locations":[{"id":"kayes","name":{"text":"Kayes"},"kind":"settlement","point":{"latitude":14.4469,"longitude":-11.4456},"precision":"settlement"}],"engagements":[{"id":"attacks","type":"battles","scope":"event","time":{"date":"2025-07-01","partOfDay":"morning","basis":"inferred"}}],"claims":[{"kind":"casualties","id":"c","claimant":{"actor":"jnim"},"subjects":[{"kind":"engagement","id":"attacks"}],"status":"asserted","count":{"qualifier":"moreThan","value":80},"outcome":"neutralised"}],"attributions":[{"id":"a","source":"s","quote":{"start":10,"end":14,"exact":"JNIM"},"mode":"paraphrase","channel":"television"}]}""";

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

    [Fact]
    public async Task PublishedSchema_AcceptsTheValidDocumentAndTheSnapshots()
    {
        var schema = await JsonSchema.FromJsonAsync(ConflictJsonSchema.Generate());

        Assert.Empty(schema.Validate(Valid));
        Assert.Empty(schema.Validate(ConflictJson.Serialize(SampleReports.WesternMaliAttacks)));
    }

    [Fact]
    public async Task PublishedSchema_AcceptsGeneratedReports()
    {
        var schema = await JsonSchema.FromJsonAsync(ConflictJsonSchema.Generate());

        ModelGenerators.Report.Sample(
            report =>
            {
                var errors = schema.Validate(ConflictJson.Serialize(report));
                Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
            },
            iter: 200,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public async Task PublishedSchema_RefusesInvalidDocuments(string name, string original, string replacement)
    {
        Assert.Contains(original, Valid, System.StringComparison.Ordinal);
        var schema = await JsonSchema.FromJsonAsync(ConflictJsonSchema.Generate());
        var json = Valid.Replace(original, replacement, System.StringComparison.Ordinal);

        Assert.True(schema.Validate(json).Count > 0, $"{name}: the schema accepted {json}");
        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));
    }
}
