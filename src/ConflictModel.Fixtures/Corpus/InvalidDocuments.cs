using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Fixtures;

/// <summary>
/// The invalid-document corpus: named JSON documents, each the valid base (<see cref="ValidBaseJson"/>)
/// with one thing broken, and the one failure each must produce — a read error of a
/// <see cref="ConflictJsonErrorKind"/> at a path, or exactly one validation issue of a code at a JSON
/// Pointer. For testing readers of the format, this library's and others'.
/// </summary>
/// <remarks>
/// <para>The documents are committed under <c>src/ConflictModel.Fixtures/Corpus/</c>: the manifest
/// <c>corpus.json</c> (name, description and expected failure of each document, usable from any
/// language), the base <c>valid-base.json</c> and the documents <c>invalid/{name}.json</c>. All are
/// embedded byte for byte. The expectations hold for <see cref="ConflictJson"/> with its default
/// options and <see cref="ReportValidator.Default"/>; docs/fixtures.md lists every document.</para>
/// <para>Every <see cref="ConflictJsonErrorKind"/> has a document but
/// <see cref="ConflictJsonErrorKind.LineTooLong"/>, which is a limit of the newline-delimited reader on a
/// stream (16 MiB a line unless set), not a property of a document; every code of
/// <see cref="ValidationCodes.All"/> has one.</para>
/// <para>Loaded once, on first use; all members are immutable and safe to share between threads.</para>
/// </remarks>
public static class InvalidDocuments
{
    private const string ResourcePrefix = "ConflictModel.Fixtures.Corpus.";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Corpus> _corpus = new(Load);

    /// <summary>Gets the logical name of the embedded resource that holds the manifest, <c>corpus.json</c>.</summary>
    public static string ManifestResourceName => ResourcePrefix + "corpus.json";

    /// <summary>Gets the logical name of the embedded resource that holds <see cref="ValidBaseJson"/>.</summary>
    public static string ValidBaseResourceName => ResourcePrefix + "valid-base.json";

    /// <summary>
    /// Gets the valid base every document is derived from, as committed in <c>valid-base.json</c>: a small
    /// report on an excerpt of the Mali article, in the indented form <see cref="ConflictJson"/> writes
    /// (with a final newline). It reads, and validates with no issue at all.
    /// </summary>
    public static string ValidBaseJson => _corpus.Value.ValidBase;

    /// <summary>Gets every document, in the order of the manifest: read failures by error kind, then validation failures by code.</summary>
    public static ImmutableArray<InvalidDocument> All => _corpus.Value.Documents;

    /// <summary>Gets the document of a name.</summary>
    /// <param name="name">The name, such as <c>latitude-out-of-range</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No document has that name.</exception>
    public static InvalidDocument Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _corpus.Value.ByName.TryGetValue(name, out var document)
            ? document
            : throw new ArgumentException($"The corpus has no document named '{name}'; InvalidDocuments.All lists them.", nameof(name));
    }

    private static Corpus Load()
    {
        using var manifest = JsonDocument.Parse(MaliArticle.LoadResource(ManifestResourceName));
        var documents = Property(manifest.RootElement, "documents").EnumerateArray().Select(ReadEntry).ToImmutableArray();
        return new Corpus(
            StrictUtf8.GetString(MaliArticle.LoadResource(ValidBaseResourceName)),
            documents,
            documents.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal));
    }

    private static InvalidDocument ReadEntry(JsonElement entry)
    {
        var name = Text(entry, "name");
        var file = Text(entry, "file");
        var utf8 = MaliArticle.LoadResource(ResourcePrefix + file.Replace('/', '.'));
        var failure = Property(entry, "failure");
        var stage = Text(failure, "stage");
        var pointer = Text(failure, "pointer");
        return stage switch
        {
            "read" => new InvalidDocument(name, Text(entry, "description"), utf8, StrictUtf8.GetString(utf8), Enum.Parse<ConflictJsonErrorKind>(Text(failure, "kind")), Text(failure, "path"), null, null, pointer),
            "validation" => new InvalidDocument(name, Text(entry, "description"), utf8, StrictUtf8.GetString(utf8), null, null, Text(failure, "code"), Enum.Parse<ValidationSeverity>(Text(failure, "severity")), pointer),
            _ => throw new InvalidOperationException($"The corpus manifest gives document '{name}' the stage '{stage}'; a stage is 'read' or 'validation'."),
        };
    }

    private static JsonElement Property(JsonElement element, string name)
        => element.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidOperationException($"An object of the corpus manifest lacks the member '{name}'.");

    private static string Text(JsonElement element, string name)
        => Property(element, name).GetString() ?? throw new InvalidOperationException($"The corpus manifest's member '{name}' is null.");

    private sealed record Corpus(string ValidBase, ImmutableArray<InvalidDocument> Documents, FrozenDictionary<string, InvalidDocument> ByName);
}
