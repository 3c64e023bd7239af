using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// Writes a <see cref="ConflictReport"/> as a STIX 2.1 bundle that passes the official OASIS JSON
/// Schemas: identities and threat actors, locations, incidents and campaigns, a report per source,
/// notes for quoted statements and claims, relationships and sightings — each SDO carrying its
/// entity whole in the ConflictModel extension (<see cref="StixExtension"/>). See docs/interop/stix.md.
/// </summary>
/// <remarks>
/// Ids are UUIDv5 from one fixed namespace and the model's ids, and <c>created</c>/<c>modified</c>
/// are one given time (by default derived from the sources' publication dates), so the same report
/// always gives the same bundle, byte for byte. The returned <see cref="LossReport"/> says what a
/// STIX consumer that ignores the extension will not see. Stateless; safe to use from several threads.
/// </remarks>
public static class StixBundleWriter
{
    /// <summary>The media type of a STIX 2.1 bundle (as TAXII 2.1 names it).</summary>
    public const string MediaType = "application/stix+json;version=2.1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keeps non-ASCII text (Sandaré, typographic quotes) readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the bundle (UTF-8, no byte-order mark) to a stream.</summary>
    /// <param name="report">The report to export.</param>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="timestamp">The <c>created</c> and <c>modified</c> time of the report's objects; null for <see cref="DefaultTimestamp"/>.</param>
    /// <returns>What consumers that ignore the extension will not see.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LossReport Write(ConflictReport report, Stream utf8Json, Instant? timestamp = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var builder = new StixBundleBuilder(report, timestamp);
        var (objects, losses) = builder.Build();
        using var writer = new Utf8JsonWriter(utf8Json, Options);
        writer.WriteStartObject();
        writer.WriteString("type", "bundle");
        writer.WriteString("id", builder.BundleId);
        writer.WriteStartArray("objects");
        foreach (var stix in objects)
        {
            stix.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return losses;
    }

    /// <summary>Writes the bundle as a string.</summary>
    /// <param name="report">The report to export.</param>
    /// <param name="timestamp">As for <see cref="Write"/>.</param>
    /// <returns>The bundle's JSON, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteToString(ConflictReport report, Instant? timestamp = null)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer, timestamp);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>What a STIX consumer that ignores the extension will not see of a report, without writing it.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The same loss report <see cref="Write"/> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static LossReport Losses(ConflictReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new StixBundleBuilder(report, null).Build().Losses;
    }

    /// <summary>
    /// The time written as <c>created</c> and <c>modified</c> when none is given: midnight UTC of the
    /// last day any source may have been published on, or the Unix epoch when no source has a date.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static Instant DefaultTimestamp(ConflictReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return StixBundleBuilder.DefaultTime(report);
    }
}
