using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace ConflictModel.Interop.Tests.Stix;

/// <summary>
/// The official OASIS STIX 2.1 JSON Schemas (copied into stix2-json-schemas/, BSD-3-Clause, commit in
/// its COMMIT file) and the ConflictModel extension's published schema, evaluated by JsonSchema.Net
/// 8.0.5 with every <c>$id</c> resolved to the copied files: nothing is fetched from the network.
/// </summary>
/// <remarks>
/// Each object is validated against its own type's schema, as the official validator does (the bundle
/// schema does not list every type). Thread-safe after construction; built once per test run.
/// </remarks>
internal static class StixSchemas
{
    private const string OasisPrefix = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private const string ExtensionId = "urn:conflictmodel:schema:stix-extension:1.0";
    private const string ReportId = "urn:conflictmodel:schema:conflict-report:1.0";

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "stix2-json-schemas", "schemas");
    private static readonly string Ours = Path.Combine(AppContext.BaseDirectory, "schemas");
    private static readonly BuildOptions Build = CreateOptions();
    private static readonly Dictionary<string, JsonSchema> ByType = new(StringComparer.Ordinal);
    private static readonly object Gate = new();

    /// <summary>Gets the ConflictModel extension's schema (docs/interop/stix-extension.schema.json).</summary>
    public static JsonSchema Extension { get; } = Load(new Uri(ExtensionId));

    /// <summary>Errors of one STIX object against the schema of its type; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonElement stix)
    {
        var type = stix.GetProperty("type").GetString()!;
        return Errors(SchemaOf(type), stix);
    }

    /// <summary>Errors of an instance against a schema, each as "instance location: message".</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? []).Where(d => d.Errors is not null)
                        // Failures inside a "not" are what made the "not" pass: not errors of the instance.
            .Where(d => !d.EvaluationPath.ToString().Contains("/not", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
            .ToArray();
        return errors.Length == 0 ? ["invalid (no detail)"] : errors;
    }

    private static JsonSchema SchemaOf(string type)
    {
        lock (Gate)
        {
            if (!ByType.TryGetValue(type, out var schema))
            {
                var folder = type switch
                {
                    "relationship" or "sighting" => "sros",
                    "extension-definition" or "marking-definition" or "language-content" or "bundle" => "common",
                    _ => "sdos",
                };
                schema = Load(new Uri($"{OasisPrefix}{folder}/{type}.json"));
                ByType[type] = schema;
            }

            return schema;
        }
    }

    private static JsonSchema Load(Uri id) => (JsonSchema)Build.SchemaRegistry.Get(id)!;

    private static BuildOptions CreateOptions()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        options.SchemaRegistry.Fetch = (uri, _) => Fetch(uri, options);
        return options;
    }

    private static JsonSchema? Fetch(Uri uri, BuildOptions options)
    {
        var text = uri.OriginalString;
        string? path = text.StartsWith(OasisPrefix, StringComparison.Ordinal)
            ? Path.Combine(Root, text[OasisPrefix.Length..].Split('#')[0])
            : text.StartsWith(ExtensionId, StringComparison.Ordinal) ? Path.Combine(Ours, "stix-extension.schema.json")
            : text.StartsWith(ReportId, StringComparison.Ordinal) ? Path.Combine(Ours, "conflict-report.schema.json")
            : null;
        // Anything else would be a network fetch: refuse it, so that a test never depends on one.
        return path is null ? throw new InvalidOperationException($"No local copy of {uri}.") : JsonSchema.FromFile(path, options);
    }
}
