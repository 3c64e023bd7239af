using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Tests.Serialization.Generators;
using CsCheck;

namespace ConflictModel.Tests.Serialization.Writing;

/// <summary>
/// The JSON Lines writer that serializes batches of reports on the thread pool must write what
/// writing one report at a time writes: the same bytes in the same order, every line before a
/// failure of the sequence, and — from a sequence that waits — the lines it has as they are ready.
/// </summary>
public sealed class LineBatchWriterTests
{
    public static TheoryData<int> Depths => [1, 2, 3, 5];

    [Fact]
    public async Task WriteInBatches_GeneratedReports_EveryDepth_WritesEachReportAsItsOwnLineInOrder()
    {
        await Gen.Select(ModelGenerators.Report.Array[0, 40], Gen.Int[1, 6]).SampleAsync(
            async (reports, depth) =>
            {
                using var fromList = new MemoryStream();
                using var fromAsync = new MemoryStream();

                await ConflictJsonLines.WriteInBatchesAsync(fromList, reports, depth, CancellationToken.None);
                await ConflictJsonLines.WriteInBatchesAsync(fromAsync, Yielding(reports), depth, CancellationToken.None);

                var expected = string.Concat(reports.Select(r => ConflictJson.Serialize(r) + "\n"));
                Assert.Equal(expected, Encoding.UTF8.GetString(fromList.ToArray()));
                Assert.Equal(expected, Encoding.UTF8.GetString(fromAsync.ToArray()));
            },
            iter: 100);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_ManyBatches_WritesTheBytesOfOneReportAtATime(int depth)
    {
        // Enough lines for batches to grow past one report and for several to be under way at once.
        var reports = Enumerable.Range(0, 20_000).Select(Report).ToList();
        using var stream = new MemoryStream();

        await ConflictJsonLines.WriteInBatchesAsync(stream, reports, depth, CancellationToken.None);

        Assert.Equal(OneAtATime(reports), stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_SequenceFailsAfterManyReports_WritesEveryLineBeforeItThenThrowsItsError(int depth)
    {
        var reports = Enumerable.Range(0, 12_000).Select(Report).ToList();
        using var fromList = new MemoryStream();
        using var fromAsync = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ConflictJsonLines.WriteInBatchesAsync(fromList, FailingAfter(reports), depth, CancellationToken.None));
        var asyncError = await Assert.ThrowsAsync<InvalidDataException>(() => ConflictJsonLines.WriteInBatchesAsync(fromAsync, Yielding(FailingAfter(reports)), depth, CancellationToken.None));

        Assert.Equal("row 12000 is bad", error.Message);
        Assert.Equal("row 12000 is bad", asyncError.Message);
        Assert.Equal(OneAtATime(reports), fromList.ToArray());
        Assert.Equal(OneAtATime(reports), fromAsync.ToArray());
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_NullReportAfterManyReports_WritesEveryLineBeforeItThenNamesTheSequence(int depth)
    {
        var reports = Enumerable.Range(0, 5_000).Select(Report).ToList();
        using var stream = new MemoryStream();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ConflictJsonLines.WriteInBatchesAsync(stream, [.. reports, null!, Report(1)], depth, CancellationToken.None));

        Assert.Equal("reports", error.ParamName);
        Assert.Equal(OneAtATime(reports), stream.ToArray());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task WriteInBatches_SequenceWaitsForItsNextReport_TheLinesBeforeAreWrittenMeanwhile(int depth)
    {
        // A source that has given 3,000 reports and then waits until they are on the stream: with
        // lines held back for a full batch, it would wait for ever (the timeout fails the test).
        var first = Enumerable.Range(0, 3_000).Select(Report).ToList();
        var expected = OneAtATime(first);
        using var stream = new MemoryStream();

        async IAsyncEnumerable<ConflictReport> Source()
        {
            foreach (var report in first)
            {
                yield return report;
            }

            var waited = TimeSpan.Zero;
            while (stream.Length < expected.Length)
            {
                Assert.True(waited < TimeSpan.FromSeconds(30), $"Only {stream.Length} of {expected.Length} bytes were written while the source waited.");
                await Task.Delay(10);
                waited += TimeSpan.FromMilliseconds(10);
            }

            yield return Report(3_000);
        }

        await ConflictJsonLines.WriteInBatchesAsync(stream, Source(), depth, CancellationToken.None);

        Assert.Equal(OneAtATime([.. first, Report(3_000)]), stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_StreamFailsToWrite_ThrowsItsErrorAndWritesNoLaterLine(int depth)
    {
        var reports = Enumerable.Range(0, 20_000).Select(Report).ToList();
        using var stream = new FailingStream(failAfterWrites: 2);
        using var asyncStream = new FailingStream(failAfterWrites: 2);

        var error = await Assert.ThrowsAsync<IOException>(() => ConflictJsonLines.WriteInBatchesAsync(stream, reports, depth, CancellationToken.None));
        var asyncError = await Assert.ThrowsAsync<IOException>(() => ConflictJsonLines.WriteInBatchesAsync(asyncStream, Yielding(reports), depth, CancellationToken.None));

        Assert.Equal("disk full", error.Message);
        Assert.Equal("disk full", asyncError.Message);
        Assert.Equal(3, stream.Attempts); // two written, the third failed, none after it
        Assert.Equal(3, asyncStream.Attempts);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_StreamFailsWhileTheSequenceWaits_ThrowsTheStreamsError(int depth)
    {
        // The lines are written while the source waits, so the stream fails during one of its waits:
        // the error must be the stream's, not one of disposing a source that is still busy.
        async IAsyncEnumerable<ConflictReport> Slow()
        {
            for (var i = 0; i < 20_000; i++)
            {
                if (i % 500 == 0)
                {
                    await Task.Delay(2);
                }

                yield return Report(i);
            }
        }

        using var stream = new FailingStream(failAfterWrites: 1);

        var error = await Assert.ThrowsAsync<IOException>(() => ConflictJsonLines.WriteInBatchesAsync(stream, Slow(), depth, CancellationToken.None));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(2, stream.Attempts);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_CancelledPartWay_ThrowsOperationCanceled(int depth)
    {
        using var cancellation = new CancellationTokenSource();
        using var stream = new MemoryStream();

        IEnumerable<ConflictReport> CancellingAfter(int count)
        {
            for (var i = 0; ; i++)
            {
                if (i == count)
                {
                    cancellation.Cancel();
                }

                yield return Report(i);
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ConflictJsonLines.WriteInBatchesAsync(stream, CancellingAfter(4_000), depth, cancellation.Token));
    }

    [Fact]
    public async Task WriteAsync_ManyReports_WritesTheBytesOfOneReportAtATime()
    {
        // The public overloads, at this machine's depth.
        var reports = Enumerable.Range(0, 10_000).Select(Report).ToList();
        using var fromList = new MemoryStream();
        using var fromAsync = new MemoryStream();

        await ConflictJsonLines.WriteAsync(fromList, reports);
        await ConflictJsonLines.WriteAsync(fromAsync, Yielding(reports));

        Assert.Equal(OneAtATime(reports), fromList.ToArray());
        Assert.Equal(OneAtATime(reports), fromAsync.ToArray());
    }

    // Reports of different sizes, so that batches hold different numbers of lines.
    private static ConflictReport Report(int i)
    {
        var actors = Enumerable.Range(0, 1 + (i % 7))
            .Select(n => new Actor(new ActorId($"a{i}-{n}"), new LocalizedName($"Actor {i} number {n}"), ActorKind.Organisation))
            .ToArray();
        return new ConflictReport().WithActors([.. actors]);
    }

    private static byte[] OneAtATime(IEnumerable<ConflictReport> reports)
        => Encoding.UTF8.GetBytes(string.Concat(reports.Select(r => ConflictJson.Serialize(r) + "\n")));

    private static IEnumerable<ConflictReport> FailingAfter(List<ConflictReport> reports)
    {
        foreach (var report in reports)
        {
            yield return report;
        }

        throw new InvalidDataException($"row {reports.Count} is bad");
    }

    // A sequence that sometimes waits before its next report, as one read from a file or a socket does.
    private static async IAsyncEnumerable<ConflictReport> Yielding(IEnumerable<ConflictReport> reports)
    {
        var i = 0;
        foreach (var report in reports)
        {
            if (i++ % 97 == 0)
            {
                await Task.Yield();
            }

            yield return report;
        }
    }

    // A stream whose writes fail from the one after the first few; it counts every write asked of it.
    private sealed class FailingStream(int failAfterWrites) : MemoryStream
    {
        public int Attempts { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Attempts++;
            if (Attempts > failAfterWrites)
            {
                throw new IOException("disk full");
            }

            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
