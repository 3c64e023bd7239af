using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictModel.Fixtures;
using ConflictModel.Tests.Shared;

namespace ConflictModel.Fixtures.Tests.Corpus;

public sealed class InvalidDocumentsTests
{
    private static string CorpusDirectory
        => Path.GetFullPath(Path.Combine(SnapshotAssert.SourceDirectoryOf(), "..", "..", "..", "src", "ConflictModel.Fixtures", "Corpus"));

    private static readonly string[] ReadFailureMembers = ["kind", "path", "pointer", "stage"];
    private static readonly string[] ValidationFailureMembers = ["code", "pointer", "severity", "stage"];

    public static TheoryData<string> ReadFailures => new(InvalidDocuments.All.Where(d => d.Stage == InvalidDocumentStage.Read).Select(d => d.Name));

    public static TheoryData<string> ValidationFailures => new(InvalidDocuments.All.Where(d => d.Stage == InvalidDocumentStage.Validation).Select(d => d.Name));

    public static TheoryData<string> Names => new(InvalidDocuments.All.Select(d => d.Name));

    [Fact]
    public void ValidBaseJson_Read_ValidatesWithNoIssueAtAll()
    {
        var report = ConflictJson.Deserialize(InvalidDocuments.ValidBaseJson);

        Assert.Empty(report.Validate().Issues);
        Assert.Equal(4, report.Actors.Length);
        Assert.Equal(2, report.Engagements.Length);
    }

    [Fact]
    public void ValidBaseJson_IsTheIndentedFormTheSerializerWrites()
    {
        var report = ConflictJson.Deserialize(InvalidDocuments.ValidBaseJson);

        Assert.Equal(InvalidDocuments.ValidBaseJson, ConflictJson.Serialize(report, new ConflictJsonOptions { WriteIndented = true }) + "\n");
    }

    [Fact]
    public void ValidBaseJson_IsTheCommittedFile()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(CorpusDirectory, "valid-base.json")), Encoding.UTF8.GetBytes(InvalidDocuments.ValidBaseJson));
    }

    [Theory]
    [MemberData(nameof(ReadFailures))]
    public void Deserialize_ReadFailureDocument_ThrowsItsKindAtItsPath(string name)
    {
        var document = InvalidDocuments.Get(name);

        AssertReadError(document, () => ConflictJson.Deserialize(document.Json));
    }

    [Theory]
    [MemberData(nameof(ReadFailures))]
    public void Deserialize_ReadFailureDocumentAsUtf8_ThrowsItsKindAtItsPath(string name)
    {
        var document = InvalidDocuments.Get(name);

        AssertReadError(document, () => ConflictJson.Deserialize(document.Utf8Json.Span));
    }

    [Theory]
    [MemberData(nameof(ValidationFailures))]
    public void Validate_ValidationFailureDocument_ReturnsExactlyItsIssue(string name)
    {
        var document = InvalidDocuments.Get(name);

        var issues = ConflictJson.Deserialize(document.Json).Validate().Issues;

        var issue = Assert.Single(issues);
        Assert.Equal(document.ExpectedValidationCode, issue.Code);
        Assert.Equal(document.ExpectedSeverity, issue.Severity);
        Assert.Equal(document.ExpectedPointer, issue.Path);
        Assert.Equal<ValidationIssue>(issues, ConflictJson.Deserialize(document.Utf8Json.Span).Validate().Issues);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Document_ExactlyOneExpectation_MatchesItsStage(string name)
    {
        var document = InvalidDocuments.Get(name);

        if (document.Stage == InvalidDocumentStage.Read)
        {
            Assert.NotNull(document.ExpectedReadError);
            Assert.NotNull(document.ExpectedPath);
            Assert.Null(document.ExpectedValidationCode);
            Assert.Null(document.ExpectedSeverity);
        }
        else
        {
            Assert.Null(document.ExpectedReadError);
            Assert.Null(document.ExpectedPath);
            Assert.NotNull(document.ExpectedValidationCode);
            Assert.NotNull(document.ExpectedSeverity);
        }
    }

    [Theory]
    [MemberData(nameof(ValidationFailures))]
    public void Document_ExpectedSeverity_IsTheDefaultSeverityOfItsCode(string name)
    {
        var document = InvalidDocuments.Get(name);

        var descriptor = ValidationCodes.Find(document.ExpectedValidationCode);

        Assert.NotNull(descriptor);
        Assert.Equal(descriptor.DefaultSeverity, document.ExpectedSeverity);
    }

    [Fact]
    public void All_EveryValidationCode_HasADocument()
    {
        var covered = InvalidDocuments.All.Select(d => d.ExpectedValidationCode).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(35, ValidationCodes.All.Length);
        Assert.All(ValidationCodes.All, d => Assert.Contains(d.Code, covered));
    }

    [Fact]
    public void All_EveryReadErrorKindButTheSizeLimits_HasADocument()
    {
        // A line or a document too long for the default limits (16 MiB, 256 MiB) would be too large
        // to ship; those limits are tested with small configured values instead.
        ConflictJsonErrorKind[] limits = [ConflictJsonErrorKind.LineTooLong, ConflictJsonErrorKind.DocumentTooLarge];
        var covered = InvalidDocuments.All.Select(d => d.ExpectedReadError).ToHashSet();

        Assert.All(Enum.GetValues<ConflictJsonErrorKind>().Except(limits), k => Assert.Contains(k, covered));
        Assert.All(limits, k => Assert.DoesNotContain(k, covered));
    }

    [Fact]
    public void All_Names_AreUniqueLowerCaseWordsJoinedByHyphens()
    {
        var names = InvalidDocuments.All.Select(d => d.Name).ToList();

        Assert.Equal(75, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*$"), n));
    }

    [Fact]
    public void All_ReadFailuresByKindThenValidationFailuresByCode()
    {
        var stages = InvalidDocuments.All.Select(d => d.Stage).ToList();

        var kinds = InvalidDocuments.All.Where(d => d.Stage == InvalidDocumentStage.Read).Select(d => d.ExpectedReadError!.Value).ToList();

        Assert.Equal(stages.OrderBy(s => s), stages);
        Assert.Equal(kinds.OrderBy(k => k), kinds);
        Assert.Equal(
            ValidationCodes.All.Select(d => d.Code),
            InvalidDocuments.All.Where(d => d.Stage == InvalidDocumentStage.Validation).Select(d => d.ExpectedValidationCode));
    }

    [Fact]
    public void Manifest_AndCommittedFiles_NameTheSameDocuments()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusDirectory, "invalid")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, InvalidDocuments.All.Select(d => d.Name + ".json").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_EveryEntry_IsTheDocumentOfThatName()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CorpusDirectory, "corpus.json")));
        var entries = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();

        Assert.Equal("valid-base.json", manifest.RootElement.GetProperty("base").GetString());
        Assert.Equal(InvalidDocuments.All.Select(d => d.Name), entries.Select(e => e.GetProperty("name").GetString()));
        foreach (var entry in entries)
        {
            var document = InvalidDocuments.Get(entry.GetProperty("name").GetString()!);
            var failure = entry.GetProperty("failure");
            Assert.Equal($"invalid/{document.Name}.json", entry.GetProperty("file").GetString());
            Assert.Equal(document.Description, entry.GetProperty("description").GetString());
            Assert.Equal(document.Stage == InvalidDocumentStage.Read ? "read" : "validation", failure.GetProperty("stage").GetString());
            Assert.Equal(document.ExpectedPointer, failure.GetProperty("pointer").GetString());
            Assert.Equal(document.Stage == InvalidDocumentStage.Read ? ReadFailureMembers : ValidationFailureMembers, failure.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Document_Utf8Json_IsTheCommittedFile(string name)
    {
        var document = InvalidDocuments.Get(name);

        Assert.Equal(File.ReadAllBytes(Path.Combine(CorpusDirectory, "invalid", name + ".json")), document.Utf8Json.ToArray());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Document_Json_IsItsUtf8JsonDecoded(string name)
    {
        var document = InvalidDocuments.Get(name);

        Assert.Equal(document.Utf8Json.ToArray(), Encoding.UTF8.GetBytes(document.Json));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Document_Description_IsOneSentence(string name)
    {
        var description = InvalidDocuments.Get(name).Description;

        Assert.Matches(new Regex(@"^[A-Za-z][^\n]*\.$"), description);
    }

    [Fact]
    public void Get_ByteOrderMark_KeepsTheMarkInBothForms()
    {
        var document = InvalidDocuments.Get("byte-order-mark");

        Assert.Equal('\uFEFF', document.Json[0]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{' }, document.Utf8Json[..4].ToArray());
        Assert.Equal(InvalidDocuments.ValidBaseJson, document.Json[1..]);
    }

    [Fact]
    public void Get_LatitudeOutOfRange_StatesTheKindAndPlaceOfTheError()
    {
        var document = InvalidDocuments.Get("latitude-out-of-range");

        Assert.Equal(InvalidDocumentStage.Read, document.Stage);
        Assert.Equal(ConflictJsonErrorKind.InvalidValue, document.ExpectedReadError);
        Assert.Equal("$.locations[2].point.latitude", document.ExpectedPath);
        Assert.Equal("/locations/2/point/latitude", document.ExpectedPointer);
        Assert.Contains("\"latitude\": 200,", document.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_DanglingClaimant_StatesTheCodeSeverityAndPlaceOfTheIssue()
    {
        var document = InvalidDocuments.Get("dangling-claimant");

        Assert.Equal(InvalidDocumentStage.Validation, document.Stage);
        Assert.Equal("CM0201", document.ExpectedValidationCode);
        Assert.Equal(ValidationSeverity.Error, document.ExpectedSeverity);
        Assert.Equal("/claims/1/claimant", document.ExpectedPointer);
    }

    [Fact]
    public void Get_EveryName_ReturnsTheDocumentOfAll()
    {
        Assert.All(InvalidDocuments.All, d => Assert.Same(d, InvalidDocuments.Get(d.Name)));
    }

    [Theory]
    [InlineData("no-such-document")]
    [InlineData("Latitude-Out-Of-Range")]
    [InlineData("")]
    public void Get_UnknownName_ThrowsArgumentException(string name)
    {
        var error = Assert.Throws<ArgumentException>(nameof(name), () => InvalidDocuments.Get(name));

        Assert.Contains($"no document named '{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("name", () => InvalidDocuments.Get(null!));
    }

    [Fact]
    public void ToString_IsTheName()
    {
        Assert.Equal("nan-latitude", InvalidDocuments.Get("nan-latitude").ToString());
    }

    [Fact]
    public void ResourceNames_NameEmbeddedResources()
    {
        var names = typeof(InvalidDocuments).Assembly.GetManifestResourceNames();

        Assert.Contains(InvalidDocuments.ManifestResourceName, names);
        Assert.Contains(InvalidDocuments.ValidBaseResourceName, names);
        Assert.Equal(77, names.Count(n => n.StartsWith("ConflictModel.Fixtures.Corpus.", StringComparison.Ordinal)));
    }

    private static void AssertReadError(InvalidDocument document, Func<ConflictReport> read)
    {
        var error = Assert.Throws<ConflictJsonException>(read);

        Assert.True(document.ExpectedReadError == error.Kind, $"{document.Name}: expected {document.ExpectedReadError}, got {error.Kind}: {error.Message}");
        Assert.Equal(document.ExpectedPath, error.Path);
        Assert.Equal(document.ExpectedPointer, error.JsonPointer);
    }
}
