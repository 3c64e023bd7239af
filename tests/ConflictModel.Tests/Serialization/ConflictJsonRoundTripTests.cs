using System.IO;
using System.Threading.Tasks;
using ConflictModel.Tests.Serialization.Generators;
using CsCheck;

namespace ConflictModel.Tests.Serialization;

public sealed class ConflictJsonRoundTripTests
{
    private static readonly ConflictJsonOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Deserialize_OfSerializedGeneratedReports_ReturnsEqualReports()
    {
        ModelGenerators.Report.Sample(
            report =>
            {
                var json = ConflictJson.SerializeToUtf8Bytes(report);
                Assert.Equal(report, ConflictJson.Deserialize(json));
            },
            iter: 1000,
            print: report => ConflictJson.Serialize(report, Indented));
    }

    [Fact]
    public void Serialize_AfterDeserialize_GivesTheSameBytes()
    {
        ModelGenerators.Report.Sample(
            report =>
            {
                var first = ConflictJson.SerializeToUtf8Bytes(report);
                var second = ConflictJson.SerializeToUtf8Bytes(ConflictJson.Deserialize(first));
                Assert.Equal(first, second);
            },
            iter: 1000,
            print: report => ConflictJson.Serialize(report, Indented));
    }

    [Fact]
    public void Serialize_Indented_ReadsBackAndIsByteStable()
    {
        ModelGenerators.Report.Sample(
            report =>
            {
                var text = ConflictJson.Serialize(report, Indented);
                var back = ConflictJson.Deserialize(text);
                Assert.Equal(report, back);
                Assert.Equal(text, ConflictJson.Serialize(back, Indented));
            },
            iter: 200,
            print: report => ConflictJson.Serialize(report, Indented));
    }

    [Fact]
    public async Task DeserializeAsync_OfSerializeAsync_ReturnsAnEqualReport()
    {
        await ModelGenerators.Report.SampleAsync(
            async report =>
            {
                using var stream = new MemoryStream();
                await ConflictJson.SerializeAsync(stream, report);
                stream.Position = 0;
                Assert.Equal(report, await ConflictJson.DeserializeAsync(stream));
            },
            iter: 100);
    }

    [Fact]
    public void SerializeToUtf8Bytes_AndSerialize_WriteTheSameJson()
    {
        ModelGenerators.Report.Sample(
            report => Assert.Equal(ConflictJson.Serialize(report), System.Text.Encoding.UTF8.GetString(ConflictJson.SerializeToUtf8Bytes(report))),
            iter: 100);
    }
}
