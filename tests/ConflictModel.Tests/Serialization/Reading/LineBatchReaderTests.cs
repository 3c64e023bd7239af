using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Tests.Support;
using CsCheck;

namespace ConflictModel.Tests.Serialization.Reading;

/// <summary>
/// The JSON Lines reader that reads batches of lines on the thread pool must give what reading one
/// line at a time gives: the same reports in the same order, and the first error after every
/// report before it — at any depth, however the stream delivers its bytes.
/// </summary>
public sealed class LineBatchReaderTests
{
    private const string Good = """{"schemaVersion":"1.0","actors":[{"id":"a{0}","name":{"text":"Actor {0}"},"kind":"organisation"}]}""";
    private const string Bad = """{"schemaVersion":"1.0","locations":[{"id":"kayes","name":{"text":"Kayes"},"kind":"village"}]}""";

    public static TheoryData<int> Depths => [1, 2, 3, 5];

    [Fact]
    public async Task ReadAsync_GeneratedReports_EveryDepthAndChunking_GivesTheReportsInOrder()
    {
        await Gen.Select(ModelGenerators.Report.Array[0, 40], Gen.Int[1, 6], Gen.Int[1, 9000]).SampleAsync(
            async (reports, depth, chunk) =>
            {
                using var stream = new MemoryStream();
                await ConflictJsonLines.WriteAsync(stream, reports);

                var read = await ReadAll(new TrickleStream(stream.ToArray(), chunk), depth);

                Assert.Equal(reports, read);
            },
            iter: 150);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task ReadAsync_ManyBatches_GivesWhatOneLineAtATimeGives(int depth)
    {
        var lines = Enumerable.Range(0, 2_000).Select(GoodLine).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

        var read = await ReadAll(new TrickleStream(bytes, 3_000), depth);

        Assert.Equal(lines.Select(l => ConflictJson.Deserialize(l)), read);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task ReadAsync_BadLineAfterManyBatches_GivesEveryReportBeforeItThenItsError(int depth)
    {
        var lines = Enumerable.Range(0, 1_000).Select(GoodLine).ToList();
        lines[700] = Bad;
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        var read = new List<ConflictReport>();

        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ReadInto(read, new TrickleStream(bytes, 2_500), depth));

        Assert.Equal(ConflictJsonErrorKind.UnknownEnumValue, error.Kind);
        Assert.Equal(700, error.LineNumber);
        Assert.Equal("$.locations[0].kind", error.Path);
        Assert.Equal(lines.Take(700).Select(l => ConflictJson.Deserialize(l)), read);
    }

    public static TheoryData<int, int> DepthsAndLongLines => new()
    {
        // 1,025 bytes: the whole line and its end fit the cutter's buffer, and cutting it fails;
        // 4,000: they do not, and reading on fails.
        { 1, 1_025 }, { 3, 1_025 }, { 5, 1_025 }, { 1, 4_000 }, { 3, 4_000 }, { 5, 4_000 },
    };

    [Theory]
    [MemberData(nameof(DepthsAndLongLines))]
    public async Task ReadAsync_LineTooLongAfterManyBatches_GivesEveryReportBeforeItThenLineTooLong(int depth, int longLine)
    {
        var lines = Enumerable.Range(0, 600).Select(GoodLine).ToList();
        lines[450] = GoodLine(450).Replace("Actor 450", new string('x', longLine - GoodLine(450).Length + "Actor 450".Length), StringComparison.Ordinal);
        Assert.Equal(longLine, lines[450].Length);
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        var read = new List<ConflictReport>();

        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ReadInto(read, new TrickleStream(bytes, 1_500), depth, new ConflictJsonOptions { MaxLineLength = 1024 }));

        Assert.Equal(ConflictJsonErrorKind.LineTooLong, error.Kind);
        Assert.Contains("Line 451 is longer than the limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(lines.Take(450).Select(l => ConflictJson.Deserialize(l)), read);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task ReadAsync_StreamFailsAfterManyBatches_GivesEveryCompleteLineBeforeItThenItsError(int depth)
    {
        var lines = Enumerable.Range(0, 500).Select(GoodLine).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        var cut = bytes.Length / 2;
        var complete = Encoding.UTF8.GetString(bytes, 0, cut).Count(c => c == '\n');
        var read = new List<ConflictReport>();

        var error = await Assert.ThrowsAsync<IOException>(() => ReadInto(read, new FailingStream(bytes, cut, 777), depth));

        Assert.Equal("The connection was reset.", error.Message);
        Assert.Equal(lines.Take(complete).Select(l => ConflictJson.Deserialize(l)), read);
    }

    [Fact]
    public async Task ReadAsync_WhileTheStreamWaits_GivesTheReportsAlreadyRead()
    {
        // Enough lines in the first read that reading them outlasts starting the second read, which then waits.
        const int Buffered = 500;
        var first = Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, Buffered).Select(GoodLine)) + "\n");
        Assert.InRange(first.Length, 32 * 1024, 64 * 1024); // one read of the cutter's 64 KB buffer
        var rest = Encoding.UTF8.GetBytes(GoodLine(Buffered) + "\n");
        var stream = new GatedStream(first, rest);
        await using var reports = LineBatchReader.ReadAsync(stream, ConflictJsonOptions.Default, 3, CancellationToken.None).GetAsyncEnumerator();

        var next = reports.MoveNextAsync().AsTask();
        var done = await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(next, done); // given while the second read of the stream has not returned
        Assert.True(await next);
        Assert.Equal(ConflictJson.Deserialize(GoodLine(0)), reports.Current);
        for (var i = 1; i < Buffered; i++)
        {
            Assert.True(await reports.MoveNextAsync());
            Assert.Equal(ConflictJson.Deserialize(GoodLine(i)), reports.Current);
        }

        stream.Open();
        Assert.True(await reports.MoveNextAsync());
        Assert.Equal(ConflictJson.Deserialize(GoodLine(Buffered)), reports.Current);
        Assert.False(await reports.MoveNextAsync());
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task ReadAsync_CancelledAfterTheFirstReport_StopsWithOperationCanceled(int depth)
    {
        var lines = Enumerable.Range(0, 3_000).Select(GoodLine).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        using var cancellation = new CancellationTokenSource();
        var read = new List<ConflictReport>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var report in LineBatchReader.ReadAsync(new TrickleStream(bytes, 2_000), ConflictJsonOptions.Default, depth, cancellation.Token))
            {
                read.Add(report);
                await cancellation.CancelAsync();
            }
        });

        Assert.InRange(read.Count, 1, lines.Count - 1);
        Assert.Equal(lines.Take(read.Count).Select(l => ConflictJson.Deserialize(l)), read);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task ReadAsync_LeftAfterTheFirstReport_DisposesWithoutReadingOn(int depth)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 3_000).Select(GoodLine)) + "\n");
        var stream = new FailingStream(bytes, bytes.Length, 2_000);
        var reports = LineBatchReader.ReadAsync(stream, ConflictJsonOptions.Default, depth, CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await reports.MoveNextAsync());
        var first = reports.Current;
        await reports.DisposeAsync();
        var readsAtDisposal = stream.Reads;
        await Task.Delay(100);

        Assert.Equal(ConflictJson.Deserialize(GoodLine(0)), first);
        Assert.Equal(readsAtDisposal, stream.Reads);
        Assert.True(stream.Reads * 2_000 < bytes.Length, "the reader read no further ahead than its batches");
    }

    [Fact]
    public void DefaultDepth_ReadsOnThePoolWhenThereIsMoreThanOneProcessor_AndBoundsTheBatchesInFlight()
    {
        if (Environment.ProcessorCount > 1)
        {
            Assert.InRange(LineBatchReader.DefaultDepth, 2, 5);
        }
        else
        {
            Assert.Equal(1, LineBatchReader.DefaultDepth);
        }
    }

    private static string GoodLine(int i) => Good.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static async Task<List<ConflictReport>> ReadAll(Stream stream, int depth, ConflictJsonOptions? options = null)
    {
        var reports = new List<ConflictReport>();
        await ReadInto(reports, stream, depth, options);
        return reports;
    }

    private static async Task ReadInto(List<ConflictReport> reports, Stream stream, int depth, ConflictJsonOptions? options = null)
    {
        await foreach (var report in LineBatchReader.ReadAsync(stream, options ?? ConflictJsonOptions.Default, depth, CancellationToken.None))
        {
            reports.Add(report);
        }
    }

    /// <summary>Gives its bytes a few at a time, then fails as a dropped connection does.</summary>
    private sealed class FailingStream(byte[] bytes, int failAt, int chunk) : ReadOnlyTestStream
    {
        private int _position;

        public int Reads { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            if (_position >= failAt && failAt < bytes.Length)
            {
                throw new IOException("The connection was reset.");
            }

            var n = Math.Min(Math.Min(count, chunk), Math.Min(bytes.Length, failAt) - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }

    /// <summary>Gives its first bytes at once, and the rest only once opened, as a pipe whose writer is slow.</summary>
    private sealed class GatedStream(byte[] first, byte[] rest) : ReadOnlyTestStream
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _reads;

        public void Open() => _gate.TrySetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            switch (_reads++)
            {
                case 0:
                    first.CopyTo(buffer);
                    return first.Length;
                case 1:
                    await _gate.Task.WaitAsync(cancellationToken);
                    rest.CopyTo(buffer);
                    return rest.Length;
                default:
                    return 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read asynchronously.");
    }
}
