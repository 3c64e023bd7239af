using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Tests.Serialization;

public sealed class ConflictJsonTests
{
    private const string Actor = """{"id":"jnim","name":{"text":"JNIM"},"kind":"organisation"}""";

    private static readonly ConflictJsonOptions Tolerant = new() { ReadMode = ConflictJsonReadMode.Tolerant };

    [Fact]
    public void Serialize_WithReflectionDisabled_UsesOnlySourceGeneratedMetadata()
    {
        // The test project turns reflection-based serialization off, as trimming and native AOT do;
        // every test that reads or writes a document passes with it off.
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
        Assert.Equal("""{"schemaVersion":"1.0"}""", ConflictJson.Serialize(ConflictReport.Empty));
    }

    [Fact]
    public void Serialize_EmptyReport_WritesOnlyTheSchemaVersion()
    {
        Assert.Equal("""{"schemaVersion":"1.0"}""", ConflictJson.Serialize(ConflictReport.Empty));
    }

    [Fact]
    public void Serialize_OmitsNullsAndEmptyCollections()
    {
        var report = ConflictReport.Empty.WithActors([new Actor(new ActorId("jnim"), new LocalizedName("JNIM"), ActorKind.Organisation)]);

        Assert.Equal($$"""{"schemaVersion":"1.0","actors":[{{Actor}}]}""", ConflictJson.Serialize(report));
    }

    [Fact]
    public void Serialize_Indented_UsesTwoSpacesAndLineFeeds()
    {
        var json = ConflictJson.Serialize(ConflictReport.Empty, new ConflictJsonOptions { WriteIndented = true });

        Assert.Equal("{\n  \"schemaVersion\": \"1.0\"\n}", json);
    }

    [Fact]
    public void Serialize_NonAsciiAndApostrophes_AreWrittenAsThemselves()
    {
        var report = ConflictReport.Empty.WithActors([new Actor(new ActorId("jnim"), new LocalizedName("JNIM's Kayès <&>"), ActorKind.Organisation)]);

        Assert.Contains("\"text\":\"JNIM's Kayès <&>\"", ConflictJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NullReport_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ConflictJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => ConflictJson.SerializeToUtf8Bytes(null!));
    }

    [Fact]
    public void Deserialize_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ConflictJson.Deserialize((string)null!));
    }

    [Fact]
    public void Deserialize_MembersInAnyOrder_Reads()
    {
        var json = $$"""{"actors":[{"kind":"organisation","name":{"text":"JNIM"},"id":"jnim"}],"schemaVersion":"1.0"}""";

        var report = ConflictJson.Deserialize(json);

        Assert.Equal(new ActorId("jnim"), report.Actors.Single().Id);
    }

    [Fact]
    public void Deserialize_DiscriminatorNotFirst_Reads()
    {
        var json = """{"schemaVersion":"1.0","claims":[{"id":"c","claimant":{"actor":"jnim"},"subjects":[{"kind":"actor","id":"jnim"}],"assessment":"troubling","kind":"assessment"}]}""";

        var claim = Assert.IsType<AssessmentClaim>(ConflictJson.Deserialize(json).Claims.Single());

        Assert.Equal("troubling", claim.Assessment);
    }

    [Fact]
    public void Deserialize_NullForOptionalMembersAndEmptyOptionalCollections_ReadAsAbsent()
    {
        var json = """{"schemaVersion":"1.0","sources":null,"actors":[{"id":"jnim","name":{"text":"JNIM","language":null},"kind":"organisation","aliases":[],"category":null}]}""";

        var report = ConflictJson.Deserialize(json);

        Assert.Equal(ConflictReport.Empty.WithActors([new Actor(new ActorId("jnim"), new LocalizedName("JNIM"), ActorKind.Organisation)]), report);
    }

    [Fact]
    public void Deserialize_EscapedPropertyNamesAndValues_ReadAsTheirText()
    {
        var json = """{"schemaVersion":"1.0","actors":[{"\u0069d":"jn\u0069m","name":{"text":"J\u00e9"},"kind":"organisation"}]}""";

        var actor = ConflictJson.Deserialize(json).Actors.Single();

        Assert.Equal(new ActorId("jnim"), actor.Id);
        Assert.Equal("Jé", actor.Name.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(40)]
    public void Deserialize_ArrayOfAnyLength_KeepsEveryItemInOrder(int count)
    {
        // The reader gathers the first items of an array on the stack and moves to a pooled array past them.
        var ids = Enumerable.Range(0, count).Select(i => $"actor-{i}").ToArray();
        var json = "{\"schemaVersion\":\"1.0\",\"actors\":[" + string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":{"text":"{{id}}"},"kind":"organisation"}""")) + "]}";

        var report = ConflictJson.Deserialize(json);

        Assert.Equal(ids, report.Actors.Select(a => a.Id.Value));
    }

    [Fact]
    public void Deserialize_Tolerant_SkipsUnknownPropertiesAtEveryLevel()
    {
        var json = """{"schemaVersion":"1.0","generator":{"name":"x","tags":[1,[2,{"a":null}]]},"actors":[{"id":"jnim","nickname":"x","name":{"text":"JNIM","script":"Latn"},"kind":"organisation"}]}""";

        var report = ConflictJson.Deserialize(json, Tolerant);

        Assert.Equal(ConflictJson.Deserialize($$"""{"schemaVersion":"1.0","actors":[{{Actor}}]}"""), report);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","actors":[{"id":"jnim","id":"jnim","name":{"text":"JNIM"},"kind":"organisation"}]}""", ConflictJsonErrorKind.DuplicateProperty)]
    [InlineData("""{"schemaVersion":"1.0","actors":[{"id":"jnim","name":{"text":"JNIM"},"kind":"warlord"}]}""", ConflictJsonErrorKind.UnknownEnumValue)]
    [InlineData("""{"schemaVersion":"1.0","claims":[{"kind":"rumour","id":"c"}]}""", ConflictJsonErrorKind.UnknownDiscriminator)]
    [InlineData("""{"schemaVersion":"2.0"}""", ConflictJsonErrorKind.UnsupportedSchemaVersion)]
    [InlineData("""{"schemaVersion":"1.0","actors":[{"id":"jnim","kind":"organisation"}]}""", ConflictJsonErrorKind.MissingMember)]
    public void Deserialize_Tolerant_StillRefusesEverythingButUnknownProperties(string json, ConflictJsonErrorKind kind)
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json, Tolerant));

        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public void Deserialize_NewerMinorVersion_ReadsTolerantlyEvenInStrictMode()
    {
        var json = $$"""{"generator":"future","actors":[{"id":"jnim","name":{"text":"JNIM"},"kind":"organisation","motto":"x"}],"schemaVersion":"1.7"}""";

        var report = ConflictJson.Deserialize(json);

        Assert.Equal(ConflictJson.Deserialize($$"""{"schemaVersion":"1.0","actors":[{{Actor}}]}"""), report);
    }

    [Fact]
    public void Deserialize_NewerMinorVersion_StillRefusesUnknownEnumValues()
    {
        var json = """{"schemaVersion":"1.1","actors":[{"id":"jnim","name":{"text":"JNIM"},"kind":"robot"}]}""";

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.Equal(ConflictJsonErrorKind.UnknownEnumValue, error.Kind);
    }

    [Fact]
    public void Deserialize_NewerMajorVersion_SaysSoWhateverTheMode()
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"schemaVersion":"3.2","anything":[]}""", Tolerant));

        Assert.Equal(ConflictJsonErrorKind.UnsupportedSchemaVersion, error.Kind);
        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Contains("schema version 3.2, of a newer major version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DeeperThanMaxDepth_ThrowsDepthExceeded()
    {
        var json = $$"""{"schemaVersion":"1.0","actors":[{{Actor}}]}""";

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json, new ConflictJsonOptions { MaxDepth = 2 }));

        Assert.Equal(ConflictJsonErrorKind.DepthExceeded, error.Kind);
        Assert.Equal("$.actors[0]", error.Path);
        Assert.Contains("deeper than the limit of 2 levels", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(63, false)]
    [InlineData(64, true)]
    [InlineData(1000, true)]
    public void Deserialize_Tolerant_DeeplyNestedUnknownValue_IsLimitedToDepth64(int arrays, bool refused)
    {
        // The root object is level 1; the unknown member's arrays are levels 2 and deeper.
        var json = $$"""{"schemaVersion":"1.0","x":{{new string('[', arrays)}}{{new string(']', arrays)}}}""";

        var read = Record.Exception(() => ConflictJson.Deserialize(json, Tolerant));

        if (refused)
        {
            var error = Assert.IsType<ConflictJsonException>(read);
            Assert.Equal(ConflictJsonErrorKind.DepthExceeded, error.Kind);
            Assert.Equal("$.x", error.Path);
            Assert.Contains("limit of 64 levels", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(read);
        }
    }

    [Fact]
    public void Deserialize_Strict_DeeplyNestedDocument_FailsWithTheReadersException()
    {
        var json = $$"""{"schemaVersion":"1.0","actors":{{new string('[', 5000)}}{{new string(']', 5000)}}}""";

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.Equal(ConflictJsonErrorKind.WrongType, error.Kind);
        Assert.Equal("$.actors[0]", error.Path);
    }

    [Fact]
    public void Deserialize_ErrorOnALaterLine_GivesLineAndBytePosition()
    {
        var json = "{\n  \"schemaVersion\": \"1.0\",\n  \"actors\": [{\"id\": \"jnim\", \"name\": {\"text\": \"JNIM\"}, \"kind\": \"warlord\"}]\n}";

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        var column = json.Split('\n')[2].IndexOf("\"warlord\"", StringComparison.Ordinal);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(column, error.BytePositionInLine);
        Assert.Equal("/actors/0/kind", error.JsonPointer);
        Assert.EndsWith($"(at $.actors[0].kind, line 3, byte {column + 1})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_BytePosition_CountsUtf8Bytes()
    {
        var json = """{"schemaVersion":"1.0","actors":[{"id":"jnim","name":{"text":"Kayès"},"kind":"x"}]}""";

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.Equal(Encoding.UTF8.GetByteCount(json[..json.IndexOf("\"x\"", StringComparison.Ordinal)]), error.BytePositionInLine);
    }

    [Fact]
    public void Deserialize_ValueTheModelRefuses_KeepsTheModelsExceptionInside()
    {
        var json = """{"schemaVersion":"1.0","locations":[{"id":"k","name":{"text":"K"},"kind":"settlement","point":{"latitude":200,"longitude":0}}]}""";

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        var inner = Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
        Assert.Equal("latitude", inner.ParamName);
        Assert.Equal(ConflictJsonErrorKind.InvalidValue, error.Kind);
        Assert.StartsWith("The member 'latitude' of a geo point is not valid", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ConflictJsonException_IsAJsonException()
    {
        JsonException error = Assert.ThrowsAny<JsonException>(() => ConflictJson.Deserialize("{"));

        Assert.IsType<ConflictJsonException>(error);
    }

    [Fact]
    public void Deserialize_Utf8WithByteOrderMark_IsRefused()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"schemaVersion":"1.0"}""")).ToArray();

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(bytes));

        Assert.Equal(ConflictJsonErrorKind.Malformed, error.Kind);
        Assert.Contains("byte order mark", error.Message, StringComparison.Ordinal);
    }
}
