using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Peer;

/// <summary>
/// Source-generated System.Text.Json metadata for the peer's classes, as a user would declare it:
/// camelCase names, nulls not written, and a member the classes do not have refused rather than
/// skipped (so that the peer cannot look fast by ignoring part of the document).
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Default,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PeerReport))]
public sealed partial class PeerJsonContext : JsonSerializerContext;

/// <summary>Reads and writes <see cref="PeerReport"/> with System.Text.Json alone.</summary>
public static class PeerJson
{
    // The model writes characters as themselves rather than \u escapes; so does the peer, so that both write the same bytes.
    private static readonly PeerJsonContext Context = new(new JsonSerializerOptions(PeerJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Reads a report document.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The document's classes.</returns>
    public static PeerReport Deserialize(byte[] utf8Json) => JsonSerializer.Deserialize(utf8Json, Context.PeerReport) ?? throw new JsonException("The document is null.");

    /// <summary>Writes a report document.</summary>
    /// <param name="report">The document's classes.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] SerializeToUtf8Bytes(PeerReport report) => JsonSerializer.SerializeToUtf8Bytes(report, Context.PeerReport);
}
