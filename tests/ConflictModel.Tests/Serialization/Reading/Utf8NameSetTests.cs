using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Tests.Serialization.Reading;

public sealed class Utf8NameSetTests
{
    private static readonly Utf8NameSet Names = new(
    [
        "id"u8.ToArray(),
        "kind"u8.ToArray(),
        "name"u8.ToArray(),
        "text"u8.ToArray(),
        "attack"u8.ToArray(),
        "explosionRemoteViolence"u8.ToArray(),
    ]);

    [Theory]
    [InlineData("\"id\"", 0)]
    [InlineData("\"kind\"", 1)]
    [InlineData("\"name\"", 2)]
    [InlineData("\"text\"", 3)]
    [InlineData("\"attack\"", 4)]
    [InlineData("\"explosionRemoteViolence\"", 5)]
    public void Find_EachName_ReturnsItsIndexWhateverIsTriedFirst(string json, int expected)
    {
        for (var likely = -1; likely <= 7; likely++)
        {
            Assert.Equal(expected, Find(json, likely));
        }
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"Kind\"")]
    [InlineData("\"kinds\"")]
    [InlineData("\"nam\"")]
    [InlineData("\"note\"")]
    [InlineData("\"explosionRemoteViolenceX\"")]
    [InlineData("\"explosionRemoteViolenceAndMore\"")]
    public void Find_NoSuchName_ReturnsMinusOne(string json)
    {
        Assert.Equal(-1, Find(json, -1));
        Assert.Equal(-1, Find(json, 1));
    }

    [Theory]
    [InlineData("\"\\u0069d\"", 0)]
    [InlineData("\"k\\u0069nd\"", 1)]
    [InlineData("\"\\u0061ttack\"", 4)]
    [InlineData("\"\\u0061ttackk\"", -1)]
    public void Find_EscapedName_ComparesTheUnescapedText(string json, int expected)
        => Assert.Equal(expected, Find(json, 1));

    [Fact]
    public void Find_PropertyName_IsFoundAsAStringIs()
    {
        var reader = new Utf8JsonReader("{\"attack\":1}"u8);
        reader.Read();
        reader.Read();
        Assert.Equal(JsonTokenType.PropertyName, reader.TokenType);
        Assert.Equal(4, Names.Find(ref reader, 0));
    }

    [Theory]
    [InlineData("\"att", "ack\"", 4)]
    [InlineData("\"k", "ind\"", 1)]
    [InlineData("\"att", "acks\"", -1)]
    public void Find_NameAcrossBufferSegments_ComparesTheWholeName(string first, string second, int expected)
    {
        // A reader over a stream's buffers sees such a name as a sequence, not as one span.
        var head = new Segment(Encoding.UTF8.GetBytes(first));
        var tail = head.Append(Encoding.UTF8.GetBytes(second));
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(head, 0, tail, tail.Memory.Length), isFinalBlock: true, state: default);
        Assert.True(reader.Read());
        Assert.True(reader.HasValueSequence);

        Assert.Equal(expected, Names.Find(ref reader, 1));
    }

    private static int Find(string json, int likely)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return Names.Find(ref reader, likely);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
