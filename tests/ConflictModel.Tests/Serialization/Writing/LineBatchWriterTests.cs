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

        foreach (var (error, written) in await ThrowsBothWays<InvalidDataException>(FailingAfter(reports), Yielding(FailingAfter(reports)), stream => new LineBatchWriter(stream, depth)))
        {
            Assert.Equal("row 12000 is bad", error.Message);
            Assert.Equal(OneAtATime(reports), written);
        }
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_NullReportAfterManyReports_WritesEveryLineBeforeItThenNamesTheSequence(int depth)
    {
        var reports = Enumerable.Range(0, 5_000).Select(Report).ToList();
        List<ConflictReport> withNull = [.. reports, null!, Report(1)];

        foreach (var (error, written) in await ThrowsBothWays<ArgumentException>(withNull, Yielding(withNull), stream => new LineBatchWriter(stream, depth)))
        {
            Assert.Equal("reports", error.ParamName);
            Assert.Equal(OneAtATime(reports), written);
        }
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_DisposingTheSequenceFails_EveryLineIsWrittenBeforeItsError(int depth)
    {
        // The lines held in batches must reach the stream before the sequence is disposed, as they
        // did one line at a time; an error of disposing comes after them.
        var reports = Enumerable.Range(0, 3_000).Select(Report).ToList();
        var sequence = new DisposeFails(reports);

        foreach (var (error, written) in await ThrowsBothWays<InvalidOperationException>(sequence, sequence, stream => new LineBatchWriter(stream, depth)))
        {
            Assert.Equal("cannot close", error.Message);
            Assert.Equal(OneAtATime(reports), written);
        }
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_AReportFailsToSerialize_WritesEveryLineBeforeItThenThrowsItsError(int depth)
    {
        // Whichever batch the report falls in, the lines before it (in its own batch too) are written.
        var reports = Enumerable.Range(0, 6_000).Select(Report).ToList();
        var bad = reports[4_321];
        void Write(System.Text.Json.Utf8JsonWriter json, ConflictReport report)
        {
            if (ReferenceEquals(report, bad))
            {
                json.WriteStartObject(); // part of a line that must not reach the stream
                json.Flush();
                throw new InvalidOperationException("cannot write report 4321");
            }

            ConflictReportWriter(json, report);
        }

        foreach (var (error, written) in await ThrowsBothWays<InvalidOperationException>(reports, Yielding(reports), stream => new LineBatchWriter(stream, depth, Write)))
        {
            Assert.Equal("cannot write report 4321", error.Message);
            Assert.Equal(OneAtATime(reports.Take(4_321)), written);
        }
    }

    [Fact]
    public async Task BatchSize_ReportsGrowSuddenlyLarger_FollowsTheLastBatchAndGrowsAtMostTwiceABatch()
    {
        // 3,000 small lines (about 100 bytes) size batches of hundreds; 300 large ones (about 200 KB)
        // must bring them down to one within a few batches, not hold hundreds of large reports in a
        // batch sized by the average of every line before.
        var small = Enumerable.Range(0, 3_000).Select(i => new ConflictReport().WithActors([new Actor(new ActorId($"s{i}"), new LocalizedName("Small"), ActorKind.Organisation)])).ToList();
        var large = Enumerable.Range(0, 300).Select(LargeReport).ToList();
        using var stream = new MemoryStream();
        var writer = new LineBatchWriter(stream, depth: 3);
        var sizes = new List<int> { writer.NextBatchReports };
        await using (writer)
        {
            foreach (var report in small.Concat(large))
            {
                await writer.AddAsync(report, CancellationToken.None);
                if (writer.NextBatchReports != sizes[^1])
                {
                    sizes.Add(writer.NextBatchReports);
                }
            }

            await writer.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal(OneAtATime([.. small, .. large]), stream.ToArray());
        Assert.All(sizes.Zip(sizes.Skip(1)), pair => Assert.True(pair.Second <= 2 * pair.First, $"The batch size went from {pair.First} to {pair.Second}."));
        var perSmallLine = OneAtATime([small[0]]).Length;
        var smallBatch = Math.Min(LineBatchWriter.MaxBatchReports, LineBatchWriter.TargetBatchBytes / perSmallLine);
        Assert.True(sizes.Max() >= smallBatch / 2, $"Small lines never made batches of about {smallBatch}: {string.Join(", ", sizes)}.");
        var perLargeLine = OneAtATime([large[0]]).Length;
        Assert.InRange(writer.NextBatchReports, 1, (LineBatchWriter.TargetBatchBytes / perLargeLine) + 1);
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
        await Task.Delay(200); // and none later, from a batch still under way
        Assert.Equal(3, stream.Attempts);
        Assert.Equal(3, asyncStream.Attempts);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public async Task WriteInBatches_StreamFailsWhileTheSequenceWaitsForEver_StopsTheSequenceAndThrowsTheStreamsError(int depth)
    {
        // A source that gives some reports and then waits, as a quiet socket does: the stream's error
        // must not wait for it (the timeout fails the test), the source is told to stop.
        var stopped = false;
        using var stream = new FailingStream(failAfterWrites: int.MaxValue);
        async IAsyncEnumerable<ConflictReport> Quiet([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < 3_000; i++)
            {
                yield return Report(i);
            }

            // Lines are still held (the batch under way, or reports not yet in a batch): writing them
            // fails while the source waits.
            stream.Broken = true;
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                stopped = cancellationToken.IsCancellationRequested;
            }

            yield return Report(3_000);
        }

        var error = await Assert.ThrowsAsync<IOException>(() => ConflictJsonLines.WriteInBatchesAsync(stream, Quiet(), depth, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("disk full", error.Message);
        Assert.True(stopped);
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
    public async Task WriteInBatches_CancelledPartWay_ThrowsOperationCanceledAndLeavesOnlyWholeLines(int depth)
    {
        using var cancellation = new CancellationTokenSource();
        using var asyncCancellation = new CancellationTokenSource();
        using var stream = new MemoryStream();
        using var asyncStream = new MemoryStream();

        static IEnumerable<ConflictReport> CancellingAfter(int count, CancellationTokenSource cancellation)
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

        // Sequences without end: the timeout fails the test if cancellation is not observed.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ConflictJsonLines.WriteInBatchesAsync(stream, CancellingAfter(4_000, cancellation), depth, cancellation.Token).WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ConflictJsonLines.WriteInBatchesAsync(asyncStream, Yielding(CancellingAfter(4_000, asyncCancellation)), depth, asyncCancellation.Token).WaitAsync(TimeSpan.FromSeconds(30)));

        foreach (var written in new[] { stream.ToArray(), asyncStream.ToArray() })
        {
            // Whatever was written is whole lines, the first ones, in order.
            var lines = written.Count(b => b == (byte)'\n');
            Assert.Equal(OneAtATime(Enumerable.Range(0, lines).Select(Report)), written);
        }
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

    private static void ConflictReportWriter(System.Text.Json.Utf8JsonWriter json, ConflictReport report) => ReportWriter.Write(json, report);

    // A report of about 200 KB of JSON.
    private static ConflictReport LargeReport(int i)
        => new ConflictReport().WithActors([.. Enumerable.Range(0, 400).Select(n => new Actor(new ActorId($"l{i}-{n}"), new LocalizedName(new string('x', 450)), ActorKind.Organisation))]);

    // Writes through both overloads, the sequence and the one that may wait, each to a stream and a
    // writer of its own; both must throw TException. Gives each error with what its stream received.
    private static async Task<(TException Error, byte[] Written)[]> ThrowsBothWays<TException>(IEnumerable<ConflictReport> sequence, IAsyncEnumerable<ConflictReport> waitingSequence, Func<Stream, LineBatchWriter> writer)
        where TException : Exception
    {
        using var fromSequence = new MemoryStream();
        using var fromWaiting = new MemoryStream();
        var error = await Assert.ThrowsAsync<TException>(() => ConflictJsonLines.WriteInBatchesAsync(writer(fromSequence), sequence, CancellationToken.None));
        var waitingError = await Assert.ThrowsAsync<TException>(() => ConflictJsonLines.WriteInBatchesAsync(writer(fromWaiting), waitingSequence, CancellationToken.None));
        return [(error, fromSequence.ToArray()), (waitingError, fromWaiting.ToArray())];
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

    // A sequence whose enumerator fails to be disposed, after it has given every report.
    private sealed class DisposeFails(List<ConflictReport> reports) : IEnumerable<ConflictReport>, IAsyncEnumerable<ConflictReport>
    {
        public IEnumerator<ConflictReport> GetEnumerator() => new Enumerator(reports);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public IAsyncEnumerator<ConflictReport> GetAsyncEnumerator(CancellationToken cancellationToken = default) => new Enumerator(reports);

        private sealed class Enumerator(List<ConflictReport> reports) : IEnumerator<ConflictReport>, IAsyncEnumerator<ConflictReport>
        {
            private int _index = -1;

            public ConflictReport Current => reports[_index];

            object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < reports.Count;

            public ValueTask<bool> MoveNextAsync() => ValueTask.FromResult(MoveNext());

            public void Reset() => throw new NotSupportedException();

            public void Dispose() => throw new InvalidOperationException("cannot close");

            public ValueTask DisposeAsync() => ValueTask.FromException(new InvalidOperationException("cannot close"));
        }
    }

    // A stream whose writes fail from the one after the first few; it counts every write asked of it.
    private sealed class FailingStream(int failAfterWrites) : MemoryStream
    {
        public int Attempts { get; private set; }

        public bool Broken { get; set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Attempts++;
            if (Attempts > failAfterWrites || Broken)
            {
                throw new IOException("disk full");
            }

            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
