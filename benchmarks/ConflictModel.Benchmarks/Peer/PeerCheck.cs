using System;
using System.Collections.Generic;

namespace ConflictModel.Benchmarks.Peer;

/// <summary>
/// Makes sure the peer really reads and writes every member of a benchmark's document before it is
/// measured, so that it cannot look fast by skipping part of it: the peer's classes read the
/// model's JSON (refusing any member they lack), hold as many entities of each kind as the report,
/// write back exactly the model's bytes, and the hand-written reference check finds nothing wrong
/// in the document and what is wrong in a broken copy of it.
/// </summary>
public static class PeerCheck
{
    /// <summary>Checks the peer on a report and the model's JSON of it.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8">The model's JSON of the report.</param>
    /// <returns>The peer's classes as read from <paramref name="utf8"/>.</returns>
    /// <exception cref="InvalidOperationException">The peer does not read or write the document as the model does.</exception>
    public static PeerReport Check(ConflictReport report, byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8);
        var peer = PeerJson.Deserialize(utf8);
        Expect("sources", report.Sources.Length, peer.Sources);
        Expect("actors", report.Actors.Length, peer.Actors);
        Expect("locations", report.Locations.Length, peer.Locations);
        Expect("engagements", report.Engagements.Length, peer.Engagements);
        Expect("claims", report.Claims.Length, peer.Claims);
        Expect("attributions", report.Attributions.Length, peer.Attributions);
        Expect("mentions", report.Mentions.Length, peer.Mentions);
        Expect("datasetFields", report.DatasetFields.Length, peer.DatasetFields);

        var written = PeerJson.SerializeToUtf8Bytes(peer);
        var common = written.AsSpan().CommonPrefixLength(utf8);
        if (common != utf8.Length || written.Length != utf8.Length)
        {
            throw new InvalidOperationException($"The peer writes other bytes than the model from byte {common} on (of {utf8.Length}); it does not mirror the format.");
        }

        if (!ConflictJson.Deserialize(written).Equals(report))
        {
            throw new InvalidOperationException("The peer's JSON reads back as another report.");
        }

        if (PeerReferences.CountProblems(peer) is not 0 and var problems)
        {
            throw new InvalidOperationException($"The peer's reference check finds {problems} problems in a valid report.");
        }

        // A copy with one id used twice and one reference that resolves to nothing: two problems.
        var broken = PeerJson.Deserialize(utf8);
        broken.Sources!.Add(broken.Sources[0]);
        broken.Attributions![0].Source = "no-such-source";
        if (PeerReferences.CountProblems(broken) is not 2 and var found)
        {
            throw new InvalidOperationException($"The peer's reference check finds {found} problems where there are 2.");
        }

        return peer;
    }

    private static void Expect<T>(string section, int expected, List<T>? actual)
    {
        if ((actual?.Count ?? 0) != expected)
        {
            throw new InvalidOperationException($"The peer read {actual?.Count ?? 0} {section} where the report has {expected}.");
        }
    }
}
