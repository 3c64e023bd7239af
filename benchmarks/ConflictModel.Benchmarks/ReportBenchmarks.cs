using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Acled;
using ConflictModel.Benchmarks.Infrastructure;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Reading, writing and validating synthetic reports of 1,000, 10,000 and 100,000 engagements
/// (see <see cref="SyntheticReports"/>), and, beside them, System.Text.Json reading and writing the
/// same engagements as flat ACLED rows with source-generated metadata.
/// </summary>
/// <remarks>The ACLED rows are other, smaller bytes; the Input and MiB/s columns put them side by side honestly.</remarks>
public class ReportBenchmarks : JsonBenchmarks
{
    private const string AcledInput = "acled";

    private byte[] _acledUtf8 = [];
    private List<AcledRow> _acledRows = [];

    /// <summary>Gets or sets the number of engagements in the report.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Engagements { get; set; }

    /// <inheritdoc/>
    protected override string ParameterText => Engagements.ToString(CultureInfo.InvariantCulture);

    /// <summary>Prepares the ACLED rows' JSON for reading them.</summary>
    [GlobalSetup(Target = nameof(DeserializeAcledRows))]
    public void SetupAcledReading()
    {
        _acledUtf8 = SerializeAcled(AcledRows.FromReport(CreateReport()));
        Settle();
    }

    /// <summary>Prepares the ACLED rows for writing them.</summary>
    [GlobalSetup(Target = nameof(SerializeAcledRows))]
    public void SetupAcledWriting()
    {
        _acledRows = AcledRows.FromReport(CreateReport());
        _ = SerializeAcled(_acledRows);
        Settle();
    }

    /// <summary>System.Text.Json reads the same engagements as flat ACLED rows (other, smaller bytes).</summary>
    /// <returns>The rows.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(AcledInput)]
    public List<AcledRow> DeserializeAcledRows() => JsonSerializer.Deserialize(_acledUtf8, AcledJsonContext.Default.ListAcledRow)!;

    /// <summary>System.Text.Json writes the same engagements as flat ACLED rows.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(AcledInput)]
    public byte[] SerializeAcledRows() => JsonSerializer.SerializeToUtf8Bytes(_acledRows, AcledJsonContext.Default.ListAcledRow);

    /// <inheritdoc/>
    protected override ConflictReport CreateReport() => SyntheticReports.Create(Engagements);

    private byte[] SerializeAcled(List<AcledRow> rows)
    {
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(rows, AcledJsonContext.Default.ListAcledRow);
        RecordInput(AcledInput, utf8.Length);
        return utf8;
    }
}
