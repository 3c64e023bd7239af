using System;
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

    private static int Find(string json, int likely)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return Names.Find(ref reader, likely);
    }
}
