using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Fixtures;

namespace ConflictModel.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Convert_IntoADirectoryThatDoesNotExist_IsAUsageError_AndWritesNothing()
    {
        _cli.Write("mali.json", File.ReadAllBytes(CliRun.Expected("mali-report.json")));

        var output = _cli.Run("convert", "mali.json", Path.Combine("missing", "copy.json"));
        var lossReport = _cli.Run("convert", "mali.json", "copy.jsonl", "--loss-report", Path.Combine("missing", "losses.json"));

        Assert.Equal(2, output.ExitCode);
        Assert.StartsWith($"conflictmodel: Cannot write '{Path.Combine("missing", "copy.json")}': the directory '{_cli.PathOf("missing")}' does not exist.", output.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, lossReport.ExitCode);
        Assert.Contains("losses.json", lossReport.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("copy.jsonl"))); // not written without its loss report
    }

    [Fact]
    public void DescribeAndValidate_ADirectory_SayItIsADirectory()
    {
        Directory.CreateDirectory(_cli.PathOf("folder"));

        var describe = _cli.Run("describe", "folder");
        var validate = _cli.Run("validate", "folder");

        Assert.Equal(2, describe.ExitCode);
        Assert.StartsWith("folder: is a directory, not a file", describe.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("folder: error: cannot read the file: it is a directory, not a file", validate.Output + validate.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_JsonToJson_KeepsTheBytes()
    {
        _cli.Write("mali.json", File.ReadAllBytes(CliRun.Expected("mali-report.json")));

        var result = _cli.Run("convert", "mali.json", "copy.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(CliRun.Expected("mali-report.json")), File.ReadAllBytes(_cli.PathOf("copy.json")));
        Assert.Equal("convert: json -> json: nothing lost\n", result.StandardError);
    }

    [Fact]
    public void Convert_JsonToJsonLines_WritesASliceAnEngagementALine_EachAValidReportHoldingItsEngagementAndItsClaims()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var toLines = _cli.Run("convert", "mali.json", "mali.jsonl");

        Assert.Equal(0, toLines.ExitCode);
        Assert.Equal("convert: json -> jsonl: nothing lost\n", toLines.StandardError);
        var lines = File.ReadAllLines(_cli.PathOf("mali.jsonl")).Select(l => ConflictJson.Deserialize(l)).ToList();
        var report = MaliArticle.Report;
        Assert.Equal(report.Engagements.Length + 1, lines.Count);
        for (var i = 0; i < report.Engagements.Length; i++)
        {
            var engagement = report.Engagements[i];
            Assert.Contains(engagement, lines[i].Engagements);
            Assert.All(report.Claims.Where(c => c.Subjects.Contains(EntityReference.To(engagement.Id))), claim => Assert.Contains(claim, lines[i].Claims));
        }

        Assert.All(lines, line => Assert.DoesNotContain(line.Validate().Issues, issue => issue.Severity == ValidationSeverity.Error));
        Assert.Equal(0, _cli.Run("validate", "mali.jsonl").ExitCode);
    }

    [Fact]
    public void Convert_JsonToJsonLines_AReportOfOneEngagement_IsOneLineHoldingAllOfIt()
    {
        // One engagement, with an actor nothing refers to: the split would give the actor a line of
        // its own; a report of one engagement is written as it is.
        var unreached = new Actor(new ActorId("actor-nobody"), new LocalizedName("Nobody in particular"), ActorKind.Organisation);
        var report = new ConflictReport()
            .WithEngagements([new Engagement(new EngagementId("kayes-attack"), EventType.Battles)])
            .WithActors([unreached]);
        Assert.Equal(2, report.SplitByEngagementInOrder().Count()); // what the split would have written
        _cli.Write("one.json", ConflictJson.Serialize(report));

        var result = _cli.Run("convert", "one.json", "one.jsonl");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(_cli.PathOf("one.jsonl"));
        Assert.Equal([ConflictJson.Serialize(report)], lines);
        Assert.Equal(0, _cli.Run("convert", "one.jsonl", "back.json").ExitCode);
        Assert.Equal(report, ConflictJson.Deserialize(File.ReadAllText(_cli.PathOf("back.json"))));
    }

    [Fact]
    public void Convert_JsonToJsonLinesToJson_IsByteIdentical_ForTheMaliFixture()
    {
        var fixture = File.ReadAllBytes(CliRun.Expected("mali-report.json"));
        _cli.Write("mali.json", fixture);

        Assert.Equal(0, _cli.Run("convert", "mali.json", "a.jsonl").ExitCode);
        var back = _cli.Run("convert", "a.jsonl", "b.json");
        Assert.Equal(0, _cli.Run("convert", "b.json", "c.jsonl").ExitCode);

        Assert.Equal(0, back.ExitCode);
        Assert.Equal("convert: jsonl -> json: nothing lost\n", back.StandardError);
        Assert.Equal(fixture, File.ReadAllBytes(_cli.PathOf("b.json")));
        Assert.Equal(File.ReadAllBytes(_cli.PathOf("a.jsonl")), File.ReadAllBytes(_cli.PathOf("c.jsonl")));
    }

    [Fact]
    public void Convert_JsonToJsonLinesToJson_IsByteIdentical_WhenTheReportIsNotInTheOrderItsEngagementsReachIt()
    {
        // The campaign is listed after the next engagement; the claims are listed against the engagements' order; the
        // actor the first engagement reaches is listed last; a claim about an actor no engagement reaches comes first.
        const string Report = """
            {"schemaVersion":"1.0","sources":[{"id":"s","kind":"newsArticle"}],
            "actors":[{"id":"b-side","name":{"text":"B"},"kind":"organisation"},{"id":"a-side","name":{"text":"A"},"kind":"organisation"}],
            "engagements":[{"id":"a","type":"battles","campaign":"c","participants":[{"actor":"a-side","role":"attacker"}]},
            {"id":"b","type":"battles","participants":[{"actor":"b-side","role":"attacker"}]},{"id":"c","type":"battles","scope":"campaign"}],
            "claims":[{"kind":"characterisation","id":"about-b-side","claimant":{"source":"s"},"subjects":[{"kind":"actor","id":"b-side"}],"status":"asserted","characterisation":"x"},
            {"kind":"characterisation","id":"about-b","claimant":{"source":"s"},"subjects":[{"kind":"engagement","id":"b"}],"status":"asserted","characterisation":"x"},
            {"kind":"characterisation","id":"about-a","claimant":{"source":"s"},"subjects":[{"kind":"engagement","id":"a"}],"status":"asserted","characterisation":"x"}]}
            """;
        var canonical = ConflictJson.SerializeToUtf8Bytes(ConflictJson.Deserialize(Report), MaliArticle.CanonicalJsonOptions);
        _cli.Write("r.json", [.. canonical, (byte)'\n']);

        Assert.Equal(0, _cli.Run("convert", "r.json", "r.jsonl").ExitCode);
        Assert.Equal(0, _cli.Run("convert", "r.jsonl", "back.json").ExitCode);

        Assert.Equal(File.ReadAllBytes(_cli.PathOf("r.json")), File.ReadAllBytes(_cli.PathOf("back.json")));
        var first = ConflictJson.Deserialize(File.ReadLines(_cli.PathOf("r.jsonl")).First());
        Assert.Equal(["a", "b", "c"], first.Engagements.Select(e => e.Id.Value));
        Assert.Equal(["about-b-side", "about-b", "about-a"], first.Claims.Select(c => c.Id.Value));
    }

    [Fact]
    public void Convert_StandardInputToStandardOutput_NeedsTheTargetFormat_AndGivesWhatAFileGets()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);
        _cli.Run("convert", "mali.json", "mali.jsonl");

        var piped = _cli.Run(Encoding.UTF8.GetBytes(MaliArticle.CanonicalJson), "convert", "-", "-", "--to", "jsonl");
        var noFormat = _cli.Run(Encoding.UTF8.GetBytes(MaliArticle.CanonicalJson), "convert", "-", "-");

        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(File.ReadAllBytes(_cli.PathOf("mali.jsonl")), piped.StandardOutput);
        Assert.Equal(2, noFormat.ExitCode);
        Assert.Contains("Writing to standard output needs a format.", noFormat.StandardError, StringComparison.Ordinal);
        Assert.Contains("--to jsonl", noFormat.StandardError, StringComparison.Ordinal);
        Assert.Empty(noFormat.StandardOutput);
    }

    [Fact]
    public void Convert_LossReport_IsWrittenAsJson_EmptyForJsonLines()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", "mali.jsonl", "--loss-report", "losses.json");

        Assert.Equal(0, result.ExitCode);
        using var losses = JsonDocument.Parse(File.ReadAllBytes(_cli.PathOf("losses.json")));
        Assert.Equal("json", losses.RootElement.GetProperty("from").GetString());
        Assert.Equal("jsonl", losses.RootElement.GetProperty("to").GetString());
        Assert.Equal(0, losses.RootElement.GetProperty("losses").GetArrayLength());
    }

    [Fact]
    public void Convert_UnknownExtension_OrFormat_IsAUsageError_ThatSaysWhatToType()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var extension = _cli.Run("convert", "mali.json", "mali.txt");
        var format = _cli.Run("convert", "mali.json", "out", "--to", "shapefile");

        Assert.Equal(2, extension.ExitCode);
        Assert.Contains("Cannot tell the format of 'mali.txt' from its extension.", extension.StandardError, StringComparison.Ordinal);
        Assert.Contains("--to", extension.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("shapefile", format.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.PathOf("mali.txt")));
    }

    [Fact]
    public void Convert_OfAnInvalidDocument_Exits1_AndLeavesNoOutput()
    {
        _cli.Write("bad.json", InvalidDocuments.Get("truncated").Utf8Json.Span);

        var result = _cli.Run("convert", "bad.json", "out.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/mentions/0/rationale", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["bad.json"], Directory.GetFiles(_cli.Directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Convert_IntoAMissingDirectory_Exits2_AndSaysWhy()
    {
        _cli.Write("mali.json", MaliArticle.CanonicalJson);

        var result = _cli.Run("convert", "mali.json", Path.Combine("no-such-directory", "mali.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-directory", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_OfAMissingFile_Exits2()
    {
        var result = _cli.Run("convert", "missing.json", "out.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.json: cannot read the file: no such file", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_Interrupted_LeavesNoOutputFile_AndNoTemporaryFile()
    {
        var lines = Encoding.UTF8.GetBytes(string.Join('\n', MaliArticle.Report.SplitByEngagement().Select(r => ConflictJson.Serialize(r))) + "\n");
        using var cancellation = new CancellationTokenSource();
        File.WriteAllText(_cli.PathOf("out.json"), "the previous output");
        using var input = new CancellingStream(lines, cancellation);

        var result = _cli.RunOn(input, terminal: false, noColor: false, ["convert", "-", "out.jsonl", "--from", "jsonl"], cancellation.Token);
        using var second = new CancellationTokenSource();
        var overwrite = _cli.RunOn(new CancellingStream(lines, second), terminal: false, noColor: false, ["convert", "-", "out.json", "--from", "jsonl"], second.Token);

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("cancelled", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(130, overwrite.ExitCode);
        Assert.Equal(["out.json"], Directory.GetFiles(_cli.Directory).Select(Path.GetFileName));
        Assert.Equal("the previous output", File.ReadAllText(_cli.PathOf("out.json")));
    }

    /// <summary>Gives the first bytes of the input, then cancels the run, as Ctrl+C in the middle of a conversion would.</summary>
    private sealed class CancellingStream(byte[] data, CancellationTokenSource cancellation) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position > 0)
            {
                cancellation.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            var n = Math.Min(Math.Min(buffer.Length, data.Length / 2), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer.Span);
            _position += n;
            return ValueTask.FromResult(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
