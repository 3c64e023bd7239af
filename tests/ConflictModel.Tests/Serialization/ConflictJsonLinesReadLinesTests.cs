using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Serialization;

/// <summary><see cref="ConflictJsonLines.ReadLinesAsync"/>: how a stream is cut into lines, and where each line is.</summary>
public sealed class ConflictJsonLinesReadLinesTests
{
    public static TheoryData<int> Chunks => [1, 2, 3, 7, int.MaxValue];

    [Theory]
    [MemberData(nameof(Chunks))]
    public async Task ReadLinesAsync_LfAndCrLf_GivesNumbersAndOffsetsWithoutLineEnds(int chunk)
    {
        // bytes: "a\r\n" 0-2, "bb\n" 3-5, "{}\r\n" 6-9, "[1]\n" 10-13
        var lines = await ReadAll("a\r\nbb\n{}\r\n[1]\n", chunk);

        Assert.Equal([(1L, 0L, "a"), (2L, 3L, "bb"), (3L, 6L, "{}"), (4L, 10L, "[1]")], lines);
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public async Task ReadLinesAsync_BlankLines_AreSkippedButCounted(int chunk)
    {
        // bytes: "\n" 0, "x\n" 1-2, "   \n" 3-6, "\r\n" 7-8, " \t\r\n" 9-12, "y\n" 13-14, "\t" 15
        var lines = await ReadAll("\nx\n   \n\r\n \t\r\ny\n\t", chunk);

        Assert.Equal([(2L, 1L, "x"), (6L, 13L, "y")], lines);
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public async Task ReadLinesAsync_LastLineWithoutNewline_IsALine(int chunk)
    {
        var lines = await ReadAll("{}\n {\"a\":1} ", chunk);

        Assert.Equal([(1L, 0L, "{}"), (2L, 3L, " {\"a\":1} ")], lines);
    }

    [Fact]
    public async Task ReadLinesAsync_LastLineEndingInCarriageReturnOnly_LosesTheCarriageReturn()
    {
        var lines = await ReadAll("{}\r", int.MaxValue);

        Assert.Equal([(1L, 0L, "{}")], lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    public async Task ReadLinesAsync_NoLineWithADocument_GivesNoLines(string text)
    {
        Assert.Empty(await ReadAll(text, int.MaxValue));
    }

    [Fact]
    public async Task ReadLinesAsync_ByteOrderMark_IsKeptInTheFirstLineAndCountedInOffsets()
    {
        var lines = new List<(long, long, byte[])>();
        await foreach (var line in ConflictJsonLines.ReadLinesAsync(new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}', (byte)'\n', (byte)'[', (byte)']'])))
        {
            lines.Add((line.LineNumber, line.ByteOffset, line.Utf8.ToArray()));
        }

        Assert.Equal(2, lines.Count);
        Assert.Equal((1L, 0L), (lines[0].Item1, lines[0].Item2));
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}'], lines[0].Item3);
        Assert.Equal((2L, 6L), (lines[1].Item1, lines[1].Item2));
        Assert.Equal("[]"u8.ToArray(), lines[1].Item3);
    }

    [Theory]
    [InlineData(7, "\n")]
    [InlineData(7, "\r\n")]
    [InlineData(7, "")]
    [InlineData(int.MaxValue, "\n")]
    [InlineData(int.MaxValue, "")]
    public async Task ReadLinesAsync_LineLongerThanTheLimit_ThrowsLineTooLongNamingIt(int chunk, string lineEnd)
    {
        var options = new ConflictJsonOptions { MaxLineLength = 1024 };
        var text = "{}\n" + new string('x', 1025) + lineEnd + "{}\n";

        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ReadAll(text, chunk, options));

        Assert.Equal(ConflictJsonErrorKind.LineTooLong, error.Kind);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("Line 2 is longer than the limit of 1024 bytes (ConflictJsonOptions.MaxLineLength)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public async Task ReadLinesAsync_BlankLineLongerThanTheLimit_ThrowsLineTooLong(int chunk)
    {
        var options = new ConflictJsonOptions { MaxLineLength = 1024 };

        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ReadAll(new string(' ', 1025) + "\n{}\n", chunk, options));

        Assert.Equal(ConflictJsonErrorKind.LineTooLong, error.Kind);
        Assert.Equal(0, error.LineNumber);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public async Task ReadLinesAsync_LineOfExactlyTheLimitWithCrLf_IsALine(int chunk)
    {
        var options = new ConflictJsonOptions { MaxLineLength = 1024 };
        var longest = new string('x', 1024);

        var lines = await ReadAll(longest + "\r\n{}", chunk, options);

        Assert.Equal([(1L, 0L, longest), (2L, 1026L, "{}")], lines);
    }

    [Fact]
    public async Task ReadLinesAsync_LinesLongerThanTheFirstBuffer_AreWholeWithTheirOffsets()
    {
        var first = new string('a', 200_000);
        var second = new string('b', 70_000);

        var lines = await ReadAll(first + "\n" + second + "\r\nc", 50_000);

        Assert.Equal([(1L, 0L, first), (2L, 200_001L, second), (3L, 270_003L, "c")], lines);
    }

    [Fact]
    public async Task ReadLinesAsync_GivesEachLineBeforeReadingTheNext()
    {
        var options = new ConflictJsonOptions { MaxLineLength = 1024 };
        await using var lines = ConflictJsonLines.ReadLinesAsync(new TrickleStream(Encoding.UTF8.GetBytes("{}\n" + new string('x', 2000)), 3), options).GetAsyncEnumerator();

        Assert.True(await lines.MoveNextAsync());
        Assert.Equal("{}", Encoding.UTF8.GetString(lines.Current.Utf8.Span));
        var error = await Assert.ThrowsAsync<ConflictJsonException>(async () => await lines.MoveNextAsync());
        Assert.Equal(ConflictJsonErrorKind.LineTooLong, error.Kind);
    }

    [Fact]
    public async Task ReadLinesAsync_CancelledBeforeTheFirstLine_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in ConflictJsonLines.ReadLinesAsync(Stream("{}\n"), cancellationToken: cancelled.Token))
            {
            }
        });
    }

    [Fact]
    public async Task ReadLinesAsync_CancelledBetweenBufferedLines_ThrowsAtTheNextLine()
    {
        using var cancellation = new CancellationTokenSource();
        await using var lines = ConflictJsonLines.ReadLinesAsync(Stream("{}\n[]\n"), cancellationToken: cancellation.Token).GetAsyncEnumerator();

        Assert.True(await lines.MoveNextAsync());
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await lines.MoveNextAsync());
    }

    [Fact]
    public async Task ReadLinesAsync_NullStream_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var _ in ConflictJsonLines.ReadLinesAsync(null!))
            {
            }
        });
    }

    private static async Task<List<(long Number, long Offset, string Text)>> ReadAll(string text, int chunk, ConflictJsonOptions? options = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Stream stream = chunk == int.MaxValue ? new MemoryStream(bytes) : new TrickleStream(bytes, chunk);
        var lines = new List<(long, long, string)>();
        await foreach (var line in ConflictJsonLines.ReadLinesAsync(stream, options))
        {
            lines.Add((line.LineNumber, line.ByteOffset, Encoding.UTF8.GetString(line.Utf8.Span)));
        }

        return lines;
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
