using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// Reads a STIX 2.1 bundle into a <see cref="ConflictReport"/>. Objects that carry the ConflictModel
/// extension read back exactly (a bundle this library wrote gives back an equal report); other
/// identities, threat actors, locations, campaigns, incidents, relationships and reports are mapped
/// to what the model can hold; everything else is skipped and listed in the loss report.
/// </summary>
/// <remarks>
/// Relationships and sightings between objects that carry the extension were derived from it on
/// writing and are not read again. Stateless; safe to use from several threads.
/// </remarks>
public static partial class StixBundleReader
{
    private static readonly HashSet<string> Base = new(StringComparer.Ordinal) { "type", "spec_version", "id", "created", "modified" };

    /// <summary>Reads a bundle from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, left open.</param>
    /// <returns>The report and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="StixFormatException">The document is not a STIX bundle, or an object carrying the extension does not read.</exception>
    public static StixReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var document = Parse(() => JsonDocument.Parse(utf8Json));
        return Read(document.RootElement);
    }

    /// <summary>Reads a bundle from a string.</summary>
    /// <param name="json">The bundle's JSON.</param>
    /// <returns>The report and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="StixFormatException">As for <see cref="Read(Stream)"/>.</exception>
    public static StixReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(() => JsonDocument.Parse(json));
        return Read(document.RootElement);
    }

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new StixFormatException("$", $"The document is not JSON: {e.Message}", e);
        }
    }

    private static StixReadResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "bundle" || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            throw new StixFormatException("$", "The document is not a STIX bundle: it needs \"type\": \"bundle\" and an \"objects\" array.");
        }

        var all = new List<(string Id, string Type, JsonElement Json)>();
        var index = 0;
        foreach (var stix in objects.EnumerateArray())
        {
            var location = $"objects[{index++}]";
            if (stix.ValueKind != JsonValueKind.Object || Text(stix, "type") is not { } type || Text(stix, "id") is not { } id)
            {
                throw new StixFormatException(location, "A STIX object needs a string \"type\" and \"id\".");
            }

            all.Add((id, type, stix));
        }

        var own = new OwnEntities();
        var foreign = new List<(string Id, string Type, JsonElement Json)>();
        foreach (var (id, type, stix) in all)
        {
            if (stix.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                && extensions.TryGetProperty(StixExtension.DefinitionId, out var extension))
            {
                own.Add(id, extension);
            }
            else if (id is not (StixExtension.DefinitionId or StixExtension.ProducerId))
            {
                foreign.Add((id, type, stix));
            }
        }

        var losses = new List<LossEntry>();
        var ownIds = own.Ids;
        // Relationships and sightings among our own objects were derived from the extension when written.
        foreign.RemoveAll(f => f.Type is "relationship" or "sighting" && References(f.Json).All(ownIds.Contains));
        var report = own.ToReport();
        return new StixReadResult(new ForeignMapping(foreign, losses).Into(report), new LossReport([.. losses]));
    }

    private static IEnumerable<string> References(JsonElement stix) =>
        stix.EnumerateObject().SelectMany(p =>
            p.Name.EndsWith("_ref", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!]
            : p.Name.EndsWith("_refs", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty)
            : []);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The entities that objects carry in the extension, reassembled into the model's JSON and read by its strict reader.</summary>
    private sealed class OwnEntities
    {
        private static readonly string[] Kinds = ["source", "actor", "location", "engagement", "claim", "attribution"];
        private readonly Dictionary<string, List<JsonElement>> _entities = Kinds.ToDictionary(k => k, _ => new List<JsonElement>(), StringComparer.Ordinal);
        private readonly List<JsonElement> _mentions = [];
        private string? _schemaVersion;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal) { StixExtension.DefinitionId, StixExtension.ProducerId };

        public void Add(string id, JsonElement extension)
        {
            var kind = Text(extension, StixExtension.EntityKindMember);
            var version = Text(extension, StixExtension.SchemaVersionMember);
            if (kind is null || !_entities.TryGetValue(kind, out var list) || !extension.TryGetProperty(StixExtension.EntityMember, out var entity) || version is null)
            {
                throw new StixFormatException(id, $"The ConflictModel extension needs \"{StixExtension.SchemaVersionMember}\", \"{StixExtension.EntityKindMember}\" (one of {string.Join(", ", Kinds)}) and \"{StixExtension.EntityMember}\".");
            }

            if (_schemaVersion is not null && _schemaVersion != version)
            {
                throw new StixFormatException(id, $"The extension's schema version {version} differs from {_schemaVersion} of the objects before it.");
            }

            _schemaVersion = version;
            list.Add(entity);
            if (kind == "source" && extension.TryGetProperty(StixExtension.MentionsMember, out var mentions) && mentions.ValueKind == JsonValueKind.Array)
            {
                _mentions.AddRange(mentions.EnumerateArray());
            }

            Ids.Add(id);
        }

        public ConflictReport ToReport()
        {
            if (_schemaVersion is null)
            {
                return ConflictReport.Empty;
            }

            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("schemaVersion", _schemaVersion);
                Write(writer, "sources", _entities["source"]);
                Write(writer, "actors", _entities["actor"]);
                Write(writer, "locations", _entities["location"]);
                Write(writer, "engagements", _entities["engagement"]);
                Write(writer, "claims", _entities["claim"]);
                Write(writer, "attributions", _entities["attribution"]);
                Write(writer, "mentions", _mentions);
                writer.WriteEndObject();
            }

            try
            {
                return ConflictJson.Deserialize(buffer.WrittenSpan);
            }
            catch (ConflictJsonException e)
            {
                throw new StixFormatException("$", $"The entities in the ConflictModel extension do not read: {e.Message}", e);
            }
        }

        private static void Write(Utf8JsonWriter writer, string name, List<JsonElement> items)
        {
            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Maps objects without the extension to what the model can hold, noting each thing it cannot.</summary>
    private sealed class ForeignMapping(List<(string Id, string Type, JsonElement Json)> objects, List<LossEntry> losses)
    {
        private readonly Dictionary<string, (string Type, JsonElement Json)> _byId = objects.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().Type, g.First().Json), StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Actor, ParticipantRole Role)>> _participants = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _places = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Iso3166Code> _countries = new(StringComparer.Ordinal);

        public ConflictReport Into(ConflictReport own)
        {
            foreach (var (id, type, json) in objects.Where(o => o.Type == "relationship"))
            {
                Relationship(id, json);
            }

            var sources = new List<Source>();
            var actors = new List<Actor>();
            var locations = new List<Location>();
            var engagements = new List<Engagement>();
            foreach (var (id, type, json) in objects)
            {
                switch (type)
                {
                    case "identity" or "threat-actor":
                        actors.Add(ActorFrom(id, type, json));
                        break;
                    case "location":
                        locations.Add(LocationFrom(id, json));
                        break;
                    case "campaign" or "incident":
                        engagements.Add(EngagementFrom(id, type, json));
                        break;
                    case "report":
                        sources.Add(SourceFrom(id, json));
                        break;
                    case "relationship":
                        break;
                    default:
                        Lose(id, $"the whole {type} object", $"the model has no {type}");
                        break;
                }
            }

            return StixForeignEntities.Merge(own, sources, actors, locations, engagements);
        }

        private void Relationship(string id, JsonElement json)
        {
            var type = Text(json, "relationship_type") ?? string.Empty;
            var from = Text(json, "source_ref") ?? string.Empty;
            var to = Text(json, "target_ref") ?? string.Empty;
            var fromType = TypeOf(from);
            var toType = TypeOf(to);
            var engagement = fromType is "campaign" or "incident";
            var actor = toType is "identity" or "threat-actor";
            if (engagement && actor && type is "attributed-to" or "targets")
            {
                List(_participants, from).Add((to, type == "attributed-to" ? ParticipantRole.Attacker : ParticipantRole.Target));
            }
            else if (engagement && toType == "location" && type is "targets" or "located-at")
            {
                List(_places, from).Add(to);
            }
            else if (fromType is "identity" or "threat-actor" && toType == "location" && type == "located-at"
                && Text(_byId[to].Json, "country") is { } country && Country(country) is { } code)
            {
                _countries[from] = code;
            }
            else
            {
                Lose(id, $"relationship {fromType ?? from} {type} {toType ?? to}", "the model has no relation of that kind between these entities");
                return;
            }

            Unmapped(id, json, "relationship_type", "source_ref", "target_ref");
        }

        private Actor ActorFrom(string id, string type, JsonElement json)
        {
            var name = Name(json, id);
            var identityClass = Text(json, "identity_class");
            var kind = identityClass switch
            {
                "individual" => ActorKind.Person,
                _ => ActorKind.Organisation,
            };
            if (type == "identity" && identityClass is not ("individual" or "organization" or null))
            {
                Lose(id, $"identity class {identityClass}", "read as an organisation: the model's actors are organisations, persons and unnamed persons or groups");
            }

            var aliases = type == "threat-actor" && json.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray()
                : [];
            Unmapped(id, json, "name", "identity_class", "aliases", "external_references");
            return StixForeignEntities.Actor(id, name, kind, aliases, _countries.TryGetValue(id, out var c) ? c : null, ExternalIds(id, json));
        }

        private Location LocationFrom(string id, JsonElement json)
        {
            var country = Text(json, "country");
            var city = Text(json, "city");
            var area = Text(json, "administrative_area");
            var region = Text(json, "region");
            GeoPoint? point = json.TryGetProperty("latitude", out var lat) && json.TryGetProperty("longitude", out var lon)
                && lat.TryGetDouble(out var latitude) && lon.TryGetDouble(out var longitude) && Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180
                ? new GeoPoint(latitude, longitude)
                : null;
            PlacePrecision? precision = json.TryGetProperty("precision", out var p) && p.TryGetDouble(out var metres) ? StixVocabulary.PrecisionOf(metres) : null;
            var kind = city is not null ? LocationKind.Settlement
                : area is not null ? LocationKind.FirstOrderDivision
                : country is not null && point is null ? LocationKind.Country
                : region is not null && point is null ? LocationKind.MultiCountryRegion
                : LocationKind.Settlement;
            Iso3166Code? iso = kind == LocationKind.Country && country is not null ? Country(country)
                : area is not null && Subdivision().IsMatch(area) ? new Iso3166Code(area)
                : null;
            if (country is not null && iso is null)
            {
                Lose(id, $"country {country}", kind == LocationKind.Country ? "not an ISO 3166-1 alpha-2 code" : "the model places a location in a country through a parent location, and the bundle has none");
            }

            if (region is not null && kind != LocationKind.MultiCountryRegion)
            {
                Lose(id, $"region {region}", "the model places a location in a region through a parent location, and the bundle has none");
            }

            if (area is not null && iso is null)
            {
                Lose(id, $"administrative area {area}", "not an ISO 3166-2 code");
            }

            if (precision is not null && point is not null && json.TryGetProperty("precision", out var exact))
            {
                Lose(id, $"precision {exact.GetRawText()} m", $"read as the nearest place-precision class, {StixVocabulary.Name(precision.Value)}");
            }

            Unmapped(id, json, "name", "country", "city", "administrative_area", "region", "latitude", "longitude", "precision", "external_references");
            var name = Text(json, "name") ?? city ?? area ?? country ?? region ?? id;
            return StixForeignEntities.Location(id, string.IsNullOrWhiteSpace(name) ? id : name, kind, iso, point, precision, ExternalIds(id, json));
        }

        private Engagement EngagementFrom(string id, string type, JsonElement json)
        {
            var description = Text(json, "description");
            var name = Text(json, "name");
            ReportedTime? time = null;
            if (Instant(json, "first_seen") is { } first && Instant(json, "last_seen") is { } last && last >= first)
            {
                var (start, end) = (first.InUtc().Date, last.InUtc().Date);
                time = start == end ? ReportedTime.OnDate(start) : ReportedTime.Between(start, end);
                Lose(id, "first_seen and last_seen as instants", "read as the UTC dates they fall on");
            }
            else if (json.TryGetProperty("first_seen", out _) || json.TryGetProperty("last_seen", out _))
            {
                Lose(id, "first_seen or last_seen", "the model's time needs both ends of the window, last not before first");
            }

            Lose(id, "the event type", $"STIX does not say it: read as {StixVocabulary.Name(EventType.StrategicDevelopments)}");
            if (description is not null && name is not null)
            {
                Lose(id, $"the name \"{name}\"", "an engagement has no name: its summary is the description");
            }

            Unmapped(id, json, "name", "description", "first_seen", "last_seen");
            return StixForeignEntities.Engagement(
                id,
                type == "campaign" ? EngagementScope.Campaign : EngagementScope.Event,
                time,
                _places.GetValueOrDefault(id) ?? [],
                _participants.GetValueOrDefault(id) ?? [],
                description ?? name);
        }

        private Source SourceFrom(string id, JsonElement json)
        {
            LanguageTag? language = null;
            if (Text(json, "lang") is { } lang)
            {
                try
                {
                    language = new LanguageTag(lang);
                }
                catch (ArgumentException)
                {
                    Lose(id, $"language {lang}", "not a well-formed BCP 47 tag");
                }
            }

            var url = ExternalReferences(json).Select(r => Text(r, "url")).FirstOrDefault(u => u is not null);
            Uri? uri = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null;
            var published = Instant(json, "published");
            if (json.TryGetProperty("object_refs", out _))
            {
                Lose(id, "object_refs", "the model ties statements to their sources through attributions of quoted text, which a STIX report does not have");
            }

            Unmapped(id, json, "name", "published", "lang", "external_references", "object_refs");
            return StixForeignEntities.Source(id, Text(json, "name") is { } n && !string.IsNullOrWhiteSpace(n) ? n : null, language, published is { } at ? ReportedTime.At(at) : null, uri);
        }

        private List<ExternalId> ExternalIds(string id, JsonElement json)
        {
            var result = new List<ExternalId>();
            foreach (var reference in ExternalReferences(json))
            {
                var scheme = Text(reference, "source_name")?.ToLowerInvariant();
                var value = Text(reference, "external_id");
                if (scheme is not null && value is not null && Scheme().IsMatch(scheme) && !string.IsNullOrWhiteSpace(value))
                {
                    result.Add(new ExternalId(scheme, value));
                }
                else if (Text(json, "type") != "report")
                {
                    Lose(id, $"external reference {reference.GetRawText()}", "the model keeps only references with a scheme-like source_name and an external_id");
                }
            }

            return result;
        }

        private static JsonElement[] ExternalReferences(JsonElement json) =>
            json.TryGetProperty("external_references", out var refs) && refs.ValueKind == JsonValueKind.Array ? [.. refs.EnumerateArray()] : [];

        private static string Name(JsonElement json, string id) =>
            Text(json, "name") is { } name && !string.IsNullOrWhiteSpace(name) ? name : id;

        /// <summary>Records, in one entry, the properties of an object that the mapping did not read.</summary>
        private void Unmapped(string id, JsonElement json, params string[] mapped)
        {
            var rest = json.EnumerateObject().Select(p => p.Name).Where(n => !Base.Contains(n) && !mapped.Contains(n)).ToArray();
            if (rest.Length > 0)
            {
                Lose(id, $"properties {string.Join(", ", rest)}", "the model has no place for them");
            }
        }

        private string? TypeOf(string id) => _byId.TryGetValue(id, out var o) ? o.Type : null;

        private static Instant? Instant(JsonElement json, string name) =>
            Text(json, name) is { } text && InstantPattern.ExtendedIso.Parse(text) is { Success: true } result ? result.Value : null;

        private static Iso3166Code? Country(string text) => CountryCode().IsMatch(text) ? new Iso3166Code(text) : null;

        private static List<T> List<T>(Dictionary<string, List<T>> map, string key) =>
            map.TryGetValue(key, out var list) ? list : map[key] = [];

        private void Lose(string subject, string lost, string reason) => losses.Add(new LossEntry(subject, lost, reason));
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex Subdivision();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex Scheme();
}
