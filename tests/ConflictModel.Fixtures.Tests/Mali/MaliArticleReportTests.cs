using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The report fits together: every span stands in the text, every id resolves, and the named entities are the report's.</summary>
public sealed class MaliArticleReportTests
{
    private static ConflictReport Report => MaliArticle.Report;

    public static TheoryData<string> AttributionIds => new(MaliArticle.Report.Attributions.Select(a => a.Id.Value));

    public static TheoryData<string> MentionIds => new(MaliArticle.Report.Mentions.Select(m => m.Id.Value));

    [Theory]
    [MemberData(nameof(AttributionIds))]
    public void Attribution_Quote_MatchesTheArticleText(string id)
    {
        var attribution = Report.Attributions.Single(a => a.Id.Value == id);

        Assert.Equal(TextSpanMatch.Matches, attribution.Quote.Match(MaliArticle.Text));
    }

    [Theory]
    [MemberData(nameof(AttributionIds))]
    public void Attribution_Quote_StandsAtItsPositionWithItsContext(string id)
    {
        AssertStandsInText(Report.Attributions.Single(a => a.Id.Value == id).Quote);
    }

    [Theory]
    [MemberData(nameof(MentionIds))]
    public void Mention_Span_MatchesTheArticleText(string id)
    {
        var mention = Report.Mentions.Single(m => m.Id.Value == id);

        Assert.Equal(TextSpanMatch.Matches, mention.Span.Match(MaliArticle.Text));
    }

    [Theory]
    [MemberData(nameof(MentionIds))]
    public void Mention_Span_StandsAtItsPositionWithItsContext(string id)
    {
        AssertStandsInText(Report.Mentions.Single(m => m.Id.Value == id).Span);
    }

    [Fact]
    public void DirectQuotes_Span_LiesInsideQuotationMarks()
    {
        var text = MaliArticle.Text;
        var quotes = Report.Attributions.Where(a => a.Mode == QuoteMode.DirectQuote).ToList();

        Assert.Equal(3, quotes.Count);
        foreach (var quote in quotes)
        {
            var before = text[quote.Quote.Start - 1];
            var after = text[quote.Quote.End..].TrimStart(',', '.');
            Assert.True(before is '"' or '\u201C', $"{quote.Id} does not start right after an opening quotation mark.");
            Assert.StartsWith("\u201D", after, StringComparison.Ordinal);
            Assert.DoesNotContain('\u201D', quote.Quote.Exact);
        }
    }

    [Fact]
    public void OwnStatements_Each_HaveNoSpeakerAndTheSourceAsChannel()
    {
        var own = Report.Attributions.Where(a => a.Mode == QuoteMode.OwnStatement).ToList();

        Assert.NotEmpty(own);
        Assert.All(own, a => Assert.Null(a.Speaker));
        Assert.All(own, a => Assert.Equal(StatementChannel.SourceItself, a.Channel));
        Assert.All(Report.Attributions.Where(a => a.Mode != QuoteMode.OwnStatement), a => Assert.NotNull(a.Speaker));
    }

    [Fact]
    public void Report_Validate_ReportsNoIssueAtAll()
    {
        var result = Report.Validate();

        // Not even an info: every quote and mention is checked against the article's text.
        Assert.True(result.Issues.IsEmpty, string.Join(Environment.NewLine, result.Issues));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_VariantWithADanglingVictim_ReportsTheUnknownActorAtItsPath()
    {
        // The example of docs/fixtures.md: a derived variant, the shared fixture left untouched.
        var report = MaliArticle.Report;
        var index = report.Claims.IndexOf(MaliArticle.Claims.SoldiersKilled30);
        var broken = report.WithClaims(report.Claims.SetItem(
            index,
            new CasualtyClaim(
                MaliArticle.Ids.SoldiersKilled30,
                Claimant.BySource(MaliArticle.Ids.Article),
                [EntityReference.To(MaliArticle.Ids.EarlierAssault)],
                CountEstimate.AtLeast(30),
                CasualtyOutcome.Killed)
                .WithVictims(new ActorId("nobody"))
                .WithAttributions([MaliArticle.Attributions.AssaultThirtyKilled.Id])));

        var issue = Assert.Single(broken.Validate().Issues);
        Assert.Equal(ValidationCodes.UnknownActor, issue.Code);
        Assert.Equal(ValidationSeverity.Error, issue.Severity);
        Assert.Equal($"/claims/{index}/victims", issue.Path);
        Assert.Equal("soldiers-killed-30", issue.EntityId);
        Assert.True(MaliArticle.Report.Validate().IsValid);
    }

    [Fact]
    public void Report_Ids_AreUniqueWithinEachKind()
    {
        AssertUnique(Report.Sources.Select(s => s.Id.Value));
        AssertUnique(Report.Actors.Select(a => a.Id.Value));
        AssertUnique(Report.Locations.Select(l => l.Id.Value));
        AssertUnique(Report.Engagements.Select(e => e.Id.Value));
        AssertUnique(Report.Claims.Select(c => c.Id.Value));
        AssertUnique(Report.Attributions.Select(a => a.Id.Value));
        AssertUnique(Report.Mentions.Select(m => m.Id.Value));
    }

    [Fact]
    public void Report_Sources_AreTheArticleAlone()
    {
        var source = Assert.Single(Report.Sources);

        Assert.Same(MaliArticle.Source, source);
        Assert.All(Report.Attributions, a => Assert.Equal(source.Id, a.Source));
        Assert.All(Report.Mentions, m => Assert.Equal(source.Id, m.Source));
    }

    [Fact]
    public void Claims_Each_HasAtLeastOneAttribution()
    {
        Assert.All(Report.Claims, c => Assert.False(c.Attributions.IsEmpty, $"{c.Id} has no attribution."));
    }

    [Fact]
    public void Engagements_Each_HasALocationAndAnAttribution()
    {
        Assert.All(Report.Engagements, e => Assert.False(e.Locations.IsEmpty, $"{e.Id} has no location."));
        Assert.All(Report.Engagements, e => Assert.False(e.Attributions.IsEmpty, $"{e.Id} has no attribution."));
    }

    [Fact]
    public void Attributions_Each_CarriesAnEngagementAClaimOrAnAffiliation()
    {
        var used = Report.Claims.SelectMany(c => c.Attributions)
            .Concat(Report.Engagements.SelectMany(e => e.Attributions))
            .Concat(Report.Actors.SelectMany(a => a.Affiliations).SelectMany(a => a.Attributions))
            .ToHashSet();

        Assert.All(Report.Attributions, a => Assert.Contains(a.Id, used));
    }

    [Fact]
    public void Affiliations_Each_PointAtTheWordsThatStateIt()
    {
        var affiliations = Report.Actors.SelectMany(a => a.Affiliations).ToList();

        Assert.Equal(3, affiliations.Count);
        Assert.All(affiliations, a => Assert.False(a.Attributions.IsEmpty, $"{a} has no attribution."));
    }

    [Fact]
    public void Report_Collections_HoldTheCountsDocsFixturesGives()
    {
        // docs/fixtures.md: "1 source, 14 actors, 16 locations, 6 engagements, 22 claims, 31 attributions and 40 mentions".
        Assert.Equal(
            (1, 14, 16, 6, 22, 31, 40),
            (Report.Sources.Length, Report.Actors.Length, Report.Locations.Length, Report.Engagements.Length, Report.Claims.Length, Report.Attributions.Length, Report.Mentions.Length));
    }

    [Fact]
    public void Engagements_Sites_BelongToTheCampaignAndShareItsTime()
    {
        var campaign = MaliArticle.Engagements.WesternMaliAttacks;
        var sites = Report.Engagements.Where(e => e.Campaign is not null).ToList();

        Assert.Equal(EngagementScope.Campaign, campaign.Scope);
        Assert.Equal(3, sites.Count);
        Assert.All(sites, site => Assert.Equal(campaign.Id, site.Campaign));
        Assert.All(sites, site => Assert.Equal(EngagementScope.Event, site.Scope));
        Assert.All(sites, site => Assert.Equal(campaign.Time, site.Time));
        // Each town is its site's place, not the campaign's (docs/model.md, "Campaigns and their events").
        Assert.All(sites, site => Assert.DoesNotContain(Assert.Single(site.Locations), campaign.Locations));
    }

    [Fact]
    public void NestedClasses_Properties_AreExactlyTheReportsEntities()
    {
        AssertNamesEqual(Report.Actors.Select(a => a.Id.Value), Named<Actor>(typeof(MaliArticle.Actors)).Select(a => a.Id.Value));
        AssertNamesEqual(Report.Locations.Select(l => l.Id.Value), Named<Location>(typeof(MaliArticle.Locations)).Select(l => l.Id.Value));
        AssertNamesEqual(Report.Engagements.Select(e => e.Id.Value), Named<Engagement>(typeof(MaliArticle.Engagements)).Select(e => e.Id.Value));
        AssertNamesEqual(Report.Claims.Select(c => c.Id.Value), Named<Claim>(typeof(MaliArticle.Claims)).Select(c => c.Id.Value));
        AssertNamesEqual(Report.Attributions.Select(a => a.Id.Value), Named<SourceAttribution>(typeof(MaliArticle.Attributions)).Select(a => a.Id.Value));
        AssertNamesEqual(Report.Mentions.Select(m => m.Id.Value), Named<Mention>(typeof(MaliArticle.Mentions)).Select(m => m.Id.Value));
    }

    [Fact]
    public void Ids_Properties_AreExactlyTheIdsOfTheReportsSourcesActorsLocationsEngagementsAndClaims()
    {
        var named = Named<IEntityId>(typeof(MaliArticle.Ids)).Select(id => $"{id.Kind}:{id.Value}");
        var inReport = Report.Sources.Select(s => (IEntityId)s.Id)
            .Concat(Report.Actors.Select(a => (IEntityId)a.Id))
            .Concat(Report.Locations.Select(l => (IEntityId)l.Id))
            .Concat(Report.Engagements.Select(e => (IEntityId)e.Id))
            .Concat(Report.Claims.Select(c => (IEntityId)c.Id))
            .Select(id => $"{id.Kind}:{id.Value}");

        AssertNamesEqual(inReport, named);
    }

    [Fact]
    public void Mentions_WithoutConfidence_PrintTheEntitysOwnName()
    {
        foreach (var mention in Report.Mentions.Where(m => m.Confidence is null))
        {
            Assert.True(
                string.Equals(Capitalised(mention.AsPrinted), Capitalised(NameOf(mention.Entity)), StringComparison.Ordinal),
                $"{mention.Id} prints \"{mention.AsPrinted}\", not the name \"{NameOf(mention.Entity)}\", yet has no confidence.");
        }
    }

    [Fact]
    public void Mentions_WithConfidence_PrintAFormOtherThanTheEntitysName()
    {
        foreach (var mention in Report.Mentions.Where(m => m.Confidence is not null))
        {
            Assert.NotEqual(Capitalised(NameOf(mention.Entity)), Capitalised(mention.AsPrinted));
        }
    }

    [Fact]
    public void Actors_Names_ArePrintedOrResolvedFromAPrintedForm()
    {
        foreach (var actor in Report.Actors.Where(a => !IsImpliedAttacker(a)))
        {
            var printed = MaliArticle.Text.Contains(actor.Name.Text, StringComparison.OrdinalIgnoreCase);
            var resolved = Report.Mentions.Any(m => m.Entity == EntityReference.To(actor.Id) && m.Confidence is not null);
            Assert.True(printed || resolved, $"{actor.Id}: a canonical name the article does not print must be resolved from a form it prints.");
        }
    }

    [Fact]
    public void Actors_Aliases_ArePrintedAndMentionedOrNamesInAnotherLanguage()
    {
        foreach (var actor in Report.Actors)
        {
            var printed = Report.Mentions.Where(m => m.Entity == EntityReference.To(actor.Id)).Select(m => m.AsPrinted).ToList();
            Assert.All(
                actor.Aliases,
                alias => Assert.True(
                    printed.Contains(alias.Text) || alias.Text.StartsWith("General ", StringComparison.Ordinal) || (alias.Language is { } language && language != LanguageTag.English),
                    $"{actor.Id}: the alias '{alias.Text}' is neither a mentioned form, nor a printed title, nor a name in another language."));
        }
    }

    [Fact]
    public void Actors_ImpliedAttackers_AreTheUnmentionedOnesAndEachAttacksOnce()
    {
        var mentioned = Report.Mentions.Select(m => m.Entity).ToHashSet();
        var unmentioned = Report.Actors.Where(a => !mentioned.Contains(EntityReference.To(a.Id))).ToList();

        Assert.Equal([MaliArticle.Ids.TimbuktuRaiders, MaliArticle.Ids.EarlierAssaultAttackers], unmentioned.Select(a => a.Id));
        Assert.All(unmentioned, a => Assert.True(IsImpliedAttacker(a)));
    }

    [Fact]
    public void Locations_Names_ArePrintedOrResolvedFromAPrintedForm()
    {
        foreach (var location in Report.Locations)
        {
            var printed = MaliArticle.Text.Contains(location.Name.Text, StringComparison.Ordinal);
            var resolved = Report.Mentions.Any(m => m.Entity == EntityReference.To(location.Id) && m.Confidence is not null);
            Assert.True(printed ^ resolved, $"{location.Id}: a name must be printed as is, or resolved from the form printed — one of the two.");
            Assert.Empty(location.AlternateNames);
        }
    }

    [Fact]
    public void ActorsAndLocations_Each_HaveAtLeastOneMention()
    {
        var mentioned = Report.Mentions.Select(m => m.Entity).ToHashSet();

        Assert.All(Report.Actors.Where(a => !IsImpliedAttacker(a)), a => Assert.Contains(EntityReference.To(a.Id), mentioned));
        Assert.All(Report.Locations, l => Assert.Contains(EntityReference.To(l.Id), mentioned));
    }

    [Fact]
    public void Report_OnEveryAccess_IsTheSameInstance()
    {
        var reports = new ConflictReport[16];

        Parallel.For(0, reports.Length, i => reports[i] = MaliArticle.Report);

        Assert.All(reports, r => Assert.Same(MaliArticle.Report, r));
    }

    /// <summary>
    /// An unnamed group the article implies but never names or describes — "a significant raid" has raiders —
    /// and that is the attacker of exactly one engagement: it has no mention, and its name is a description.
    /// </summary>
    private static bool IsImpliedAttacker(Actor actor)
        => actor.Kind == ActorKind.UnnamedGroup
        && actor.Aliases.IsEmpty
        && Report.Engagements.Count(e => e.Participants.Any(p => p.Actor == actor.Id && p.Role == ParticipantRole.Attacker)) == 1
        && !Report.Mentions.Any(m => m.Entity == EntityReference.To(actor.Id));

    private static void AssertStandsInText(TextSpan span)
    {
        // Independent of TextSpan.Match: the text holds no surrogates, so code-point positions are UTF-16 indexes.
        var text = MaliArticle.Text;
        Assert.Equal(span.Exact, text.Substring(span.Start, span.Length));
        Assert.Equal(span.Prefix ?? string.Empty, text[Math.Max(0, span.Start - (span.Prefix?.Length ?? 0))..span.Start]);
        Assert.Equal(span.Suffix ?? string.Empty, text.Substring(span.End, span.Suffix?.Length ?? 0));
    }

    private static void AssertUnique(IEnumerable<string> ids)
    {
        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    private static void AssertNamesEqual(IEnumerable<string> expected, IEnumerable<string> actual)
        => Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    private static List<T> Named<T>(Type holder)
        => holder.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => typeof(T).IsAssignableFrom(p.PropertyType))
            .Select(p => (T)p.GetValue(null)!)
            .ToList();

    private static string NameOf(EntityReference entity) => entity.Kind switch
    {
        EntityKind.Actor => Report.Actors.Single(a => a.Id.Value == entity.Id).Name.Text,
        EntityKind.Location => Report.Locations.Single(l => l.Id.Value == entity.Id).Name.Text,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "Only actors and locations are mentioned in the fixture."),
    };

    private static string Capitalised(string name) => string.Concat(name[..1].ToUpperInvariant(), name[1..]);
}
