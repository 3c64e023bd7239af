using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// Builds the STIX objects of one report, in a fixed order (extension definition, producer, actors,
/// locations, engagements, reports, attribution notes, claim notes, relationships, sightings), with
/// the losses a consumer that ignores the extension would suffer. One use per report; not thread-safe.
/// </summary>
internal sealed class StixBundleBuilder
{
    /// <summary>The created/modified time of the extension definition and its producer: fixed, so that they stay one version everywhere.</summary>
    private static readonly Instant DefinitionTime = Instant.FromUtc(2026, 12, 1, 0, 0);

    private static readonly InstantPattern Timestamp = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'");

    private readonly ConflictReport _report;
    private readonly string _time;
    private readonly JsonObject _model;
    private readonly List<JsonObject> _objects = [];
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);
    private readonly List<LossEntry> _losses = [];
    private readonly Dictionary<ActorId, string> _actors = [];
    private readonly Dictionary<LocationId, string> _locations = [];
    private readonly Dictionary<EngagementId, string> _engagements = [];
    private readonly Dictionary<SourceId, string> _sources = [];
    private readonly Dictionary<ClaimId, string> _claims = [];
    private readonly Dictionary<AttributionId, string> _attributions = [];

    // Lookups built once, so that a report of n entities is written in about linear time.
    private readonly Dictionary<ActorId, Actor> _actorById = [];
    private readonly Dictionary<LocationId, Location> _locationById = [];
    private readonly Dictionary<SourceId, Source> _sourceById = [];
    private readonly Dictionary<AttributionId, SourceAttribution> _attributionById = [];
    private readonly Dictionary<Iso3166Code, Location> _countryLocations = [];
    private readonly Dictionary<AttributionId, List<Engagement>> _engagementsCiting = [];
    private readonly Dictionary<AttributionId, List<Claim>> _claimsCiting = [];
    private readonly Dictionary<SourceId, List<int>> _mentionsIn = [];
    private readonly HashSet<ActorId> _attackers = [];

    public StixBundleBuilder(ConflictReport report, Instant? timestamp)
    {
        _report = report;
        _time = Timestamp.Format(timestamp ?? DefaultTime(report));
        // The extension carries each entity in the model's own JSON: one serializer, one truth.
        _model = JsonNode.Parse(ConflictJson.SerializeToUtf8Bytes(report))!.AsObject();
        BundleId = StixIds.Create("bundle", "bundle:" + Convert.ToHexStringLower(SHA256.HashData(ConflictJson.SerializeToUtf8Bytes(report))));
    }

    public string BundleId { get; }

    public static string Format(Instant instant) => Timestamp.Format(instant);

    /// <summary>
    /// Without a given time, created/modified are midnight UTC of the last day any source may have been
    /// published on, so that the same report always gives the same bundle; the Unix epoch without sources' dates.
    /// </summary>
    public static Instant DefaultTime(ConflictReport report) =>
        report.Sources.Where(s => s.Published is not null)
            .Select(s => s.Published!.LastDate.AtMidnight().InUtc().ToInstant())
            .DefaultIfEmpty(NodaConstants.UnixEpoch)
            .Max();

    public (ImmutableArray<JsonObject> Objects, LossReport Losses) Build()
    {
        IndexIds();
        _objects.Add(ExtensionDefinition());
        _objects.Add(Producer());
        Each("actors", _report.Actors, ActorObject);
        Each("locations", _report.Locations, LocationObject);
        Each("engagements", _report.Engagements, EngagementObject);
        var reports = new List<(Source Source, JsonObject Report)>();
        Each("sources", _report.Sources, (source, json) =>
        {
            var report = SourceObject(source, json);
            reports.Add((source, report));
            return report;
        });
        Each("attributions", _report.Attributions, AttributionObject);
        Each("claims", _report.Claims, ClaimObject);
        Relationships();
        Sightings();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stix in _objects)
        {
            order.TryAdd(stix["id"]!.GetValue<string>(), order.Count);
        }

        var claimsBySource = _report.Claims.Where(c => c.Claimant.Source is not null).ToLookup(c => c.Claimant.Source!.Value);
        var attributionsBySource = _report.Attributions.ToLookup(a => a.Source);
        foreach (var (source, report) in reports)
        {
            report["object_refs"] = Array(ObjectRefs(source, attributionsBySource[source.Id], claimsBySource[source.Id], order));
        }

        return ([.. _objects], new LossReport([.. _losses]));
    }

    private void IndexIds()
    {
        foreach (var a in _report.Actors)
        {
            _actorById.TryAdd(a.Id, a);
        }

        foreach (var l in _report.Locations)
        {
            _locationById.TryAdd(l.Id, l);
            if (l.Kind == LocationKind.Country && l.IsoCode is { IsCountry: true } code)
            {
                _countryLocations.TryAdd(code, l);
            }
        }

        foreach (var s in _report.Sources)
        {
            _sourceById.TryAdd(s.Id, s);
        }

        foreach (var a in _report.Attributions)
        {
            _attributionById.TryAdd(a.Id, a);
        }

        foreach (var e in _report.Engagements)
        {
            foreach (var a in e.Attributions.Distinct())
            {
                Add(_engagementsCiting, a, e);
            }

            _attackers.UnionWith(e.Participants.Where(p => p.Role == ParticipantRole.Attacker).Select(p => p.Actor));
        }

        foreach (var c in _report.Claims)
        {
            foreach (var a in c.Attributions.Distinct())
            {
                Add(_claimsCiting, a, c);
            }
        }

        for (var i = 0; i < _report.Mentions.Length; i++)
        {
            Add(_mentionsIn, _report.Mentions[i].Source, i);
        }

        foreach (var a in _report.Actors)
        {
            _actors[a.Id] = StixIds.Create(ActorType(a), "actor:" + a.Id.Value);
        }

        foreach (var l in _report.Locations)
        {
            _locations[l.Id] = StixIds.Create("location", "location:" + l.Id.Value);
        }

        foreach (var e in _report.Engagements)
        {
            _engagements[e.Id] = StixIds.Create(e.Scope == EngagementScope.Campaign ? "campaign" : "incident", "engagement:" + e.Id.Value);
        }

        foreach (var s in _report.Sources)
        {
            _sources[s.Id] = StixIds.Create("report", "source:" + s.Id.Value);
        }

        foreach (var c in _report.Claims)
        {
            _claims[c.Id] = StixIds.Create("note", "claim:" + c.Id.Value);
        }

        foreach (var a in _report.Attributions)
        {
            _attributions[a.Id] = StixIds.Create("note", "attribution:" + a.Id.Value);
        }
    }

    private string ActorType(Actor actor) =>
        StixVocabulary.IsThreatActor(actor, _attackers.Contains(actor.Id)) ? "threat-actor" : "identity";

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>Adds one STIX object per entity, each with the entity's model JSON in the extension.</summary>
    private void Each<T>(string member, ImmutableArray<T> entities, Func<T, JsonObject, JsonObject> build)
    {
        var items = _model[member]?.AsArray();
        for (var i = 0; i < entities.Length; i++)
        {
            var json = items![i]!.AsObject();
            _objects.Add(build(entities[i], json));
        }
    }

    private JsonObject Common(string id, string entityKind, JsonObject entity, JsonObject? extra = null)
    {
        var stix = new JsonObject
        {
            ["type"] = id[..id.IndexOf("--", StringComparison.Ordinal)],
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = _time,
            ["modified"] = _time,
        };
        var extension = new JsonObject
        {
            ["extension_type"] = "property-extension",
            [StixExtension.SchemaVersionMember] = _model["schemaVersion"]!.DeepClone(),
            [StixExtension.EntityKindMember] = entityKind,
            [StixExtension.EntityMember] = entity.DeepClone(),
        };
        if (extra is not null)
        {
            foreach (var (key, value) in extra.ToArray())
            {
                extension[key] = value?.DeepClone();
            }
        }

        stix["__extension"] = extension; // moved to the end by Finish
        return stix;
    }

    /// <summary>Puts the extension last, after the properties a STIX consumer reads.</summary>
    private static JsonObject Finish(JsonObject stix)
    {
        var extension = stix["__extension"]!;
        stix.Remove("__extension");
        stix["extensions"] = new JsonObject { [StixExtension.DefinitionId] = extension };
        return stix;
    }

    private static JsonObject ExtensionDefinition() => new()
    {
        ["type"] = "extension-definition",
        ["spec_version"] = "2.1",
        ["id"] = StixExtension.DefinitionId,
        ["created_by_ref"] = StixExtension.ProducerId,
        ["created"] = Format(DefinitionTime),
        ["modified"] = Format(DefinitionTime),
        ["name"] = "ConflictModel",
        ["description"] = "Carries each ConflictModel entity (source, actor, location, engagement, claim, source attribution) whole, in ConflictModel's JSON format, beside the STIX properties derived from it: claims with their claimants, counts with bounds and wording, times and places with their precision, quoted text spans and mentions, which STIX has no properties for.",
        ["schema"] = StixExtension.SchemaUrl,
        ["version"] = StixExtension.Version,
        ["extension_types"] = Array(["property-extension"]),
    };

    private static JsonObject Producer() => new()
    {
        ["type"] = "identity",
        ["spec_version"] = "2.1",
        ["id"] = StixExtension.ProducerId,
        ["created"] = Format(DefinitionTime),
        ["modified"] = Format(DefinitionTime),
        ["name"] = "ConflictModel",
        ["description"] = "The ConflictModel library, which defines the ConflictModel STIX extension.",
        ["identity_class"] = "system",
    };

    private JsonObject ActorObject(Actor actor, JsonObject json)
    {
        var id = _actors[actor.Id];
        var stix = Common(id, "actor", json);
        stix["name"] = actor.Name.Text;
        var description = actor.Kind is ActorKind.UnnamedPerson or ActorKind.UnnamedGroup
            ? $"Unnamed {StixVocabulary.Words(actor.Kind)[8..]}, as the source describes: {actor.Name.Text}."
            : null;
        if (actor.Category is { } category)
        {
            description = $"{description} Conflict category: {StixVocabulary.Words(category)}.".TrimStart();
        }

        if (description is not null)
        {
            stix["description"] = description;
        }

        if (id.StartsWith("threat-actor", StringComparison.Ordinal))
        {
            // The vocabulary has no term for insurgents or militias; "terrorist" would be a judgement the
            // model does not make. The conflict category is in the description and the extension.
            stix["threat_actor_types"] = Array(["unknown"]);
            if (!actor.Aliases.IsEmpty)
            {
                stix["aliases"] = Array(actor.Aliases.Select(a => a.Text));
            }
        }
        else
        {
            stix["identity_class"] = StixVocabulary.IdentityClass(actor.Kind);
            var sectors = StixVocabulary.Sectors(actor.Category);
            if (sectors.Length > 0)
            {
                stix["sectors"] = Array(sectors);
            }

            if (!actor.Aliases.IsEmpty)
            {
                Lose($"actor:{actor.Id.Value}", "aliases", "a STIX identity has no aliases property");
            }
        }

        References(stix, actor.ExternalIds);
        if (actor.Country is { } country && !_countryLocations.ContainsKey(country))
        {
            Lose($"actor:{actor.Id.Value}", $"country {country.Value}", "identities and threat actors have no country property, and the report has no country location to relate them to");
        }

        if (!actor.Affiliations.IsDefaultOrEmpty)
        {
            Lose($"actor:{actor.Id.Value}", "the kind of each affiliation", "STIX has no relationship type for it: written as related-to with the kind in the description");
        }

        return Finish(stix);
    }

    private JsonObject LocationObject(Location location, JsonObject json)
    {
        var subject = $"location:{location.Id.Value}";
        var stix = Common(_locations[location.Id], "location", json);
        stix["name"] = location.Name.Text;
        stix["description"] = $"{StixVocabulary.Capitalised(StixVocabulary.Words(location.Kind))}.";
        if (location.Point is { } point)
        {
            stix["latitude"] = point.Latitude;
            stix["longitude"] = point.Longitude;
            if (location.Precision is { } precision)
            {
                stix["precision"] = StixVocabulary.PrecisionMetres[precision];
            }
        }

        var region = StixVocabulary.Region(location);
        var country = CountryOf(location);
        if (region is not null)
        {
            stix["region"] = region;
        }

        if (country is not null)
        {
            stix["country"] = country.Value.Value;
        }

        if (region is null && country is null && location.Point is null)
        {
            // STIX requires a region, a country or a point; the name is the only honest value left.
            var slug = string.Join('-', location.Name.Text.ToLowerInvariant().Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries));
            stix["region"] = slug;
            Lose(subject, $"a region from region-ov (written \"{slug}\")", "the place is not one of STIX's regions and has no country or point; validators warn on the value");
        }

        if (location.IsoCode is { IsSubdivision: true } subdivision)
        {
            stix["administrative_area"] = subdivision.Value;
        }

        if (location.Kind == LocationKind.Settlement)
        {
            stix["city"] = location.Name.Text;
        }

        References(stix, location.ExternalIds);
        if (location.Parent is not null)
        {
            Lose(subject, "the parent location", "STIX has no relationship between locations");
        }

        if (location.Precision is not null)
        {
            Lose(subject, "the place-precision class", "STIX precision is a radius in metres, from a table");
        }

        return Finish(stix);
    }

    private Iso3166Code? CountryOf(Location location)
    {
        var seen = new HashSet<LocationId>();
        for (var current = location; current is not null && seen.Add(current.Id);)
        {
            if (current.IsoCode is { } code)
            {
                return code.Country;
            }

            current = current.Parent is { } parent ? _locationById.GetValueOrDefault(parent) : null;
        }

        return null;
    }

    private JsonObject EngagementObject(Engagement engagement, JsonObject json)
    {
        var subject = $"engagement:{engagement.Id.Value}";
        var stix = Common(_engagements[engagement.Id], "engagement", json);
        stix["name"] = EngagementName(engagement);
        var description = engagement.Summary ?? stix["name"]!.GetValue<string>();
        if (engagement.Time is { } time)
        {
            description += $" When: {time}.";
        }

        stix["description"] = description;
        if (engagement.Scope == EngagementScope.Campaign && engagement.Time is { } span)
        {
            var (first, last) = Window(span);
            stix["first_seen"] = first;
            stix["last_seen"] = last;
        }
        else if (engagement.Time is not null)
        {
            Lose(subject, "the time as a timestamp", "a STIX incident has no time properties; it is in the description, and a sighting carries the window when an attacker is known");
        }

        References(stix, engagement.ExternalIds);
        Lose(subject, "event type, sub-event type and time precision as data", "STIX has no vocabulary for them: they are in the name and description only");
        if (engagement.Participants.Any(p => p.Role is ParticipantRole.Associate or ParticipantRole.Unspecified))
        {
            Lose(subject, "associate and unspecified participant roles", "written as related-to relationships");
        }

        return Finish(stix);
    }

    private string EngagementName(Engagement engagement)
    {
        var kind = engagement.SubType is { } sub ? StixVocabulary.Words(sub) : StixVocabulary.Words(engagement.Type);
        var places = engagement.Locations.Select(LocationName).ToArray();
        var scope = engagement.Scope == EngagementScope.Campaign ? "Campaign of " : string.Empty;
        return places.Length == 0 ? $"{scope}{StixVocabulary.Capitalised(kind)}" : StixVocabulary.Capitalised($"{scope}{kind} in {string.Join(", ", places)}");
    }

    /// <summary>The first and last instants a reported time may fall in, in UTC, to the millisecond.</summary>
    private static (string First, string Last) Window(ReportedTime time)
    {
        if (time.Instant is { } instant)
        {
            return (Format(instant), Format(instant));
        }

        var first = time.FirstDate.AtMidnight().InUtc().ToInstant();
        var last = time.LastDate.PlusDays(1).AtMidnight().InUtc().ToInstant() - Duration.FromMilliseconds(1);
        return (Format(first), Format(last));
    }

    private JsonObject SourceObject(Source source, JsonObject json)
    {
        var subject = $"source:{source.Id.Value}";
        var mentions = new JsonArray();
        // The model's JSON leaves out empty collections: no mentions, no "mentions" member.
        var items = _model["mentions"]?.AsArray();
        foreach (var i in _mentionsIn.GetValueOrDefault(source.Id) ?? [])
        {
            mentions.Add(items![i]!.DeepClone());
        }

        // STIX refuses an empty array in an extension (common/properties.json): no mentions, no member.
        var stix = Common(_sources[source.Id], "source", json, mentions.Count == 0 ? null : new JsonObject { [StixExtension.MentionsMember] = mentions });
        stix["name"] = source.Title ?? $"Source {source.Id.Value}";
        stix["description"] = $"{StixVocabulary.Capitalised(StixVocabulary.Words(source.Kind))}{(source.Publisher is null ? string.Empty : " published by " + source.Publisher)}.";
        stix["report_types"] = Array(["threat-report"]);
        if (source.Published is { } published)
        {
            stix["published"] = Window(published).First;
        }
        else
        {
            stix["published"] = _time;
            Lose(subject, "that the publication date is unknown", "a STIX report requires published: the bundle's time is written instead");
        }

        if (source.Language is { } language)
        {
            stix["lang"] = language.ToString();
        }

        var reference = new JsonObject { ["source_name"] = source.Publisher ?? "source", ["description"] = stix["name"]!.GetValue<string>() };
        if (source.Url is { } url)
        {
            reference["url"] = url.OriginalString;
        }

        if (source.TextSha256 is { } sha)
        {
            reference["hashes"] = new JsonObject { ["SHA-256"] = sha.ToString() };
        }

        stix["external_references"] = new JsonArray([reference, .. source.ExternalIds.Select(e => (JsonNode)new JsonObject { ["source_name"] = e.Scheme, ["external_id"] = e.Value })]);
        stix["object_refs"] = new JsonArray(); // filled in once every object exists
        if (source.Text is not null)
        {
            Lose(subject, "the source's full text", "STIX reports do not carry documents; only the extension has it (its SHA-256 is in the external reference)");
        }

        if (mentions.Count > 0)
        {
            Lose(subject, $"{mentions.Count} mentions (printed forms, spans, resolution confidence)", "STIX has no object for them");
        }

        return Finish(stix);
    }

    private JsonObject AttributionObject(SourceAttribution attribution, JsonObject json)
    {
        var stix = Common(_attributions[attribution.Id], "attribution", json);
        var speaker = attribution.Speaker is { } s ? ActorName(s) : null;
        stix["abstract"] = $"{StixVocabulary.Capitalised(StixVocabulary.Words(attribution.Mode))}, {StixVocabulary.Words(attribution.Channel)}{(speaker is null ? string.Empty : ", by " + speaker)}";
        stix["content"] = attribution.Quote.Exact;
        stix["authors"] = Array([speaker ?? SourceName(attribution.Source)]);
        var citing = (_engagementsCiting.GetValueOrDefault(attribution.Id) ?? []).Select(e => _engagements[e.Id])
            .Concat((_claimsCiting.GetValueOrDefault(attribution.Id) ?? []).Select(c => _claims[c.Id]))
            .Append(_sources[attribution.Source]);
        stix["object_refs"] = Array(citing.Distinct());
        if (attribution.Grade is { } grade && StixVocabulary.Confidence(grade.Credibility) is { } confidence)
        {
            stix["confidence"] = confidence;
        }

        Lose($"attribution:{attribution.Id.Value}", "the quote's position in the text and its context", "STIX notes have no text selectors");
        if (attribution.Grade is not null)
        {
            Lose($"attribution:{attribution.Id.Value}", "the source-reliability letter of the Admiralty grade", "STIX confidence maps credibility only");
        }

        return Finish(stix);
    }

    private JsonObject ClaimObject(Claim claim, JsonObject json)
    {
        var stix = Common(_claims[claim.Id], "claim", json);
        var claimant = claim.Claimant.Actor is { } actor ? ActorName(actor) : SourceName(claim.Claimant.Source!.Value);
        stix["abstract"] = $"{StixVocabulary.Capitalised(StixVocabulary.Words(claim.Kind))} claim by {claimant}";
        stix["content"] = $"{claimant} claims: {StixClaimText.Describe(claim, ActorName, LocationName)}{(claim.Status == ClaimStatus.Asserted ? string.Empty : $" ({StixVocabulary.Words(claim.Status)})")}";
        stix["authors"] = Array([claimant]);
        stix["object_refs"] = Array(claim.Subjects.Select(Ref).Distinct());
        var confidences = claim.Attributions
            .Select(id => _attributionById.GetValueOrDefault(id)?.Grade)
            .Where(g => g is not null)
            .Select(g => StixVocabulary.Confidence(g!.Value.Credibility))
            .Where(c => c is not null)
            .ToArray();
        if (confidences.Length > 0)
        {
            stix["confidence"] = confidences.Max();
        }

        Lose($"claim:{claim.Id.Value}", "the claim as data (claimant, kind, counts with qualifier and bounds, status)", "STIX has no claim object: a note says it in words");
        return Finish(stix);
    }

    private void Relationships()
    {
        foreach (var actor in _report.Actors)
        {
            foreach (var affiliation in actor.Affiliations)
            {
                Relationship(_actors[actor.Id], "related-to", _actors[affiliation.Target], $"{actor.Name.Text}: {StixVocabulary.Words(affiliation.Kind)} {ActorName(affiliation.Target)}.", "affiliation:" + StixVocabulary.Name(affiliation.Kind));
            }

            if (actor.Country is { } country && _countryLocations.GetValueOrDefault(country) is { } place)
            {
                Relationship(_actors[actor.Id], "located-at", _locations[place.Id], null, "country");
            }
        }

        foreach (var engagement in _report.Engagements)
        {
            var from = _engagements[engagement.Id];
            foreach (var participant in engagement.Participants)
            {
                var type = participant.Role switch
                {
                    ParticipantRole.Attacker => "attributed-to",
                    ParticipantRole.Defender or ParticipantRole.Target or ParticipantRole.Victim => "targets",
                    _ => "related-to",
                };
                Relationship(from, type, _actors[participant.Actor], $"{StixVocabulary.Capitalised(StixVocabulary.Words(participant.Role))}: {ActorName(participant.Actor)}.", "role:" + StixVocabulary.Name(participant.Role));
            }

            foreach (var location in engagement.Locations)
            {
                Relationship(from, "located-at", _locations[location], null, "place");
            }

            if (engagement.Campaign is { } campaign)
            {
                Relationship(from, "related-to", _engagements[campaign], "Part of the campaign.", "campaign");
            }
        }
    }

    private void Relationship(string from, string type, string to, string? description, string discriminator)
    {
        var id = StixIds.Create("relationship", $"relationship:{from}|{type}|{to}|{discriminator}");
        if (!_relationshipIds.Add(id))
        {
            return;
        }

        var stix = new JsonObject
        {
            ["type"] = "relationship",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = _time,
            ["modified"] = _time,
            ["relationship_type"] = type,
        };
        if (description is not null)
        {
            stix["description"] = description;
        }

        stix["source_ref"] = from;
        stix["target_ref"] = to;
        _objects.Add(stix);
    }

    /// <summary>An event with a known attacker that STIX calls a threat actor, a time and a place: the attacker was sighted there then.</summary>
    private void Sightings()
    {
        foreach (var engagement in _report.Engagements.Where(e => e.Scope == EngagementScope.Event && e.Time is not null && !e.Locations.IsEmpty))
        {
            var (first, last) = Window(engagement.Time!);
            foreach (var attacker in engagement.Participants.Where(p => p.Role == ParticipantRole.Attacker).Select(p => p.Actor).Distinct())
            {
                var of = _actors[attacker];
                if (!of.StartsWith("threat-actor", StringComparison.Ordinal))
                {
                    continue;
                }

                _objects.Add(new JsonObject
                {
                    ["type"] = "sighting",
                    ["spec_version"] = "2.1",
                    ["id"] = StixIds.Create("sighting", $"sighting:{engagement.Id.Value}|{attacker.Value}"),
                    ["created"] = _time,
                    ["modified"] = _time,
                    ["description"] = $"{ActorName(attacker)}, attacker in: {EngagementName(engagement)}.",
                    ["first_seen"] = first,
                    ["last_seen"] = last,
                    ["count"] = 1,
                    ["sighting_of_ref"] = of,
                    ["where_sighted_refs"] = Array(engagement.Locations.Select(l => _locations[l])),
                });
            }
        }
    }

    /// <summary>What a source's report SDO refers to: everything its statements, claims and mentions touch, in bundle order.</summary>
    private IEnumerable<string> ObjectRefs(Source source, IEnumerable<SourceAttribution> attributions, IEnumerable<Claim> ownClaims, Dictionary<string, int> order)
    {
        var refs = new HashSet<string>(StringComparer.Ordinal);
        var engagements = new List<Engagement>();
        var claims = new List<Claim>(ownClaims);
        foreach (var attribution in attributions)
        {
            refs.Add(_attributions[attribution.Id]);
            if (attribution.Speaker is { } speaker)
            {
                refs.Add(_actors[speaker]);
            }

            engagements.AddRange(_engagementsCiting.GetValueOrDefault(attribution.Id) ?? []);
            claims.AddRange(_claimsCiting.GetValueOrDefault(attribution.Id) ?? []);
        }

        foreach (var engagement in engagements)
        {
            refs.Add(_engagements[engagement.Id]);
            refs.UnionWith(engagement.Participants.Select(p => _actors[p.Actor]));
            refs.UnionWith(engagement.Locations.Select(l => _locations[l]));
        }

        foreach (var claim in claims)
        {
            refs.Add(_claims[claim.Id]);
            refs.UnionWith(claim.Subjects.Select(Ref));
            if (claim.Claimant.Actor is { } actor)
            {
                refs.Add(_actors[actor]);
            }
        }

        refs.UnionWith((_mentionsIn.GetValueOrDefault(source.Id) ?? []).Select(i => Ref(_report.Mentions[i].Entity)));
        refs.Remove(_sources[source.Id]);
        if (refs.Count == 0)
        {
            // A report SDO must refer to something: a source nothing cites stands for the whole report.
            refs.UnionWith(_actors.Values.Concat(_locations.Values).Concat(_engagements.Values));
        }

        if (refs.Count == 0)
        {
            // A report with nothing else in it: STIX still wants a reference, and the producer is the one honest one.
            refs.Add(StixExtension.ProducerId);
            Lose($"source:{source.Id.Value}", "that the source supports nothing", "a STIX report needs object_refs: it names the ConflictModel producer identity");
        }

        return refs.Where(order.ContainsKey).OrderBy(r => order[r]);
    }

    private string Ref(EntityReference reference) => reference.Kind switch
    {
        EntityKind.Actor => _actors[ActorId.Create(reference.Id)],
        EntityKind.Location => _locations[LocationId.Create(reference.Id)],
        EntityKind.Engagement => _engagements[EngagementId.Create(reference.Id)],
        EntityKind.Source => _sources[SourceId.Create(reference.Id)],
        EntityKind.Claim => _claims[ClaimId.Create(reference.Id)],
        _ => throw new InvalidOperationException($"A {reference.Kind} cannot be referred to."),
    };

    private static void References(JsonObject stix, ImmutableArray<ExternalId> externalIds)
    {
        if (!externalIds.IsDefaultOrEmpty)
        {
            stix["external_references"] = new JsonArray(externalIds.Select(e => (JsonNode)new JsonObject { ["source_name"] = e.Scheme, ["external_id"] = e.Value }).ToArray());
        }
    }

    private string ActorName(ActorId id) => _actorById.GetValueOrDefault(id)?.Name.Text ?? id.Value;

    private string LocationName(LocationId id) => _locationById.GetValueOrDefault(id)?.Name.Text ?? id.Value;

    private string SourceName(SourceId id) => _sourceById.GetValueOrDefault(id) is { } s ? s.Publisher ?? s.Title ?? id.Value : id.Value;

    private void Lose(string subject, string lost, string reason) => _losses.Add(new LossEntry(subject, lost, reason));

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
