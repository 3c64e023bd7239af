using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Acled;

/// <summary>Source-generated System.Text.Json metadata for ACLED rows: the fastest way System.Text.Json reads and writes them.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<AcledRow>))]
[JsonSerializable(typeof(AcledRow))]
public sealed partial class AcledJsonContext : JsonSerializerContext;
