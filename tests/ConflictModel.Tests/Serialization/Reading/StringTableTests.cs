using System;
using System.Text;

namespace ConflictModel.Tests.Serialization.Reading;

public sealed class StringTableTests
{
    public static TheoryData<string> Unshared => new()
    {
        "Tombouctou — Timbuktu",
        "Ségou",
        new string('a', StringTable.MaxLength + 1),
    };

    [Theory]
    [InlineData("actor-12")]
    [InlineData("coordinated")]
    [InlineData("")]
    public void Get_ShortAsciiValue_ReturnsItsText(string text)
        => Assert.Equal(text, new StringTable().Get(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Get_SameValueTwice_ReturnsTheSameString()
    {
        var table = new StringTable();
        var first = table.Get("actor-12"u8);
        var second = table.Get("actor-12"u8);
        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_OtherValueInBetween_StillReturnsTheText()
    {
        var table = new StringTable();
        _ = table.Get("actor-12"u8);
        _ = table.Get("actor-13"u8);
        Assert.Equal("actor-12", table.Get("actor-12"u8));
    }

    [Fact]
    public void Get_AfterManyValues_StillReturnsTextsAndShares()
    {
        var table = new StringTable();
        for (var i = 0; i < 10_000; i++)
        {
            var text = $"actor-{i}";
            Assert.Equal(text, table.Get(Encoding.UTF8.GetBytes(text)));
        }

        var first = table.Get("jnim"u8);
        Assert.Same(first, table.Get("jnim"u8));
    }

    [Theory]
    [MemberData(nameof(Unshared))]
    public void Get_NonAsciiOrLongValue_ReturnsNull(string text)
    {
        Assert.True(text.Length > StringTable.MaxLength || !Ascii.IsValid(text));
        Assert.Null(new StringTable().Get(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Deserialize_IdRepeatedInADocument_ReadsOneString()
    {
        const string Claim = """{"kind":"characterisation","id":"c{0}","claimant":{"actor":"jnim"},"subjects":[{"kind":"engagement","id":"e1"}],"characterisation":"coordinated"}""";
        var json = $$"""{"schemaVersion":"1.0","claims":[{{Claim.Replace("{0}", "1", StringComparison.Ordinal)}},{{Claim.Replace("{0}", "2", StringComparison.Ordinal)}}]}""";
        var report = ConflictJson.Deserialize(json);
        Assert.Equal("jnim", report.Claims[0].Claimant.Actor!.Value.Value);
        Assert.Same(report.Claims[0].Claimant.Actor!.Value.Value, report.Claims[1].Claimant.Actor!.Value.Value);
    }
}
