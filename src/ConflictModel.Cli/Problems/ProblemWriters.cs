using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ConflictModel.Cli.Io;

namespace ConflictModel.Cli.Problems;

/// <summary>Writes what <c>validate</c> found: as compiler-style lines, as JSON, or as SARIF 2.1.0.</summary>
internal static class ProblemWriters
{
    /// <summary>The tool's version, as <c>--version</c> prints it.</summary>
    public static string ToolVersion => typeof(ProblemWriters).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Lowercase severity, as printed.</summary>
    public static string Name(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Writes <c>file:line:column: severity CODE: message (pointer)</c> lines, and a line for a file that cannot be read.</summary>
    public static void WriteText(TextWriter output, IEnumerable<FileResult> results, Style style)
    {
        foreach (var result in results)
        {
            if (result.Unreadable is { } why)
            {
                output.WriteLine($"{result.Name}: {style.Severity(ValidationSeverity.Error, "error")}: cannot read the file: {why}");
                continue;
            }

            foreach (var p in result.Problems)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Name}:{p.Line}:{p.Column}: {style.Severity(p.Severity, Name(p.Severity))} {p.Code}: {p.Message} ({p.Pointer})"));
            }
        }
    }

    /// <summary>The summary line: files, how many valid, invalid and unreadable, and the problems by severity.</summary>
    public static string Summary(IReadOnlyList<FileResult> results, bool warningsAsErrors)
    {
        var unreadable = results.Count(r => r.Unreadable is not null);
        var invalid = results.Count(r => r.Fails(warningsAsErrors));
        var valid = results.Count - unreadable - invalid;
        int Count(ValidationSeverity s) => results.Sum(r => r.Count(s));
        return string.Create(CultureInfo.InvariantCulture, $"{results.Count} file(s): {valid} valid, {invalid} invalid, {unreadable} unreadable; {Count(ValidationSeverity.Error)} error(s), {Count(ValidationSeverity.Warning)} warning(s), {Count(ValidationSeverity.Info)} info(s)");
    }

    /// <summary>Writes a JSON object with every file and its problems.</summary>
    public static void WriteJson(Stream output, IReadOnlyList<FileResult> results, bool warningsAsErrors)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("files");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("file", result.Name);
            if (result.Format is { } format)
            {
                json.WriteString("format", format);
            }

            json.WriteString("status", result.Unreadable is not null ? "unreadable" : result.Fails(warningsAsErrors) ? "invalid" : "valid");
            if (result.Unreadable is { } why)
            {
                json.WriteString("reason", why);
            }

            json.WriteNumber("documents", result.Documents);
            json.WriteStartArray("problems");
            foreach (var p in result.Problems)
            {
                json.WriteStartObject();
                json.WriteNumber("line", p.Line);
                json.WriteNumber("column", p.Column);
                json.WriteString("severity", Name(p.Severity));
                json.WriteString("code", p.Code);
                json.WriteString("message", p.Message);
                json.WriteString("pointer", p.Pointer);
                if (p.EntityId is { } id)
                {
                    json.WriteString("entityId", id);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("summary", Summary(results, warningsAsErrors));
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>Writes a SARIF 2.1.0 log: one run, the validation codes as rules, one result a problem.</summary>
    public static void WriteSarif(Stream output, IReadOnlyList<FileResult> results, bool warningsAsErrors)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json);
        json.WriteStartArray("artifacts");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", result.Uri);
            json.WriteEndObject();
            if (result.Uri == "-")
            {
                json.WriteStartArray("roles");
                json.WriteStringValue("standardStream");
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("results");
        for (var index = 0; index < results.Count; index++)
        {
            var result = results[index];
            if (result.Unreadable is { } why)
            {
                WriteResult(json, "unreadable", "error", $"Cannot read the file: {why}", result, index, null);
                continue;
            }

            foreach (var p in result.Problems)
            {
                var level = warningsAsErrors && p.Severity == ValidationSeverity.Warning ? "error" : SarifLevel(p.Severity);
                WriteResult(json, p.Code, level, p.Message, result, index, p);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>SARIF's level for a severity: info is a note.</summary>
    private static string SarifLevel(ValidationSeverity severity) => severity == ValidationSeverity.Info ? "note" : Name(severity);

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "conflictmodel");
        json.WriteString("version", ToolVersion);
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteString("informationUri", "https://github.com/conflictmodel/conflictmodel/blob/main/docs/validation.md");
        json.WriteStartArray("rules");
        foreach (var descriptor in ReportLibrary.Descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Code);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SarifLevel(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, string ruleId, string level, string message, FileResult result, int artifactIndex, Problem? problem)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", result.Uri);
        json.WriteNumber("index", artifactIndex);
        json.WriteEndObject();
        if (problem is not null)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", problem.Line);
            json.WriteNumber("startColumn", problem.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (problem is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", problem.Pointer);
            if (problem.EntityId is { } id)
            {
                json.WriteString("name", id);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
