using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Hostile and extreme input, read through every entry point: escaped lone surrogates where the
/// reader compares names, documents over the size limit, values that would make a message
/// unbounded or break it across lines, and the advice messages give.
/// </summary>
public sealed partial class HostileInputTests
{
    private const string Report =
        """{"schemaVersion":"1.0","actors":[{"id":"jnim","name":{"text":"JNIM"},"kind":"organisation"}],"claims":[{"kind":"casualties","id":"c1","claimant":{"actor":"jnim"},"subjects":[{"kind":"actor","id":"jnim"}],"status":"asserted","count":{"qualifier":"moreThan","value":80},"outcome":"killed"}]}""";

    /// <summary>Escaped lone surrogates wherever the reader compares a name or value with the names it knows, and the path the error must give.</summary>
    public static TheoryData<string, string, string> Surrogates => new()
    {
        { "member name at the root", """{"schemaVersion":"1.0","\ud800":1}""", "$" },
        { "member name before the schema version (look-ahead)", """{"\ud800":1,"schemaVersion":"1.0"}""", "$" },
        { "member name in an entity", Report.Replace("\"name\":{", "\"\\udc00x\":1,\"name\":{", StringComparison.Ordinal), "$.actors[0]" },
        { "claim kind (look-ahead)", Report.Replace("\"kind\":\"casualties\"", "\"kind\":\"\\udc00\"", StringComparison.Ordinal), "$.claims[0].kind" },
        { "member name before a claim's kind (look-ahead)", Report.Replace("{\"kind\":\"casualties\"", "{\"x\\ud800\":1,\"kind\":\"casualties\"", StringComparison.Ordinal), "$.claims[0]" },
        { "actor kind", Report.Replace("\"kind\":\"organisation\"", "\"kind\":\"\\udc00\"", StringComparison.Ordinal), "$.actors[0].kind" },
        { "enumeration value", Report.Replace("\"qualifier\":\"moreThan\"", "\"qualifier\":\"more\\ud800\"", StringComparison.Ordinal), "$.claims[0].count.qualifier" },
        { "schema version value", """{"schemaVersion":"1.\ud800"}""", "$.schemaVersion" },
        { "reference kind", Report.Replace("\"subjects\":[{\"kind\":\"actor\"", "\"subjects\":[{\"kind\":\"act\\ud800or\"", StringComparison.Ordinal), "$.claims[0].subjects[0].kind" },
    };

    [Fact]
    public void Report_TheDocumentTheCasesBreak_Reads()
        => Assert.Single(ConflictJson.Deserialize(Report).Claims);

    [Theory]
    [MemberData(nameof(Surrogates))]
    public async Task Deserialize_LoneSurrogateEscape_ThrowsMalformedAtItsPathFromEveryEntryPoint(string name, string json, string path)
    {
        foreach (var mode in new[] { ConflictJsonReadMode.Strict, ConflictJsonReadMode.Tolerant })
        {
            var options = new ConflictJsonOptions { ReadMode = mode };
            var bytes = Encoding.UTF8.GetBytes(json);
            var errors = new[]
            {
                Record.Exception(() => ConflictJson.Deserialize(json, options)),
                Record.Exception(() => ConflictJson.Deserialize(bytes, options)),
                await Record.ExceptionAsync(() => ConflictJson.DeserializeAsync(new MemoryStream(bytes), options)),
                await Record.ExceptionAsync(async () =>
                {
                    await foreach (var report in ConflictJsonLines.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\"}\n" + json + "\n")), options))
                    {
                        Assert.NotNull(report);
                    }
                }),
            };

            for (var i = 0; i < errors.Length; i++)
            {
                var error = Assert.IsType<ConflictJsonException>(errors[i]);
                Assert.True(error.Kind == ConflictJsonErrorKind.Malformed, $"{name}, {mode}, entry point {i}: {error.Kind}: {error.Message}");
                Assert.Equal(path, error.Path);
                Assert.Equal(i == 3 ? 1 : 0, error.LineNumber);
                Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Deserialize_StringOverTheDocumentSizeLimit_ThrowsDocumentTooLargeNamingTheLimit()
    {
        var options = new ConflictJsonOptions { MaxDocumentSize = 1024 };
        var json = Report.Replace("\"JNIM\"", "\"" + new string('x', 1024) + "\"", StringComparison.Ordinal);

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json, options));

        AssertTooLarge(error, 1024);
    }

    [Fact]
    public void Deserialize_StringUnderTheLimitInCharactersButOverItInBytes_ThrowsDocumentTooLarge()
    {
        var options = new ConflictJsonOptions { MaxDocumentSize = 1024 };
        var json = Report.Replace("\"JNIM\"", "\"" + new string('é', 600) + "\"", StringComparison.Ordinal);
        Assert.True(json.Length < 1024);

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json, options));

        AssertTooLarge(error, 1024);
    }

    [Fact]
    public void Deserialize_DocumentOfExactlyTheLimit_Reads()
    {
        var padding = new string(' ', 2048 - Encoding.UTF8.GetByteCount(Report));
        var json = Report + padding;

        var report = ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), new ConflictJsonOptions { MaxDocumentSize = 2048 });

        Assert.Single(report.Claims);
        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json + " "), new ConflictJsonOptions { MaxDocumentSize = 2048 }));
    }

    [Fact]
    public void Deserialize_BytesOverTheDocumentSizeLimit_ThrowsDocumentTooLarge()
    {
        var bytes = Encoding.UTF8.GetBytes(Report + new string(' ', 1024));

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(bytes, new ConflictJsonOptions { MaxDocumentSize = 1024 }));

        AssertTooLarge(error, 1024);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DeserializeAsync_EndlessStream_StopsReadingJustPastTheLimit(bool seekable)
    {
        var stream = new EndlessStream(seekable);

        var error = await Assert.ThrowsAsync<ConflictJsonException>(() => ConflictJson.DeserializeAsync(stream, new ConflictJsonOptions { MaxDocumentSize = 4096 }));

        AssertTooLarge(error, 4096);
        Assert.True(stream.BytesRead <= 4097, $"{stream.BytesRead} bytes were read.");
    }

    [Fact]
    public void Options_MaxDocumentSize_DefaultsTo256MiBAndRefusesOutOfRange()
    {
        Assert.Equal(256 * 1024 * 1024, ConflictJsonOptions.Default.MaxDocumentSize);
        Assert.Equal(ConflictJsonOptions.DefaultMaxDocumentSize, new ConflictJsonOptions().MaxDocumentSize);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonOptions { MaxDocumentSize = 1023 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonOptions { MaxDocumentSize = int.MaxValue });
        Assert.Equal(Array.MaxLength, new ConflictJsonOptions { MaxDocumentSize = Array.MaxLength }.MaxDocumentSize);
    }

    public static TheoryData<string, string> LongOrBrokenValues => new()
    {
        { "a 1,000,000-character id", Report.Replace("\"id\":\"jnim\"", "\"id\":\"" + new string('a', 1_000_000) + "\"", StringComparison.Ordinal) },
        { "a 1,000,000-character unknown member", Report.Replace("{\"id\":\"jnim\"", "{\"" + new string('m', 1_000_000) + "\":1,\"id\":\"jnim\"", StringComparison.Ordinal) },
        { "an id with a newline", Report.Replace("\"id\":\"jnim\"", "\"id\":\"al-qaeda\\nSECOND LINE\"", StringComparison.Ordinal) },
        { "a member name with a newline", Report.Replace("{\"id\":\"jnim\"", "{\"nick\\nname\":1,\"id\":\"jnim\"", StringComparison.Ordinal) },
        { "a long enumeration value", Report.Replace("\"moreThan\"", "\"" + new string('q', 100_000) + "\"", StringComparison.Ordinal) },
        { "a long claim kind", Report.Replace("\"casualties\"", "\"" + new string('k', 100_000) + "\\r\"", StringComparison.Ordinal) },
        { "a long schema version", """{"schemaVersion":"1.""" + new string('0', 100_000) + "\"}" },
        { "a long language tag", Report.Replace("{\"text\":\"JNIM\"}", "{\"text\":\"JNIM\",\"language\":\"" + new string('e', 100_000) + "\\u0000\"}", StringComparison.Ordinal) },
        { "a long country code", Report.Replace("\"kind\":\"organisation\"", "\"kind\":\"organisation\",\"country\":\"" + new string('M', 100_000) + "\"", StringComparison.Ordinal) },
        { "a long number", Report.Replace("\"value\":80", "\"value\":8" + new string('0', 100_000), StringComparison.Ordinal) },
        { "a long reference kind", Report.Replace("{\"kind\":\"actor\"", "{\"kind\":\"" + new string('r', 100_000) + "\"", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(LongOrBrokenValues))]
    public void Deserialize_ValueTooLongOrWithControlCharacters_MessageIsShortAndOnOneLine(string name, string json)
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.True(error.Message.Length < 600, $"{name}: {error.Message.Length} characters: {error.Message[..Math.Min(600, error.Message.Length)]}");
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
        Assert.DoesNotContain('\0', error.Message);
        Assert.EndsWith(")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_IdWithANewline_QuotesItEscapedAndWhole()
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Report.Replace("\"id\":\"jnim\"", "\"id\":\"al-qaeda\\nSECOND LINE\"", StringComparison.Ordinal)));

        Assert.StartsWith("'al-qaeda\\nSECOND LINE' is not a valid ActorId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LongId_QuotesItsFirst40CharactersAndAnEllipsis()
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Report.Replace("\"id\":\"jnim\"", "\"id\":\"" + new string('a', 50) + " b\"", StringComparison.Ordinal)));

        Assert.Contains("'" + new string('a', 40) + "…'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 41), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TrailingComma_SaysWhatToDoWithTheDocument()
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"schemaVersion":"1.0","actors":[],}"""));

        Assert.DoesNotContain("reader options", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("in this mode", error.Message, StringComparison.Ordinal);
        Assert.Contains("trailing comma", error.Message, StringComparison.Ordinal);
        Assert.Contains("Remove the comma", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> BrokenDocuments => new(MalformedDocumentTests.Cases.Select(row => (string)row[1])
        .Concat(LongOrBrokenValues.Select(row => (string)row[1]))
        .Concat(Surrogates.Select(row => (string)row[1]))
        .Concat(
        [
            """{"schemaVersion":"1.0","actors":[1,]}""",
            """{"schemaVersion":"1.0",}""",
            "{\"schemaVersion\":\"1.0\"} // comment",
            "{\"schemaVersion\":\"1.0\",\"actors\":[" + new string('[', 100) + new string(']', 100) + "]}",
            "{\"schemaVersion\":\"1.0\"",
            "{'schemaVersion':'1.0'}",
            "{\"schemaVersion\":\"1.0\"}}",
        ])
        .Select((json, i) => $"{i:D3}{json}"));

    /// <summary>
    /// Every message of the reader names only what the user can do: the options it mentions are
    /// options of <see cref="ConflictJsonOptions"/>, and none speaks of System.Text.Json's reader
    /// options or modes, which a user of the library cannot reach.
    /// </summary>
    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Deserialize_AnyBrokenDocument_MessageSuggestsOnlyWhatExists(string numbered)
    {
        var json = numbered[3..];
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        foreach (var phrase in new[] { "reader options", "in this mode", "JsonSerializerOptions", "JsonReaderOptions", "AllowTrailingCommas", "CommentHandling" })
        {
            Assert.DoesNotContain(phrase, error.Message, StringComparison.OrdinalIgnoreCase);
        }

        var properties = typeof(ConflictJsonOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (Match option in OptionReference().Matches(error.Message))
        {
            Assert.Contains(option.Groups[1].Value, properties);
        }
    }

    private static void AssertTooLarge(ConflictJsonException error, int limit)
    {
        Assert.Equal(ConflictJsonErrorKind.DocumentTooLarge, error.Kind);
        Assert.Equal("$", error.Path);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the limit of {limit} bytes (ConflictJsonOptions.MaxDocumentSize)"), error.Message, StringComparison.Ordinal);
        Assert.Contains("ConflictJsonLines", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"ConflictJsonOptions\.(\w+)")]
    private static partial Regex OptionReference();

    /// <summary>A stream of spaces that never ends, counting what is read from it.</summary>
    private sealed class EndlessStream(bool seekable) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? 4L * 1024 * 1024 * 1024 : throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)' ');
            BytesRead += buffer.Length;
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
