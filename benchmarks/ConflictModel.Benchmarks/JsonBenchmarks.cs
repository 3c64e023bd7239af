using System;
using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Infrastructure;
using ConflictModel.Benchmarks.Peer;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Reading, writing and validating one report, beside System.Text.Json's own floor on exactly the
/// same bytes: a <see cref="Utf8JsonReader"/> token scan and <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// for reading, <see cref="JsonDocument.WriteTo"/> for writing; and beside it, the peer: what a user
/// without the library would write (<see cref="PeerReport"/>, plain classes read and written by
/// System.Text.Json's source generator, and <see cref="PeerReferences"/>, references checked by hand).
/// A derived class says which report.
/// </summary>
/// <remarks>
/// Each setup keeps only what its benchmarks need (bytes for reading, the report for writing and
/// validating), so that no benchmark's garbage collections pay for another's data. Validation is
/// measured on the report as read from the JSON (the pipeline: read, then validate) and, beside it,
/// on the report as built in code.
/// </remarks>
public abstract class JsonBenchmarks
{
    /// <summary>The category of the benchmarks that read the JSON.</summary>
    public const string Read = "Read";

    /// <summary>The category of the benchmarks that write the JSON.</summary>
    public const string Write = "Write";

    /// <summary>The category of the benchmarks that validate the report.</summary>
    public const string Validation = "Validate";

    /// <summary>The name under which the size of the model's JSON is recorded.</summary>
    protected const string ModelInput = "model";

    private readonly ArrayBufferWriter<byte> _output = new();
    private byte[] _utf8 = [];
    private ConflictReport _report = ConflictReport.Empty;
    private JsonDocument? _document;
    private PeerReport _peer = new();

    /// <summary>Gets the parameter values as <see cref="MeasurementColumn.KeyOf"/> writes them; empty for none.</summary>
    protected abstract string ParameterText { get; }

    /// <summary>Prepares the model's JSON for the reading benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(ScanTokens), nameof(ParseDocument), nameof(Deserialize)])]
    public void SetupReading()
    {
        _utf8 = Serialize(CreateReport());
        Settle();
    }

    /// <summary>Prepares the model's JSON for the peer to read, after checking that the peer reads and writes all of it.</summary>
    [GlobalSetup(Target = nameof(PeerDeserialize))]
    public void SetupPeerReading()
    {
        var report = CreateReport();
        _utf8 = Serialize(report);
        _ = PeerCheck.Check(report, _utf8);
        Settle();
    }

    /// <summary>Prepares the peer's classes as read from the model's JSON, for writing them and checking their references.</summary>
    [GlobalSetup(Targets = [nameof(PeerSerialize), nameof(PeerCheckReferences)])]
    public void SetupPeer()
    {
        var report = CreateReport();
        _peer = PeerCheck.Check(report, Serialize(report));
        Settle();
    }

    /// <summary>Prepares the report as built in code, for writing it and validating it.</summary>
    [GlobalSetup(Targets = [nameof(Serialize), nameof(ValidateBuilt)])]
    public void SetupBuiltReport()
    {
        _report = CheckValid(CreateReport());
        _ = Serialize(_report);
        Settle();
    }

    /// <summary>Prepares the report as read from the benchmark's JSON, for validating it as a pipeline would after reading.</summary>
    [GlobalSetup(Targets = [nameof(Validate), nameof(SerializeRead)])]
    public void SetupReadReport()
    {
        _report = CheckValid(ConflictJson.Deserialize(Serialize(CreateReport())));
        Settle();
    }

    /// <summary>Prepares the parsed document for the writing floor.</summary>
    [GlobalSetup(Target = nameof(WriteDocument))]
    public void SetupDocument()
    {
        _document = JsonDocument.Parse(Serialize(CreateReport()));
        Settle();
    }

    /// <summary>Releases the parsed document.</summary>
    [GlobalCleanup]
    public void Cleanup() => _document?.Dispose();

    /// <summary>The floor of reading: every token of the model's JSON, with nothing decoded or built.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Read)]
    [Input(ModelInput)]
    public int ScanTokens()
    {
        var reader = new Utf8JsonReader(_utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>System.Text.Json's document object model of the same bytes.</summary>
    /// <returns>The kind of the root value.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(ModelInput)]
    public JsonValueKind ParseDocument()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.ValueKind;
    }

    /// <summary>The model reader: the same bytes to a checked, immutable <see cref="ConflictReport"/>.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(ModelInput)]
    public ConflictReport Deserialize() => ConflictJson.Deserialize(_utf8);

    /// <summary>The peer: System.Text.Json's source-generated deserializer reads the same bytes into plain, unchecked classes.</summary>
    /// <returns>The classes.</returns>
    [Benchmark]
    [BenchmarkCategory(Read)]
    [Input(ModelInput)]
    public PeerReport PeerDeserialize() => PeerJson.Deserialize(_utf8);

    /// <summary>The floor of writing: System.Text.Json writes a parsed document of the same JSON back to bytes.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Write)]
    [Input(ModelInput)]
    public byte[] WriteDocument()
    {
        _output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_output))
        {
            _document!.WriteTo(writer);
        }

        return _output.WrittenSpan.ToArray();
    }

    /// <summary>The model writer: the report to UTF-8 JSON.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(ModelInput)]
    public byte[] Serialize() => ConflictJson.SerializeToUtf8Bytes(_report);

    /// <summary>
    /// The model writer on the report as read from the JSON, as the peer's classes are: the same
    /// bytes as <see cref="Serialize()"/>, from objects laid out in memory section by section, as a
    /// reader allocates them, rather than in the order code built them.
    /// </summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(ModelInput)]
    public byte[] SerializeRead() => ConflictJson.SerializeToUtf8Bytes(_report);

    /// <summary>The peer: System.Text.Json's source-generated serializer writes its classes of the same report, to the same bytes.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(Write)]
    [Input(ModelInput)]
    public byte[] PeerSerialize() => PeerJson.SerializeToUtf8Bytes(_peer);

    /// <summary>Report validation with the built-in rules, of the report as read from the JSON (read, then validate).</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Validation)]
    [Input(ModelInput)]
    public ValidationResult Validate() => _report.Validate();

    /// <summary>
    /// The same validation of the same report as built in code: its objects lie in memory in the
    /// order they were built, not section by section as a reader lays them out.
    /// </summary>
    /// <returns>The result.</returns>
    [Benchmark]
    [BenchmarkCategory(Validation)]
    [Input(ModelInput)]
    public ValidationResult ValidateBuilt() => _report.Validate();

    /// <summary>
    /// The peer's validation: the references of its classes as read, checked by hand with a
    /// dictionary of ids for each kind (ids unique, every reference resolves), and nothing else.
    /// </summary>
    /// <returns>The number of problems.</returns>
    [Benchmark]
    [BenchmarkCategory(Validation)]
    [Input(ModelInput)]
    public int PeerCheckReferences() => PeerReferences.CountProblems(_peer);

    /// <summary>Builds the report to benchmark; the same report every time.</summary>
    /// <returns>The report.</returns>
    protected abstract ConflictReport CreateReport();

    /// <summary>Records the size of an input for the columns.</summary>
    /// <param name="name">The input's name, as on <see cref="InputAttribute"/>.</param>
    /// <param name="bytes">Its size.</param>
    protected void RecordInput(string name, long bytes) => Measurements.Record(Measurements.Key(Measurements.BenchmarkType(this), ParameterText, name), bytes);

    /// <summary>Collects what a setup left behind, so that the first iterations do not pay for it.</summary>
    protected static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static ConflictReport CheckValid(ConflictReport report)
    {
        var validation = report.Validate();
        return validation.IsValid
            ? report
            : throw new InvalidOperationException($"The report to benchmark is not valid: {validation}; first error: {validation.Errors[0]}.");
    }

    private byte[] Serialize(ConflictReport report)
    {
        var utf8 = ConflictJson.SerializeToUtf8Bytes(report);
        RecordInput(ModelInput, utf8.Length);
        return utf8;
    }
}
