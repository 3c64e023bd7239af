using System;
using System.Linq;
using System.Text;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The malformed-document table: each row breaks a valid document in one way and states the
/// error kind, the JSON path and a fragment of the message that reading must give.
/// </summary>
public sealed class MalformedDocumentTests
{
    /// <summary>A valid document with one of each entity, on one line, that the rows break.</summary>
    private static readonly string Valid =
        """
        {"schemaVersion":"1.0",
        "sources":[{"id":"mali-article","kind":"newsArticle","title":"Mali attacks","language":"en","url":"https://example.org/mali"}],
        "actors":[{"id":"jnim","name":{"text":"JNIM","language":"en"},"kind":"organisation","category":"rebelGroup","country":"ML","affiliations":[{"kind":"affiliateOf","target":"al-qaeda","attributions":["a1"]}]}],
        "locations":[{"id":"kayes","name":{"text":"Kayes"},"kind":"settlement","isoCode":"ML","point":{"latitude":14.4469,"longitude":-11.4456},"precision":"settlement"}],
        "engagements":[{"id":"western-mali-attacks","type":"battles","scope":"campaign","subType":"armedClash","time":{"date":"2025-07-01","partOfDay":"morning","wording":"Tuesday morning","basis":"inferred"},"locations":["kayes"],"participants":[{"actor":"jnim","role":"attacker"}],"attributions":["a1"]}],
        "claims":[{"kind":"casualties","id":"fama-80","claimant":{"actor":"jnim"},"subjects":[{"kind":"engagement","id":"western-mali-attacks"}],"attributions":["a1"],"status":"asserted","count":{"qualifier":"moreThan","value":80,"wording":"more than 80","counted":"militants"},"outcome":"neutralised"},
        {"kind":"materiel","id":"recovered","claimant":{"source":"mali-article"},"subjects":[{"kind":"engagement","id":"western-mali-attacks"}],"status":"asserted","action":"recovered","items":[{"category":"weapons","wording":"weapons"}]}],
        "attributions":[{"id":"a1","source":"mali-article","quote":{"start":10,"end":14,"exact":"JNIM","prefix":"said ","suffix":" had"},"mode":"paraphrase","channel":"television","speaker":"jnim","statedAt":{"instant":"2025-07-01T18:00:00Z","basis":"stated"},"grade":"B2"}],
        "mentions":[{"id":"m1","entity":{"kind":"location","id":"kayes"},"source":"mali-article","span":{"start":0,"end":5,"exact":"Kayes"},"confidence":"certain"}]}
        """.ReplaceLineEndings(string.Empty);

    public static TheoryData<string, string, ConflictJsonErrorKind, string, string> Cases => new()
    {
        // Not JSON at all, or cut short.
        { "empty input", string.Empty, ConflictJsonErrorKind.Malformed, "$", "The document is empty" },
        { "white space only", "  \n ", ConflictJsonErrorKind.Malformed, "$", "The document is empty" },
        { "byte order mark", "\uFEFF" + Valid, ConflictJsonErrorKind.Malformed, "$", "byte order mark" },
        { "truncated in an array", Valid[..(Valid.IndexOf("\"actors\":[", StringComparison.Ordinal) + 10)], ConflictJsonErrorKind.Malformed, "$.actors", "not well-formed JSON" },
        { "truncated after a member name", Valid[..Valid.IndexOf("\"jnim\",\"name\"", StringComparison.Ordinal)], ConflictJsonErrorKind.Malformed, "$.actors[0].id", "not well-formed JSON" },
        { "truncated in a string", Valid[..(Valid.IndexOf("Mali attacks", StringComparison.Ordinal) + 4)], ConflictJsonErrorKind.Malformed, "$.sources[0].title", "not well-formed JSON" },
        { "trailing comma", Valid[..^1] + ",}", ConflictJsonErrorKind.Malformed, "$", "trailing comma at the end, which JSON does not allow. Remove the comma after the last item." },
        { "single quotes", Replace("\"title\":\"Mali attacks\"", "'title':'Mali attacks'"), ConflictJsonErrorKind.Malformed, "$.sources[0]", "not well-formed JSON" },
        { "comment", Replace("{\"schemaVersion\"", "{/* a comment */\"schemaVersion\""), ConflictJsonErrorKind.Malformed, "$", "not well-formed JSON" },
        { "content after the document", Valid + " {}", ConflictJsonErrorKind.Malformed, "$", "after a single JSON value" },
        { "NaN", Replace("\"latitude\":14.4469", "\"latitude\":NaN"), ConflictJsonErrorKind.Malformed, "$.locations[0].point.latitude", "not well-formed JSON" },
        { "Infinity", Replace("\"longitude\":-11.4456", "\"longitude\":-Infinity"), ConflictJsonErrorKind.Malformed, "$.locations[0].point.longitude", "not well-formed JSON" },
        { "unpaired surrogate escape", Replace("\"Mali attacks\"", "\"Mali \\ud800 attacks\""), ConflictJsonErrorKind.Malformed, "$.sources[0].title", "unpaired surrogate" },
        { "unpaired surrogate escape in a member name", Replace("\"title\":", "\"\\ud800\":1,\"title\":"), ConflictJsonErrorKind.Malformed, "$.sources[0]", "A member name is not valid UTF-8 or holds an unpaired surrogate" },
        { "unpaired surrogate escape before the schema version", Replace("{\"schemaVersion\"", "{\"\\udc00\":1,\"schemaVersion\""), ConflictJsonErrorKind.Malformed, "$", "A member name is not valid UTF-8 or holds an unpaired surrogate" },
        { "unpaired surrogate escape in an enumeration value", Replace("\"qualifier\":\"moreThan\"", "\"qualifier\":\"more\\ud800\""), ConflictJsonErrorKind.Malformed, "$.claims[0].count.qualifier", "unpaired surrogate" },
        { "unpaired surrogate escape in a claim kind", Replace("\"kind\":\"casualties\"", "\"kind\":\"\\udc00\""), ConflictJsonErrorKind.Malformed, "$.claims[0].kind", "unpaired surrogate" },
        { "control character in a string", Replace("\"Mali attacks\"", "\"Mali\tattacks\""), ConflictJsonErrorKind.Malformed, "$.sources[0].title", "not well-formed JSON" },

        // The wrong JSON type.
        { "root is an array", "[]", ConflictJsonErrorKind.WrongType, "$", "Expected a report (a JSON object), found an array" },
        { "schema version is a number", Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":1.0"), ConflictJsonErrorKind.WrongType, "$.schemaVersion", "Expected a string, found a number" },
        { "collection is an object", Replace("\"mentions\":[", "\"mentions\":{\"m\":[")[..^1] + "}}", ConflictJsonErrorKind.WrongType, "$.mentions", "Expected an array" },
        { "id is a number", Replace("\"id\":\"jnim\"", "\"id\":42"), ConflictJsonErrorKind.WrongType, "$.actors[0].id", "Expected a string, found a number" },
        { "null item", Replace("\"locations\":[\"kayes\"]", "\"locations\":[null]"), ConflictJsonErrorKind.WrongType, "$.engagements[0].locations[0]", "cannot be null" },
        { "null item after eight", Replace("\"locations\":[\"kayes\"]", "\"locations\":[" + string.Concat(Enumerable.Repeat("\"kayes\",", 10)) + "null]"), ConflictJsonErrorKind.WrongType, "$.engagements[0].locations[10]", "cannot be null" },
        { "required member null", Replace("\"name\":{\"text\":\"JNIM\",\"language\":\"en\"}", "\"name\":null"), ConflictJsonErrorKind.WrongType, "$.actors[0].name", "is required and cannot be null" },
        { "enumeration value as a number", Replace("\"kind\":\"organisation\"", "\"kind\":1"), ConflictJsonErrorKind.WrongType, "$.actors[0].kind", "Expected the name of a value of ActorKind as a string" },
        { "number as a string", Replace("\"latitude\":14.4469", "\"latitude\":\"14.4469\""), ConflictJsonErrorKind.WrongType, "$.locations[0].point.latitude", "Expected a number, found a string" },
        { "object where a string is expected", Replace("\"wording\":\"more than 80\"", "\"wording\":{}"), ConflictJsonErrorKind.WrongType, "$.claims[0].count.wording", "Expected a string, found an object" },
        { "claim kind is a number", Replace("\"kind\":\"casualties\"", "\"kind\":1"), ConflictJsonErrorKind.WrongType, "$.claims[0].kind", "must be a string" },

        // Unknown and duplicate properties.
        { "unknown property at the root", Replace("{\"schemaVersion\":\"1.0\",", "{\"schemaVersion\":\"1.0\",\"generator\":\"x\","), ConflictJsonErrorKind.UnknownProperty, "$.generator", "'generator' is not a member of a report" },
        { "unknown property in an entity", Replace("\"kind\":\"organisation\"", "\"kind\":\"organisation\",\"nickname\":\"x\""), ConflictJsonErrorKind.UnknownProperty, "$.actors[0].nickname", "'nickname' is not a member of an actor" },
        { "derived member written (span length)", Replace("\"end\":14,", "\"end\":14,\"length\":4,"), ConflictJsonErrorKind.UnknownProperty, "$.attributions[0].quote.length", "'length' is not a member of a text span" },
        { "derived member written (estimate low)", Replace("\"value\":80,", "\"value\":80,\"low\":81,"), ConflictJsonErrorKind.UnknownProperty, "$.claims[0].count.low", "'low' is not a member of a count estimate" },
        { "unknown property in an affiliation", Replace("\"target\":\"al-qaeda\"", "\"target\":\"al-qaeda\",\"source\":\"mali-article\""), ConflictJsonErrorKind.UnknownProperty, "$.actors[0].affiliations[0].source", "'source' is not a member of an affiliation; its members are kind, target, attributions." },
        { "duplicate attributions in an affiliation", Replace("\"target\":\"al-qaeda\",\"attributions\":[\"a1\"]", "\"target\":\"al-qaeda\",\"attributions\":[\"a1\"],\"attributions\":[\"a1\"]"), ConflictJsonErrorKind.DuplicateProperty, "$.actors[0].affiliations[0].attributions", "appears more than once in an affiliation" },
        { "member of another claim kind", Replace("\"outcome\":\"neutralised\"", "\"outcome\":\"neutralised\",\"responsible\":\"jnim\""), ConflictJsonErrorKind.UnknownProperty, "$.claims[0].responsible", "is not a member of a casualties claim" },
        { "duplicate property", Replace("\"id\":\"jnim\",", "\"id\":\"jnim\",\"id\":\"jnim\","), ConflictJsonErrorKind.DuplicateProperty, "$.actors[0].id", "appears more than once in an actor" },
        { "duplicate schema version", Replace("{\"schemaVersion\":\"1.0\",", "{\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\","), ConflictJsonErrorKind.DuplicateProperty, "$.schemaVersion", "appears more than once in a report" },
        { "duplicate discriminator", Replace("\"kind\":\"casualties\",", "\"kind\":\"casualties\",\"kind\":\"casualties\","), ConflictJsonErrorKind.DuplicateProperty, "$.claims[0].kind", "appears more than once" },

        // Missing members.
        { "no schema version", Replace("\"schemaVersion\":\"1.0\",", string.Empty), ConflictJsonErrorKind.MissingMember, "$", "needs the member 'schemaVersion'" },
        { "schema version misspelt", Replace("\"schemaVersion\"", "\"SchemaVersion\""), ConflictJsonErrorKind.MissingMember, "$", "needs the member 'schemaVersion'" },
        { "actor without a name", Replace("\"name\":{\"text\":\"JNIM\",\"language\":\"en\"},", string.Empty), ConflictJsonErrorKind.MissingMember, "$.actors[0]", "An actor needs the member 'name'" },
        { "claim without a kind", Replace("\"kind\":\"casualties\",", string.Empty), ConflictJsonErrorKind.MissingMember, "$.claims[0]", "A claim needs the member 'kind'" },
        { "claim without subjects", Replace("\"subjects\":[{\"kind\":\"engagement\",\"id\":\"western-mali-attacks\"}],\"attributions\":[\"a1\"]", "\"attributions\":[\"a1\"]"), ConflictJsonErrorKind.MissingMember, "$.claims[0]", "needs the member 'subjects'" },
        { "time without a value", Replace("\"date\":\"2025-07-01\",\"partOfDay\":\"morning\",", string.Empty), ConflictJsonErrorKind.MissingMember, "$.engagements[0].time", "needs one of instant, localDateTime" },
        { "time without a basis", Replace(",\"basis\":\"inferred\"", string.Empty), ConflictJsonErrorKind.MissingMember, "$.engagements[0].time", "needs the member 'basis'" },
        { "local date-time without a zone", Replace("\"instant\":\"2025-07-01T18:00:00Z\"", "\"localDateTime\":\"2025-07-01T18:00:00\""), ConflictJsonErrorKind.MissingMember, "$.attributions[0].statedAt", "needs the member 'zone'" },
        { "estimate without a qualifier", Replace("\"qualifier\":\"moreThan\",", string.Empty), ConflictJsonErrorKind.MissingMember, "$.claims[0].count", "needs the member 'qualifier'" },

        // Values that break an invariant or do not parse.
        { "latitude 200", Replace("\"latitude\":14.4469", "\"latitude\":200"), ConflictJsonErrorKind.InvalidValue, "$.locations[0].point.latitude", "between -90 and 90 inclusive. The value given is 200" },
        { "overflowing double", Replace("\"latitude\":14.4469", "\"latitude\":1e400"), ConflictJsonErrorKind.InvalidValue, "$.locations[0].point.latitude", "too large" },
        { "overflowing integer", Replace("\"value\":80", "\"value\":80000000000"), ConflictJsonErrorKind.InvalidValue, "$.claims[0].count.value", "is not a whole number" },
        { "fraction where a whole number is expected", Replace("\"start\":10", "\"start\":10.5"), ConflictJsonErrorKind.InvalidValue, "$.attributions[0].quote.start", "10.5 is not a whole number" },
        { "negative count", Replace("\"value\":80", "\"value\":-3"), ConflictJsonErrorKind.InvalidValue, "$.claims[0].count.value", "The member 'value' of a count estimate is not valid: The value must be between 0 and 2147483646 inclusive. The value given is -3." },
        { "invalid date", Replace("\"date\":\"2025-07-01\"", "\"date\":\"2025-02-30\""), ConflictJsonErrorKind.InvalidValue, "$.engagements[0].time.date", "'2025-02-30' is not a valid ISO date (yyyy-MM-dd)" },
        { "date in another form", Replace("\"date\":\"2025-07-01\"", "\"date\":\"01/07/2025\""), ConflictJsonErrorKind.InvalidValue, "$.engagements[0].time.date", "'01/07/2025'" },
        { "instant without Z", Replace("\"instant\":\"2025-07-01T18:00:00Z\"", "\"instant\":\"2025-07-01T18:00:00\""), ConflictJsonErrorKind.InvalidValue, "$.attributions[0].statedAt.instant", "instant in UTC" },
        { "unknown time zone", Replace("\"instant\":\"2025-07-01T18:00:00Z\"", "\"localDateTime\":\"2025-07-01T18:00:00\",\"zone\":\"Mars/Olympus\""), ConflictJsonErrorKind.InvalidValue, "$.attributions[0].statedAt.zone", "tz database has no zone" },
        { "two time values", Replace("\"partOfDay\":\"morning\",", "\"year\":2025,"), ConflictJsonErrorKind.InvalidValue, "$.engagements[0].time.year", "both 'date' and 'year'" },
        { "part of day with a year", Replace("\"date\":\"2025-07-01\"", "\"year\":2025"), ConflictJsonErrorKind.InvalidValue, "$.engagements[0].time.partOfDay", "Only a date can carry a part of the day" },
        { "year zero", Replace("\"date\":\"2025-07-01\",\"partOfDay\":\"morning\"", "\"year\":0"), ConflictJsonErrorKind.InvalidValue, "$.engagements[0].time.year", "outside 1 to 9999" },
        { "empty id", Replace("\"id\":\"jnim\"", "\"id\":\"\""), ConflictJsonErrorKind.InvalidValue, "$.actors[0].id", "'' is not a valid ActorId" },
        { "id with a space", Replace("\"id\":\"kayes\"", "\"id\":\"ka yes\""), ConflictJsonErrorKind.InvalidValue, "$.locations[0].id", "'ka yes' is not." },
        { "id with a newline", Replace("\"id\":\"kayes\"", "\"id\":\"kayes\\nSECOND LINE\""), ConflictJsonErrorKind.InvalidValue, "$.locations[0].id", "'kayes\\nSECOND LINE' is not a valid LocationId" },
        { "attribution id of an affiliation with a space", Replace("\"target\":\"al-qaeda\",\"attributions\":[\"a1\"]", "\"target\":\"al-qaeda\",\"attributions\":[\"a 1\"]"), ConflictJsonErrorKind.InvalidValue, "$.actors[0].affiliations[0].attributions[0]", "'a 1' is not" },
        { "blank name", Replace("\"text\":\"Kayes\"", "\"text\":\"   \""), ConflictJsonErrorKind.InvalidValue, "$.locations[0].name.text", "must not be empty or consist only of white space" },
        { "empty subjects", Replace("\"subjects\":[{\"kind\":\"engagement\",\"id\":\"western-mali-attacks\"}],\"attributions\"", "\"subjects\":[],\"attributions\""), ConflictJsonErrorKind.InvalidValue, "$.claims[0].subjects", "at least one item" },
        { "empty materiel items", Replace("\"items\":[{\"category\":\"weapons\",\"wording\":\"weapons\"}]", "\"items\":[]"), ConflictJsonErrorKind.InvalidValue, "$.claims[1].items", "at least one item" },
        { "range the wrong way round", Replace("\"qualifier\":\"moreThan\",\"value\":80", "\"qualifier\":\"between\",\"min\":30,\"max\":20"), ConflictJsonErrorKind.InvalidValue, "$.claims[0].count.max", "upper end of a range must be greater" },
        { "estimate with value and min", Replace("\"value\":80,", "\"value\":80,\"min\":70,"), ConflictJsonErrorKind.InvalidValue, "$.claims[0].count.min", "takes value, not min or max" },
        { "claimant with both", Replace("\"claimant\":{\"actor\":\"jnim\"}", "\"claimant\":{\"actor\":\"jnim\",\"source\":\"mali-article\"}"), ConflictJsonErrorKind.InvalidValue, "$.claims[0].claimant.actor", "exactly one of the two" },
        { "claimant with neither", Replace("\"claimant\":{\"actor\":\"jnim\"}", "\"claimant\":{}"), ConflictJsonErrorKind.InvalidValue, "$.claims[0].claimant", "exactly one of the two" },
        { "span shorter than its text", Replace("\"end\":14", "\"end\":13"), ConflictJsonErrorKind.InvalidValue, "$.attributions[0].quote.exact", "must have end - start = 3 code points; it has 4" },
        { "precision without a point", Replace(",\"point\":{\"latitude\":14.4469,\"longitude\":-11.4456}", string.Empty), ConflictJsonErrorKind.InvalidValue, "$.locations[0].precision", "A precision qualifies a point" },
        { "sub-type of another type", Replace("\"subType\":\"armedClash\"", "\"subType\":\"attack\""), ConflictJsonErrorKind.InvalidValue, "$.engagements[0].subType", "belongs to ViolenceAgainstCivilians, not to Battles" },
        { "reference to an attribution", Replace("\"entity\":{\"kind\":\"location\"", "\"entity\":{\"kind\":\"attribution\""), ConflictJsonErrorKind.InvalidValue, "$.mentions[0].entity.kind", "A reference can name an actor" },
        { "schema version not a version", Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"one\""), ConflictJsonErrorKind.InvalidValue, "$.schemaVersion", "'one' is not a schema version" },
        { "admiralty grade out of range", Replace("\"grade\":\"B2\"", "\"grade\":\"G7\""), ConflictJsonErrorKind.InvalidValue, "$.attributions[0].grade", "letter A–F followed by a digit 1–6" },
        { "malformed language tag", Replace("\"language\":\"en\",\"url\"", "\"language\":\"english language\",\"url\""), ConflictJsonErrorKind.InvalidValue, "$.sources[0].language", "BCP 47" },
        { "relative URL", Replace("\"url\":\"https://example.org/mali\"", "\"url\":\"mali.html\""), ConflictJsonErrorKind.InvalidValue, "$.sources[0].url", "absolute URI" },
        { "speaker of the source's own statement", Replace("\"mode\":\"paraphrase\"", "\"mode\":\"ownStatement\""), ConflictJsonErrorKind.InvalidValue, "$.attributions[0].speaker", "own statement has no speaker" },

        // Names outside the enumerations and the claim kinds.
        { "unknown enumeration value", Replace("\"kind\":\"organisation\"", "\"kind\":\"warlord\""), ConflictJsonErrorKind.UnknownEnumValue, "$.actors[0].kind", "'warlord' is not a value of ActorKind; the values are organisation, person" },
        { "enumeration value in another case", Replace("\"qualifier\":\"moreThan\"", "\"qualifier\":\"MoreThan\""), ConflictJsonErrorKind.UnknownEnumValue, "$.claims[0].count.qualifier", "'MoreThan' is not a value of EstimateQualifier" },
        { "unknown claim kind", Replace("\"kind\":\"casualties\"", "\"kind\":\"rumour\""), ConflictJsonErrorKind.UnknownDiscriminator, "$.claims[0].kind", "'rumour' is not a kind of claim; the kinds are casualties, territorialControl" },

        // Versions.
        { "newer major version", Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\""), ConflictJsonErrorKind.UnsupportedSchemaVersion, "$.schemaVersion", "schema version 2.0, of a newer major version" },
    };

    [Fact]
    public void Valid_TheDocumentTheRowsBreak_Reads()
    {
        var report = ConflictJson.Deserialize(Valid);

        Assert.Equal(2, report.Claims.Length);
        Assert.Equal(Valid, ConflictJson.Serialize(report));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_MalformedDocument_ThrowsWithKindPathAndMessage(string name, string json, ConflictJsonErrorKind kind, string path, string fragment)
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.True(kind == error.Kind, $"{name}: expected {kind}, got {error.Kind}: {error.Message}");
        Assert.Equal(path, error.Path);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_MalformedUtf8Document_ThrowsTheSameError(string name, string json, ConflictJsonErrorKind kind, string path, string fragment)
    {
        _ = name;
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(path, error.Path);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_InvalidUtf8InAString_ThrowsMalformed()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        var at = Valid.IndexOf("Mali attacks", StringComparison.Ordinal);
        bytes[at] = 0xFF;

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(bytes));

        Assert.Equal(ConflictJsonErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public void Deserialize_TextWithAnUnpairedSurrogate_ThrowsMalformed()
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Replace("Mali attacks", "Mali \ud800 attacks")));

        Assert.Equal(ConflictJsonErrorKind.Malformed, error.Kind);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Replaces the first occurrence of <paramref name="original"/> in the valid document, checked to be present.</summary>
    private static string Replace(string original, string replacement)
    {
        var index = Valid.IndexOf(original, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"The valid document has no '{original}'.", nameof(original));
        }

        return string.Concat(Valid.AsSpan(0, index), replacement, Valid.AsSpan(index + original.Length));
    }
}
