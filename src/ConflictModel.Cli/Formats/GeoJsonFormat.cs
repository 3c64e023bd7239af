using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.GeoJson;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// GeoJSON (RFC 7946) through ConflictModel.GeoJson (docs/interop/geojson.md), written only: a
/// feature per engagement and per location, for maps and GIS tools. It is an export, not a way back:
/// what GeoJSON does not hold is counted, from each report's contents, into the loss report.
/// </summary>
internal sealed class GeoJsonFormat : ReportFormat
{
    private const string Why = "GeoJSON holds engagements and locations with their casualty totals (docs/interop/geojson.md); keep the JSON or STIX for the rest";

    /// <inheritdoc/>
    public override string Name => "geojson";

    /// <inheritdoc/>
    public override ImmutableArray<string> Extensions => [".geojson"];

    /// <inheritdoc/>
    public override string Description => "GeoJSON (RFC 7946), a feature per engagement and location; write only (docs/interop/geojson.md)";

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override IAsyncEnumerable<ConflictReport> ReadAsync(Stream input, LossReport losses, CancellationToken cancellationToken)
        => throw new NotSupportedException("GeoJSON is written, not read.");

    /// <inheritdoc/>
    public override async Task WriteAsync(Stream output, IAsyncEnumerable<ConflictReport> reports, LossReport losses, CancellationToken cancellationToken)
    {
        var report = await ReportLibrary.MergeAllAsync(reports, cancellationToken).ConfigureAwait(false);
        CountLosses(report, losses);
        await WriteDocumentAsync(output, memory => GeoJsonExport.Write(report, memory), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts what the report holds that GeoJSON does not (docs/interop/geojson.md, "What each consumer sees").</summary>
    internal static void CountLosses(ConflictReport report, LossReport losses)
    {
        losses.Add("claims: claims other than casualty claims", $"{Why}.", report.Claims.Count(c => c is not CasualtyClaim));
        losses.Add("attributions: quoted words and their spans in the source", $"{Why}.", report.Attributions.Length);
        losses.Add("mentions: names as printed and their spans", $"{Why}.", report.Mentions.Length);
        losses.Add("sources: all but their ids (kind, publisher, title, dates, text)", $"{Why}.", report.Sources.Length);
        losses.Add("actors: all but their ids (names, kinds, categories, affiliations, external ids)", $"{Why}.", report.Actors.Length);
        losses.Add(
            "participants: roles other than attacker, and identifications",
            $"{Why}.",
            report.Engagements.Sum(e => e.Participants.Count(p => p.Role is not (ParticipantRole.Attacker or ParticipantRole.Unspecified) || p.Identification is not null)));
        losses.Add("engagements: external ids and dataset fields", $"{Why}.", report.Engagements.Count(e => !e.ExternalIds.IsDefaultOrEmpty || !e.DatasetFields.IsDefaultOrEmpty));
        losses.Add(
            "locations: alternate names, the basis of points and dataset fields",
            $"{Why}.",
            report.Locations.Count(l => !l.AlternateNames.IsDefaultOrEmpty || l.Basis is not null || !l.DatasetFields.IsDefaultOrEmpty));
    }
}
