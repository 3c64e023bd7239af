using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;

namespace ConflictModel.Benchmarks;

/// <summary>
/// A deterministic generator of reports with a realistic shape: a fixed pool of actors and places
/// shared by all engagements (as in a real dataset, where a few hundred actors and a few thousand
/// places recur), one source text per ten engagements, and per engagement two attributions with
/// quotes into that text, and three claims (casualties, responsibility, characterisation).
/// The same size always gives the same report, so runs compare like with like.
/// </summary>
/// <remarks>
/// <see cref="Create"/> builds a whole report; <see cref="Slices"/> yields the same engagements one
/// self-contained report at a time, as <see cref="ConflictJsonLines.SplitByEngagement"/> would cut the
/// whole report, without ever holding more than one of them.
/// </remarks>
public static class SyntheticReports
{
    private const int EngagementsPerSource = 10;

    private static readonly string[] Sentences =
    [
        "Gunmen attacked a military post at dawn, according to a local official.",
        "The army said it had repelled the assault and killed more than twenty attackers.",
        "A resident told reporters that gunfire lasted for several hours.",
        "The group claimed responsibility in a statement on social media.",
        "Casualty figures among the soldiers were not disclosed.",
        "Witnesses reported that several vehicles were set on fire near the market.",
    ];

    private static readonly Location Country = new Location(new LocationId("country"), new LocalizedName("Mali"), LocationKind.Country).WithIsoCode(new Iso3166Code("ML"));

    /// <summary>Builds a report with the given number of engagements.</summary>
    /// <param name="engagements">How many engagements; at least 1.</param>
    /// <returns>The report.</returns>
    public static ConflictReport Create(int engagements)
    {
        var pools = new Pools(engagements);
        var actors = ImmutableArray.CreateBuilder<Actor>(pools.ActorCount);
        for (var i = 0; i < pools.ActorCount; i++)
        {
            actors.Add(Actor(pools, i));
        }

        var locations = ImmutableArray.CreateBuilder<Location>(pools.LocationCount + 1);
        locations.Add(Country);
        for (var i = 0; i < pools.LocationCount; i++)
        {
            locations.Add(Location(pools, i));
        }

        var sourceCount = (engagements + EngagementsPerSource - 1) / EngagementsPerSource;
        var sources = ImmutableArray.CreateBuilder<Source>(sourceCount);
        for (var s = 0; s < sourceCount; s++)
        {
            sources.Add(Source(s));
        }

        var engagementItems = ImmutableArray.CreateBuilder<Engagement>(engagements);
        var attributions = ImmutableArray.CreateBuilder<SourceAttribution>(engagements * 2);
        var claims = ImmutableArray.CreateBuilder<Claim>(engagements * 3);
        for (var e = 0; e < engagements; e++)
        {
            var parts = Parts(e, pools, sources[e / EngagementsPerSource]);
            engagementItems.Add(parts.Engagement);
            claims.AddRange(parts.Claims);
            attributions.AddRange(parts.Attributions);
        }

        return new ConflictReport()
            .WithSources(sources.MoveToImmutable())
            .WithActors(actors.MoveToImmutable())
            .WithLocations(locations.MoveToImmutable())
            .WithEngagements(engagementItems.MoveToImmutable())
            .WithClaims(claims.MoveToImmutable())
            .WithAttributions(attributions.MoveToImmutable());
    }

    /// <summary>
    /// Yields the engagements of <c>Create(engagements)</c> one at a time, each as a self-contained
    /// report: the engagement, its claims and attributions, its source (with the text), its two actors,
    /// and its town with the country the town lies in. Each is built only when asked for.
    /// </summary>
    /// <param name="engagements">How many engagements; at least 1.</param>
    /// <returns>The reports, in the order of the engagements.</returns>
    public static IEnumerable<ConflictReport> Slices(int engagements)
    {
        var pools = new Pools(engagements);
        var source = Source(0);
        for (var e = 0; e < engagements; e++)
        {
            if (e > 0 && e % EngagementsPerSource == 0)
            {
                source = Source(e / EngagementsPerSource);
            }

            var parts = Parts(e, pools, source);
            ImmutableArray<Actor> actors = [Actor(pools, 0), Actor(pools, parts.Attacker)];
            ImmutableArray<Location> locations = [Country, Location(pools, e % pools.LocationCount)];
            yield return new ConflictReport().WithSources([source]).WithActors(actors).WithLocations(locations).WithEngagements([parts.Engagement]).WithClaims(parts.Claims).WithAttributions(parts.Attributions);
        }
    }

    // References reuse the id of the entity they refer to, as code that builds a report from its entities would.
    private static (Engagement Engagement, ImmutableArray<Claim> Claims, ImmutableArray<SourceAttribution> Attributions, int Attacker) Parts(int e, Pools pools, Source source)
    {
        var text = source.Text!;
        var sentence = e % EngagementsPerSource;
        var defender = pools.ActorIds[0];
        var report = new AttributionId(Invariant($"a{e}-report"));
        var statement = new AttributionId(Invariant($"a{e}-statement"));
        ImmutableArray<SourceAttribution> attributions =
        [
            new SourceAttribution(report, source.Id, Quote(text, sentence, 0), QuoteMode.OwnStatement, StatementChannel.SourceItself),
            new SourceAttribution(
                statement,
                source.Id,
                Quote(text, sentence, 1),
                QuoteMode.Paraphrase,
                StatementChannel.Television)
                .WithSpeaker(defender)
                .WithStatedAt(ReportedTime.OnDate(Day(e))),
        ];

        var attackerIndex = 1 + (e % (pools.ActorCount - 1));
        var attacker = pools.ActorIds[attackerIndex];
        var id = new EngagementId(Invariant($"e{e}"));
        var engagement = new Engagement(
            id,
            EventType.Battles)
            .WithSubType(SubEventType.ArmedClash)
            .WithTime(ReportedTime.OnDate(Day(e)).WithPartOfDay(PartOfDay.Morning).WithWording("Tuesday morning"))
            .WithLocations([pools.LocationIds[e % pools.LocationCount]])
            .WithParticipants([new Participant(attacker, ParticipantRole.Attacker), new Participant(defender, ParticipantRole.Defender)])
            .WithAttributions([report]);

        ImmutableArray<EntityReference> subject = [EntityReference.To(id)];
        ImmutableArray<Claim> claims =
        [
            new CasualtyClaim(
                new ClaimId(Invariant($"c{e}-casualties")),
                Claimant.ByActor(defender),
                subject,
                CountEstimate.MoreThan(20 + (e % 60)).WithCounted("attackers").WithWording(Invariant($"more than {20 + (e % 60)}")),
                CasualtyOutcome.Killed)
                .WithVictims(attacker)
                .WithAttributions([statement]),
            new ResponsibilityClaim(new ClaimId(Invariant($"c{e}-responsibility")), Claimant.ByActor(attacker), subject, attacker).WithAttributions([report]),
            new CharacterisationClaim(new ClaimId(Invariant($"c{e}-characterisation")), Claimant.BySource(source.Id), subject, "coordinated").WithAttributions([report]),
        ];

        return (engagement, claims, attributions, attackerIndex);
    }

    private static Actor Actor(Pools pools, int i) => new Actor(
        pools.ActorIds[i],
        new LocalizedName(Invariant($"Armed group {i}"), LanguageTag.English),
        ActorKind.Organisation)
        .WithAliases([new LocalizedName(Invariant($"AG{i}"))])
        .WithCategory(i % 4 == 0 ? ConflictCategory.StateForces : ConflictCategory.RebelGroup)
        .WithCountry(new Iso3166Code("ML"));

    private static Location Location(Pools pools, int i) => new Location(
        pools.LocationIds[i],
        new LocalizedName(Invariant($"Town {i}")),
        LocationKind.Settlement)
        .WithParent(Country.Id)
        .WithPoint(new GeoPoint(10 + ((i % 1000) * 0.01), -12 + ((i / 1000) * 0.01)))
        .WithPrecision(PlacePrecision.Settlement);

    private static Source Source(int s) => new Source(
        SourceId(s),
        SourceKind.NewsArticle)
        .WithTitle(Invariant($"Report {s}"))
        .WithLanguage(LanguageTag.English)
        .WithPublished(ReportedTime.OnDate(Published(s))).WithText(SourceText(s));

    private static SourceId SourceId(int i) => new(Invariant($"source-{i}"));

    private static LocalDate Day(int i) => new LocalDate(2020, 1, 1).PlusDays(i % 2000);

    // A source is published the day after the last engagement it reports (and the last statement it quotes);
    // 2000 is a multiple of EngagementsPerSource, so one source's engagements never wrap around.
    private static LocalDate Published(int source) => Day(((source + 1) * EngagementsPerSource) - 1).PlusDays(1);

    // Each engagement owns one paragraph of its source's text: two sentences, the second quoted by its statement.
    private static string SourceText(int source)
    {
        var builder = new StringBuilder();
        for (var p = 0; p < EngagementsPerSource; p++)
        {
            builder.Append(Invariant($"[{source}.{p}] "));
            builder.Append(Sentences[(source + p) % Sentences.Length]).Append(' ');
            builder.Append(Sentences[(source + p + 1) % Sentences.Length]).Append('\n');
        }

        return builder.ToString();
    }

    // The text is ASCII, so UTF-16 indexes are code-point positions.
    private static TextSpan Quote(string text, int paragraph, int sentence)
    {
        var marker = text.IndexOf(Invariant($".{paragraph}] "), StringComparison.Ordinal);
        var start = text.IndexOf(']', marker) + 2;
        if (sentence == 1)
        {
            start = text.IndexOf(". ", start, StringComparison.Ordinal) + 2;
        }

        var end = text.IndexOf('.', start) + 1;
        var prefixStart = Math.Max(0, start - TextSpan.DefaultContextLength);
        var suffixEnd = Math.Min(text.Length, end + TextSpan.DefaultContextLength);
        return new TextSpan(start, end, text[start..end], text[prefixStart..start], end < suffixEnd ? text[end..suffixEnd] : null);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sizes of the shared pools of actors and places, which grow with the report up to a cap.</summary>
    private sealed class Pools
    {
        public Pools(int engagements)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(engagements, 1);
            ActorCount = Math.Clamp(engagements / 20, 4, 400);
            LocationCount = Math.Clamp(engagements / 5, 4, 5000);
            ActorIds = new ActorId[ActorCount];
            for (var i = 0; i < ActorCount; i++)
            {
                ActorIds[i] = new ActorId(Invariant($"actor-{i}"));
            }

            LocationIds = new LocationId[LocationCount];
            for (var i = 0; i < LocationCount; i++)
            {
                LocationIds[i] = new LocationId(Invariant($"town-{i}"));
            }
        }

        public int ActorCount { get; }

        public int LocationCount { get; }

        public ActorId[] ActorIds { get; }

        public LocationId[] LocationIds { get; }
    }
}
