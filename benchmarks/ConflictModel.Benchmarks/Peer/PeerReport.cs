using System.Collections.Generic;

namespace ConflictModel.Benchmarks.Peer;

// What a user without ConflictModel would write to read and write the same JSON: plain classes that
// mirror docs/json-format.md and docs/schema member for member, mutable, nullable, List<T>, with
// enumeration values, dates and ids kept as the strings they are, and no checks at all. Claims are
// one class with the members of every kind (the discriminator is a string like any other); the
// members are declared in the order the format writes them, so that the peer writes the same bytes.
// Properties carry no documentation: each is the JSON member of the same name.

/// <summary>The report document: the peer's mirror of <c>ConflictReport</c>'s JSON.</summary>
public sealed class PeerReport
{
    public string? SchemaVersion { get; set; }

    public List<PeerSource>? Sources { get; set; }

    public List<PeerActor>? Actors { get; set; }

    public List<PeerLocation>? Locations { get; set; }

    public List<PeerEngagement>? Engagements { get; set; }

    public List<PeerClaim>? Claims { get; set; }

    public List<PeerAttribution>? Attributions { get; set; }

    public List<PeerMention>? Mentions { get; set; }

    public List<PeerDatasetField>? DatasetFields { get; set; }
}

/// <summary>A source.</summary>
public sealed class PeerSource
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Language { get; set; }

    public PeerTime? Published { get; set; }

    public string? Url { get; set; }

    public string? Text { get; set; }

    public string? TextSha256 { get; set; }

    public List<PeerExternalId>? ExternalIds { get; set; }

    public List<PeerDatasetField>? DatasetFields { get; set; }
}

/// <summary>An actor.</summary>
public sealed class PeerActor
{
    public string? Id { get; set; }

    public PeerName? Name { get; set; }

    public string? Kind { get; set; }

    public List<PeerName>? Aliases { get; set; }

    public string? Category { get; set; }

    public string? Country { get; set; }

    public List<PeerAffiliation>? Affiliations { get; set; }

    public List<PeerExternalId>? ExternalIds { get; set; }

    public List<PeerDatasetField>? DatasetFields { get; set; }
}

/// <summary>A location.</summary>
public sealed class PeerLocation
{
    public string? Id { get; set; }

    public PeerName? Name { get; set; }

    public string? Kind { get; set; }

    public List<PeerName>? AlternateNames { get; set; }

    public string? Parent { get; set; }

    public string? IsoCode { get; set; }

    public PeerPoint? Point { get; set; }

    public string? Precision { get; set; }

    public List<PeerExternalId>? ExternalIds { get; set; }

    public string? Basis { get; set; }

    public List<PeerDatasetField>? DatasetFields { get; set; }
}

/// <summary>An engagement.</summary>
public sealed class PeerEngagement
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Scope { get; set; }

    public string? SubType { get; set; }

    public PeerTime? Time { get; set; }

    public List<string>? Locations { get; set; }

    public List<PeerParticipant>? Participants { get; set; }

    public string? Campaign { get; set; }

    public List<string>? Attributions { get; set; }

    public string? Summary { get; set; }

    public List<PeerExternalId>? ExternalIds { get; set; }

    public List<PeerDatasetField>? DatasetFields { get; set; }
}

/// <summary>A claim of any kind: the common members, then those of every kind.</summary>
public sealed class PeerClaim
{
    public string? Kind { get; set; }

    public string? Id { get; set; }

    public PeerClaimant? Claimant { get; set; }

    public List<PeerReference>? Subjects { get; set; }

    public List<string>? Attributions { get; set; }

    public string? Status { get; set; }

    public List<PeerExternalId>? ExternalIds { get; set; }

    public List<PeerDatasetField>? DatasetFields { get; set; }

    public PeerCount? Count { get; set; }

    public string? Outcome { get; set; }

    public string? Victims { get; set; }

    public string? Controller { get; set; }

    public string? Change { get; set; }

    public List<string>? Places { get; set; }

    public PeerCount? Extent { get; set; }

    public string? Responsible { get; set; }

    public string? Prevailing { get; set; }

    public string? Action { get; set; }

    public List<PeerMaterielItem>? Items { get; set; }

    public string? Taker { get; set; }

    public string? From { get; set; }

    public string? Characterisation { get; set; }

    public string? Assessment { get; set; }
}

/// <summary>A source attribution.</summary>
public sealed class PeerAttribution
{
    public string? Id { get; set; }

    public string? Source { get; set; }

    public PeerSpan? Quote { get; set; }

    public string? Mode { get; set; }

    public string? Channel { get; set; }

    public string? Speaker { get; set; }

    public PeerTime? StatedAt { get; set; }

    public string? Grade { get; set; }

    public string? ChannelWording { get; set; }
}

/// <summary>A mention.</summary>
public sealed class PeerMention
{
    public string? Id { get; set; }

    public PeerReference? Entity { get; set; }

    public string? Source { get; set; }

    public PeerSpan? Span { get; set; }

    public string? Confidence { get; set; }

    public string? Rationale { get; set; }
}

/// <summary>A reported time.</summary>
public sealed class PeerTime
{
    public string? Instant { get; set; }

    public string? LocalDateTime { get; set; }

    public string? Zone { get; set; }

    public string? Date { get; set; }

    public PeerDateRange? DateRange { get; set; }

    public string? YearMonth { get; set; }

    public int? Year { get; set; }

    public string? PartOfDay { get; set; }

    public string? Wording { get; set; }

    public string? Basis { get; set; }
}

/// <summary>A range of dates.</summary>
public sealed class PeerDateRange
{
    public string? Start { get; set; }

    public string? End { get; set; }
}

/// <summary>A count estimate.</summary>
public sealed class PeerCount
{
    public string? Qualifier { get; set; }

    public int? Value { get; set; }

    public int? Min { get; set; }

    public int? Max { get; set; }

    public string? Wording { get; set; }

    public string? Counted { get; set; }
}

/// <summary>A span of a source's text.</summary>
public sealed class PeerSpan
{
    public int? Start { get; set; }

    public int? End { get; set; }

    public string? Exact { get; set; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }
}

/// <summary>A name in a language.</summary>
public sealed class PeerName
{
    public string? Text { get; set; }

    public string? Language { get; set; }
}

/// <summary>A point.</summary>
public sealed class PeerPoint
{
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// <summary>An id in another scheme.</summary>
public sealed class PeerExternalId
{
    public string? Scheme { get; set; }

    public string? Value { get; set; }
}

/// <summary>A field of a dataset kept as it was.</summary>
public sealed class PeerDatasetField
{
    public string? Dataset { get; set; }

    public string? Name { get; set; }

    public string? Value { get; set; }
}

/// <summary>An affiliation of an actor.</summary>
public sealed class PeerAffiliation
{
    public string? Kind { get; set; }

    public string? Target { get; set; }

    public List<string>? Attributions { get; set; }
}

/// <summary>A participant of an engagement.</summary>
public sealed class PeerParticipant
{
    public string? Actor { get; set; }

    public string? Role { get; set; }

    public PeerIdentification? Identification { get; set; }
}

/// <summary>Who a participant is believed to be.</summary>
public sealed class PeerIdentification
{
    public string? Actor { get; set; }

    public string? Basis { get; set; }

    public List<string>? Claims { get; set; }
}

/// <summary>Who makes a claim.</summary>
public sealed class PeerClaimant
{
    public string? Actor { get; set; }

    public string? Source { get; set; }
}

/// <summary>A reference to an entity of some kind.</summary>
public sealed class PeerReference
{
    public string? Kind { get; set; }

    public string? Id { get; set; }
}

/// <summary>An item of materiel.</summary>
public sealed class PeerMaterielItem
{
    public string? Category { get; set; }

    public string? Wording { get; set; }

    public PeerCount? Count { get; set; }
}
