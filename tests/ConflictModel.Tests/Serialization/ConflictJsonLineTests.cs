using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Serialization;

public sealed class ConflictJsonLineTests
{
    [Fact]
    public void Equality_IsByNumberOffsetAndBytes()
    {
        var bytes = "{\"a\":1}"u8.ToArray();
        var line = new ConflictJsonLine(3, 120, bytes);

        EqualityAssert.Complete(
            line,
            new ConflictJsonLine(3, 120, "{\"a\":1}"u8.ToArray()),
            [],
            ("LineNumber", new ConflictJsonLine(4, 120, bytes)),
            ("ByteOffset", new ConflictJsonLine(3, 121, bytes)),
            ("Utf8", new ConflictJsonLine(3, 120, "{\"a\":2}"u8.ToArray())));
    }

    [Fact]
    public void ToString_SaysWhereTheLineIsAndItsLength()
    {
        Assert.Equal("line 3 at byte 120 (7 bytes)", new ConflictJsonLine(3, 120, "{\"a\":1}"u8.ToArray()).ToString());
    }

    [Fact]
    public void Default_IsLineZeroWithNoBytes()
    {
        var line = default(ConflictJsonLine);

        Assert.Equal((0L, 0L, 0), (line.LineNumber, line.ByteOffset, line.Utf8.Length));
    }
}
