using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Tests.Serialization.Generators;
using CsCheck;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The hand-written writer against System.Text.Json's serializer on the contract the JSON Schema is
/// exported from (the way reports were written before): the same bytes, compact and indented.
/// </summary>
public sealed class ReportWriterTests
{
    private static readonly ConflictJsonOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void SerializeToUtf8Bytes_OfGeneratedReports_GivesTheContractSerializersBytes()
    {
        ModelGenerators.Report.Sample(
            report =>
            {
                Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(report, ContractRules.Report(ContractRules.Compact)), ConflictJson.SerializeToUtf8Bytes(report));
                Assert.Equal(JsonSerializer.Serialize(report, ContractRules.Report(ContractRules.Indented)), ConflictJson.Serialize(report, Indented));
            },
            iter: 1000,
            print: report => ConflictJson.Serialize(report, Indented));
    }

    [Fact]
    public async Task Serialize_OfAReportLargerThanOneBuffer_GivesTheContractSerializersBytes()
    {
        // Enough entities that the writer fills several buffers and hands its bytes to a stream several times (ids may
        // repeat: writing does not validate).
        var reports = ModelGenerators.Report.Array[60, 60].Single();
        var report = new ConflictReport(
            [.. reports.SelectMany(r => r.Sources)],
            [.. reports.SelectMany(r => r.Actors)],
            [.. reports.SelectMany(r => r.Locations)],
            [.. reports.SelectMany(r => r.Engagements)],
            [.. reports.SelectMany(r => r.Claims)],
            [.. reports.SelectMany(r => r.Attributions)],
            [.. reports.SelectMany(r => r.Mentions)],
            [.. reports.SelectMany(r => r.DatasetFields)]);
        var expected = JsonSerializer.SerializeToUtf8Bytes(report, ContractRules.Report(ContractRules.Indented));
        Assert.True(expected.Length > 3 * 64 * 1024, $"The report is {expected.Length} bytes, too small to need several flushes.");

        using var stream = new MemoryStream();
        await ConflictJson.SerializeAsync(stream, report, Indented);

        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, ConflictJson.SerializeToUtf8Bytes(report, Indented));
        Assert.Equal(JsonSerializer.Serialize(report, ContractRules.Report(ContractRules.Compact)), ConflictJson.Serialize(report));
    }

    [Fact]
    public void Serialize_OfTheEmptyReport_WritesOnlyTheSchemaVersion()
    {
        Assert.Equal("{\"schemaVersion\":\"" + SchemaVersion.Current + "\"}", ConflictJson.Serialize(ConflictReport.Empty));
    }
}
