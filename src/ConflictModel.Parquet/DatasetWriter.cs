using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Parquet;

/// <summary>
/// Writes one batch: every report added goes into the tables, each entity once (the first time its id
/// is met, as <see cref="ConflictReport.Merge"/> keeps it), in order.
/// </summary>
internal sealed class DatasetWriter : IAsyncDisposable
{
    private readonly string _batch;
    private readonly TableWriter<EntityRow<Engagement>> _engagements;
    private readonly TableWriter<ChildRow<Participant>> _participants;
    private readonly TableWriter<ChildRow<LocationId>> _engagementLocations;
    private readonly TableWriter<EntityRow<Claim>> _claims;
    private readonly TableWriter<ChildRow<EntityReference>> _claimSubjects;
    private readonly TableWriter<ChildRow<AttributionId>> _claimAttributions;
    private readonly TableWriter<EntityRow<SourceAttribution>> _attributions;
    private readonly TableWriter<EntityRow<Source>> _sources;
    private readonly TableWriter<EntityRow<Actor>> _actors;
    private readonly TableWriter<EntityRow<Location>> _locations;
    private readonly TableWriter<EntityRow<Mention>> _mentions;
    private readonly TableWriter<EntityRow<DatasetField>> _fields;
    private readonly Seen _seenEngagements = new();
    private readonly Seen _seenClaims = new();
    private readonly Seen _seenAttributions = new();
    private readonly Seen _seenSources = new();
    private readonly Seen _seenActors = new();
    private readonly Seen _seenLocations = new();
    private readonly Seen _seenMentions = new();
    private readonly EntityJson _json = new();
    private long _fieldOrdinal;

    public DatasetWriter(string root, string batch, ConflictParquetOptions options)
    {
        _batch = batch;
        var budget = new WriteBudget(options.MaxBufferedBytes);
        _engagements = new(Tables.Engagements, root, batch, options, budget);
        _participants = new(Tables.Participants, root, batch, options, budget);
        _engagementLocations = new(Tables.EngagementLocations, root, batch, options, budget);
        _claims = new(Tables.Claims, root, batch, options, budget);
        _claimSubjects = new(Tables.ClaimSubjects, root, batch, options, budget);
        _claimAttributions = new(Tables.ClaimAttributions, root, batch, options, budget);
        _attributions = new(Tables.Attributions, root, batch, options, budget);
        _sources = new(Tables.Sources, root, batch, options, budget);
        _actors = new(Tables.Actors, root, batch, options, budget);
        _locations = new(Tables.Locations, root, batch, options, budget);
        _mentions = new(Tables.Mentions, root, batch, options, budget);
        _fields = new(Tables.DatasetFields, root, batch, options, budget);
    }

    public long EngagementCount => _seenEngagements.Count;

    /// <summary>
    /// Adds a report. <paramref name="document"/> is where each entity's JSON lies in the document the
    /// report was read from (scanned already, so that the scan can run beside this writer), or null;
    /// <paramref name="slice"/> the report's lookups, or null to build them here.
    /// </summary>
    public async ValueTask AddAsync(ConflictReport report, EntityJson? document, Slice? slice, CancellationToken cancellationToken)
    {
        slice ??= new Slice(report);

        // The JSON of each entity is taken from the document the report was read from when it is of
        // this schema version and holds every entity the report does; otherwise from the core's own
        // serialization. Either reads back as the same entity: the lossless record is the JSON format.
        var json = document;
        if (json is null || !json.Holds(report))
        {
            json = _json;
            json.Scan(ConflictJson.SerializeToUtf8Bytes(report));
        }

        for (var i = 0; i < report.Sources.Length; i++)
        {
            var source = report.Sources[i];
            if (_seenSources.Add(source.Id.Value, out var ordinal))
            {
                await _sources.AddAsync(new(source, json.Element(EntityMember.Sources, i), ordinal, _batch, slice), cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < report.Actors.Length; i++)
        {
            var actor = report.Actors[i];
            if (_seenActors.Add(actor.Id.Value, out var ordinal))
            {
                await _actors.AddAsync(new(actor, json.Element(EntityMember.Actors, i), ordinal, _batch, slice), cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < report.Locations.Length; i++)
        {
            var location = report.Locations[i];
            if (_seenLocations.Add(location.Id.Value, out var ordinal))
            {
                await _locations.AddAsync(new(location, json.Element(EntityMember.Locations, i), ordinal, _batch, slice), cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < report.Engagements.Length; i++)
        {
            var engagement = report.Engagements[i];
            var id = engagement.Id.Value;
            if (!_seenEngagements.Add(id, out var ordinal))
            {
                continue;
            }

            await _engagements.AddAsync(new(engagement, json.Element(EntityMember.Engagements, i), ordinal, _batch, slice), cancellationToken).ConfigureAwait(false);
            for (var p = 0; p < engagement.Participants.Length; p++)
            {
                await _participants.AddAsync(new(id, p, engagement.Participants[p], _batch, slice), cancellationToken).ConfigureAwait(false);
            }

            for (var l = 0; l < engagement.Locations.Length; l++)
            {
                await _engagementLocations.AddAsync(new(id, l, engagement.Locations[l], _batch, slice), cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < report.Claims.Length; i++)
        {
            var claim = report.Claims[i];
            var id = claim.Id.Value;
            if (!_seenClaims.Add(id, out var ordinal))
            {
                continue;
            }

            await _claims.AddAsync(new(claim, json.Element(EntityMember.Claims, i), ordinal, _batch, slice), cancellationToken).ConfigureAwait(false);
            for (var s = 0; s < claim.Subjects.Length; s++)
            {
                await _claimSubjects.AddAsync(new(id, s, claim.Subjects[s], _batch, slice), cancellationToken).ConfigureAwait(false);
            }

            for (var a = 0; a < claim.Attributions.Length; a++)
            {
                await _claimAttributions.AddAsync(new(id, a, claim.Attributions[a], _batch, slice), cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < report.Attributions.Length; i++)
        {
            var attribution = report.Attributions[i];
            if (_seenAttributions.Add(attribution.Id.Value, out var ordinal))
            {
                await _attributions.AddAsync(new(attribution, json.Element(EntityMember.Attributions, i), ordinal, _batch, slice), cancellationToken).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < report.Mentions.Length; i++)
        {
            var mention = report.Mentions[i];
            if (_seenMentions.Add(mention.Id.Value, out var ordinal))
            {
                await _mentions.AddAsync(new(mention, json.Element(EntityMember.Mentions, i), ordinal, _batch, slice), cancellationToken).ConfigureAwait(false);
            }
        }

        // Dataset fields have no id: like Merge, every report's fields are kept, in order.
        for (var i = 0; i < report.DatasetFields.Length; i++)
        {
            await _fields.AddAsync(new(report.DatasetFields[i], json.Element(EntityMember.DatasetFields, i), _fieldOrdinal++, _batch, slice), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await _engagements.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _participants.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _engagementLocations.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _claims.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _claimSubjects.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _claimAttributions.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _attributions.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _sources.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _actors.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _locations.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _mentions.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await _fields.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _engagements.DisposeAsync().ConfigureAwait(false);
        await _participants.DisposeAsync().ConfigureAwait(false);
        await _engagementLocations.DisposeAsync().ConfigureAwait(false);
        await _claims.DisposeAsync().ConfigureAwait(false);
        await _claimSubjects.DisposeAsync().ConfigureAwait(false);
        await _claimAttributions.DisposeAsync().ConfigureAwait(false);
        await _attributions.DisposeAsync().ConfigureAwait(false);
        await _sources.DisposeAsync().ConfigureAwait(false);
        await _actors.DisposeAsync().ConfigureAwait(false);
        await _locations.DisposeAsync().ConfigureAwait(false);
        await _mentions.DisposeAsync().ConfigureAwait(false);
        await _fields.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The ids of one table met so far, kept as 64-bit hashes so that a stream of a million
    /// engagements needs tens of megabytes, not the ids themselves. The hash is FNV-1a over the UTF-16
    /// code units, then mixed (SplitMix64's finaliser): two different ids share a hash with
    /// probability about n²/2⁶⁵ (10⁻⁶ at six million ids), and the second would then not be written.
    /// </summary>
    /// <remarks>
    /// The hashes are held in 256 open-addressing tables of bare <see cref="ulong"/>s, chosen by the
    /// hash's top byte, each at most three-quarters full: 11 to 21 bytes an id (a
    /// <see cref="HashSet{T}"/> of <see cref="ulong"/> takes 20 to 40), and growing one table at a time
    /// needs 1/256 of the set again, not twice the whole set.
    /// </remarks>
    internal sealed class Seen
    {
        private const int ShardBits = 8;
        private readonly ulong[]?[] _shards = new ulong[]?[1 << ShardBits];
        private readonly int[] _counts = new int[1 << ShardBits];

        public long Count { get; private set; }

        public bool Add(string id, out long ordinal)
        {
            ordinal = Count;

            // 0 marks an empty slot, so the one hash that is 0 is stored as 1 (one more pair that collides).
            var hash = Math.Max(Hash(id), 1UL);
            var shard = (int)(hash >> (64 - ShardBits));
            var table = _shards[shard] ??= new ulong[16];
            if ((_counts[shard] + 1) * 4L > table.Length * 3L)
            {
                table = _shards[shard] = Grow(table);
            }

            if (!Insert(table, hash))
            {
                return false;
            }

            _counts[shard]++;
            Count++;
            return true;
        }

        private static bool Insert(ulong[] table, ulong hash)
        {
            var mask = table.Length - 1;
            for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
            {
                if (table[slot] == hash)
                {
                    return false;
                }

                if (table[slot] == 0)
                {
                    table[slot] = hash;
                    return true;
                }
            }
        }

        private static ulong[] Grow(ulong[] table)
        {
            var grown = new ulong[table.Length * 2];
            foreach (var hash in table)
            {
                if (hash != 0)
                {
                    Insert(grown, hash);
                }
            }

            return grown;
        }

        private static ulong Hash(string id)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in id)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash ^= (ulong)id.Length;
            hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9UL;
            hash = (hash ^ (hash >> 27)) * 0x94d049bb133111ebUL;
            return hash ^ (hash >> 31);
        }
    }
}
