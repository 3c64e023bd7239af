using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Fixtures;
using ConflictModel.Interop.Tests.Support;
using ConflictModel.Interop.Ucdp;
using NodaTime;

namespace ConflictModel.Interop.Tests.Ucdp;

/// <summary>The model to GED rows: the rules of docs/interop/ucdp.md on small reports, and the Mali report as a snapshot.</summary>
public sealed class UcdpGedExportTests
{
    private static readonly ActorId Army = new("army");
    private static readonly ActorId Rebels = new("rebels");
    private static readonly ActorId Villagers = new("villagers");
    private static readonly EngagementId Clash = new("clash");

    private static ConflictReport Report(params Claim[] claims) => new ConflictReport()
        .WithSources([new Source(new SourceId("paper"), SourceKind.NewsArticle).WithPublisher("Daily").WithTitle("Clash in town").WithPublished(ReportedTime.OnDate(new LocalDate(2025, 7, 2)))])
        .WithActors(
        [
            new Actor(Army, new LocalizedName("Army of Mali"), ActorKind.Organisation).WithCategory(ConflictCategory.StateForces),
            new Actor(Rebels, new LocalizedName("Rebels"), ActorKind.UnnamedGroup).WithCategory(ConflictCategory.RebelGroup),
            new Actor(Villagers, new LocalizedName("villagers"), ActorKind.UnnamedGroup).WithCategory(ConflictCategory.Civilians),
        ])
        .WithLocations(
        [
            new Location(new LocationId("mali"), new LocalizedName("Mali"), LocationKind.Country).WithExternalIds([new ExternalId("gwno", "432")]),
            new Location(new LocationId("kayes-region"), new LocalizedName("Kayes region"), LocationKind.FirstOrderDivision).WithParent(new LocationId("mali")),
            new Location(new LocationId("kayes"), new LocalizedName("Kayes"), LocationKind.Settlement).WithParent(new LocationId("kayes-region"))
                .WithPoint(new GeoPoint(14.4469, -11.4445)).WithPrecision(PlacePrecision.Settlement),
        ])
        .WithAttributions([new SourceAttribution(new AttributionId("a1"), new SourceId("paper"), new TextSpan(0, 5, "Clash"), QuoteMode.Paraphrase, StatementChannel.SourceItself)])
        .WithEngagements(
        [
            new Engagement(Clash, EventType.Battles)
                .WithTime(ReportedTime.Between(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 2)))
                .WithLocations([new LocationId("kayes")])
                .WithParticipants([new Participant(Rebels, ParticipantRole.Attacker), new Participant(Army, ParticipantRole.Defender)])
                .WithAttributions([new AttributionId("a1")]),
        ])
        .WithClaims([.. claims]);

    private static CasualtyClaim Killed(string id, ActorId? victims, CountEstimate count, ActorId? claimant = null)
    {
        var claim = new CasualtyClaim(new ClaimId(id), Claimant.ByActor(claimant ?? Army), [EntityReference.To(Clash)], count, CasualtyOutcome.Killed);
        return victims is { } v ? claim.WithVictims(v) : claim;
    }

    [Fact]
    public void Export_StateIsSideA_AndPlaceTimeAndSourcesAreWritten()
    {
        var row = Assert.Single(UcdpGedExport.ToRows(Report()));

        Assert.Equal(1, row.TypeOfViolence);
        Assert.Equal("Army of Mali", row.SideA);
        Assert.Equal("Rebels", row.SideB);
        Assert.Equal("2025-07-01", row.GetText("date_start"));
        Assert.Equal("2025-07-02", row.GetText("date_end"));
        Assert.Equal(2, row.DatePrecision);
        Assert.Equal(1, row.WherePrecision);
        Assert.Equal("Kayes", row.WhereCoordinates);
        Assert.Equal("Kayes region", row.Adm1);
        Assert.Equal(string.Empty, row.Adm2);
        Assert.Equal("Mali", row.Country);
        Assert.Equal(432, row.CountryId);
        Assert.Equal("POINT (-11.4445 14.4469)", row.GeomWkt);
        Assert.Equal(150098L, row.PrioGridId);
        Assert.Equal(1, row.NumberOfSources);
        Assert.Equal("\"Daily,2025-07-02,Clash in town\"", row.SourceArticle);
        Assert.Equal(["Daily"], row.SourceOffices.ToArray());
        Assert.Equal(["2025-07-02"], row.SourceDates.ToArray());
        Assert.Equal(["Clash in town"], row.SourceHeadlines.ToArray());
    }

    [Fact]
    public void Export_NoStateSide_IsNonState_AndCiviliansAloneAreOneSided()
    {
        var noState = Report().WithActors([.. Report().Actors.Select(a => a.Id == Army ? a.WithCategory(ConflictCategory.PoliticalMilitia) : a)]);
        Assert.Equal(2, UcdpGedExport.ToRows(noState).Single().TypeOfViolence);

        var oneSided = Report().WithEngagements([Report().Engagements[0].WithParticipants([new Participant(Rebels, ParticipantRole.Attacker), new Participant(Villagers, ParticipantRole.Victim)])]);
        var row = UcdpGedExport.ToRows(oneSided).Single();
        Assert.Equal((3, "Rebels", "villagers"), (row.TypeOfViolence, row.SideA, row.SideB));
    }

    [Fact]
    public void Export_MoreThanAndAtLeast_BecomeTheirLowestNumbers()
    {
        var report = Report(Killed("rebels-killed", Rebels, CountEstimate.MoreThan(80)), Killed("soldiers-killed", Army, CountEstimate.AtLeast(30), Rebels));

        var row = UcdpGedExport.ToRows(report).Single();

        Assert.Equal((30, 81, 0, 0), (row.DeathsA, row.DeathsB, row.DeathsCivilians, row.DeathsUnknown));
        Assert.Equal((111, 111, 111), (row.Low, row.Best, row.High));
        var losses = UcdpGedExport.Losses(report);
        Assert.Contains(losses.About("rebels-killed"), e => e.Reason.Contains("all 81", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_ClaimantsDisagree_LowestBestLowestLowHighestHigh()
    {
        var report = Report(
            Killed("army-says", Rebels, CountEstimate.Exactly(20)),
            Killed("rebels-say", Rebels, CountEstimate.Between(5, 8), Rebels),
            Killed("villagers", Villagers, CountEstimate.Approximately(3)),
            Killed("someone", null, CountEstimate.AtMost(4)));

        var row = UcdpGedExport.ToRows(report).Single();

        Assert.Equal((0, 5, 3, 0), (row.DeathsA, row.DeathsB, row.DeathsCivilians, row.DeathsUnknown));
        Assert.Equal((8, 8, 27), (row.Low, row.Best, row.High));
        Assert.Single(UcdpGedExport.Losses(report).About("clash"), e => e.Lost == "who said what for deaths_b");
    }

    [Fact]
    public void Export_OtherOutcomesAndNoNumber_AreNotCounted()
    {
        var wounded = new CasualtyClaim(new ClaimId("wounded"), Claimant.ByActor(Army), [EntityReference.To(Clash)], CountEstimate.Exactly(9), CasualtyOutcome.Wounded);
        var report = Report(wounded, Killed("undisclosed", Army, CountEstimate.Undisclosed));

        var row = UcdpGedExport.ToRows(report).Single();

        Assert.Equal((0, 0, 0), (row.Low, row.Best, row.High));
        var losses = UcdpGedExport.Losses(report);
        Assert.Single(losses.About("wounded"));
        Assert.Single(losses.About("undisclosed"));
        Assert.Single(losses.About("clash"), e => e.Lost == "deaths");
    }

    [Fact]
    public void Export_EventWithoutPoint_IsNotWrittenAndSaysSo()
    {
        var report = Report().WithEngagements([Report().Engagements[0].WithLocations([new LocationId("kayes-region")])]);

        Assert.Empty(UcdpGedExport.ToRows(report));
        Assert.Single(UcdpGedExport.Losses(report).About("clash"), e => e.Lost == "the whole event");
    }

    [Fact]
    public void Export_ColumnsTheModelDoesNotKnow_AreWrittenEmptyAndTheLossReportSaysSo()
    {
        var row = Assert.Single(UcdpGedExport.ToRows(Report()));

        Assert.Null(row.ActiveYear);
        Assert.Null(row.EventClarity);
        Assert.Equal(string.Empty, row.Region);
        var entry = Assert.Single(UcdpGedExport.Losses(Report()).About("clash"), e => e.Lost.StartsWith("active_year", StringComparison.Ordinal));
        Assert.Equal("active_year, code_status, conflict_name, dyad_name, where_description, region, event_clarity, source_original", entry.Lost);
    }

    [Fact]
    public void Export_ColumnsGivenAsDatasetFields_AreWrittenAndNotReportedLost()
    {
        string[] names = ["active_year", "code_status", "conflict_name", "dyad_name", "where_description", "region", "event_clarity", "source_original"];
        var report = Report();
        var given = report.Engagements[0].WithDatasetFields([.. names.Where(n => n != "region").Select(n => new DatasetField(UcdpGedExport.Dataset, n, n == "active_year" || n == "event_clarity" ? "1" : "text"))]);
        report = report.WithEngagements([given]);

        var row = Assert.Single(UcdpGedExport.ToRows(report));

        Assert.True(row.ActiveYear);
        Assert.Equal(1, row.EventClarity);
        var entry = Assert.Single(UcdpGedExport.Losses(report).About("clash"), e => e.Reason.StartsWith("written empty", StringComparison.Ordinal));
        Assert.Equal("region", entry.Lost);
    }

    [Fact]
    public void Export_OneSided_AttackerAndVictimRoles_AreWhatTheRowSays()
    {
        // Type 3 is directional: side A the perpetrator, side B its civilian victims.
        var oneSided = Report().WithEngagements([Report().Engagements[0].WithParticipants([new Participant(Rebels, ParticipantRole.Attacker), new Participant(Villagers, ParticipantRole.Victim)])]);
        Assert.Equal(3, UcdpGedExport.ToRows(oneSided).Single().TypeOfViolence);
        Assert.DoesNotContain(UcdpGedExport.Losses(oneSided).About("clash"), e => e.Lost == "the participants' roles (who attacked whom)");

        // A role the one-sided row does not imply is still lost, and so are the roles of a battle.
        var defended = Report().WithEngagements([Report().Engagements[0].WithParticipants([new Participant(Rebels, ParticipantRole.Defender), new Participant(Villagers, ParticipantRole.Victim)])]);
        Assert.Single(UcdpGedExport.Losses(defended).About("clash"), e => e.Lost == "the participants' roles (who attacked whom)");
        Assert.Single(UcdpGedExport.Losses(Report()).About("clash"), e => e.Lost == "the participants' roles (who attacked whom)");
    }

    [Fact]
    public void Export_AnAssociate_IsNeverASide_AndIsReportedNotWritten()
    {
        var militia = new Actor(new ActorId("militia"), new LocalizedName("Militia"), ActorKind.Organisation).WithCategory(ConflictCategory.IdentityMilitia);
        var report = Report()
            .WithActors([.. Report().Actors, militia])
            .WithEngagements([Report().Engagements[0].WithParticipants(
            [
                new Participant(Army, ParticipantRole.Unspecified),
                new Participant(militia.Id, ParticipantRole.Associate),
                new Participant(Rebels, ParticipantRole.Unspecified),
            ])]);

        var row = UcdpGedExport.ToRows(report).Single();

        Assert.Equal((1, "Army of Mali", "Rebels"), (row.TypeOfViolence, row.SideA, row.SideB));
        var losses = UcdpGedExport.Losses(report).About("clash").ToList();
        Assert.Single(losses, e => e.Lost == "participant militia" && e.Reason.StartsWith("an associate of a side", StringComparison.Ordinal));
        Assert.DoesNotContain(losses, e => e.Lost == "the participants' roles (who attacked whom)");
    }

    [Fact]
    public void Export_ImportedAcledRow_HasItsActorsAsSidesAndItsAssociatesNotWritten()
    {
        // FRE1: the army, with the police and the gendarmerie as its associates, against the front.
        var report = ConflictModel.Interop.Acled.AcledImport.ToReport(ConflictModel.Interop.Acled.AcledCsv.Read(TestFiles.Open("acled-invented.csv")));
        var fre1 = report.WithEngagements([report.Engagements[0]]);

        var row = UcdpGedExport.ToRows(fre1).Single();

        Assert.Equal(("Military Forces of Freedonia (2019-)", "Northern Liberation Front"), (row.SideA, row.SideB));
        Assert.Equal(1, row.TypeOfViolence);
        Assert.Equal(2, UcdpGedExport.Losses(fre1).Entries.Count(e => e.Reason.StartsWith("an associate of a side", StringComparison.Ordinal)));
    }

    [Fact]
    public void Export_StateForcesAsVictims_StayTheStateSide()
    {
        // An ambush of soldiers: the army is the victim, and still side A of a state-based event.
        var ambush = Report(Killed("soldiers", Army, CountEstimate.Exactly(9)))
            .WithEngagements([Report().Engagements[0].WithParticipants([new Participant(Rebels, ParticipantRole.Attacker), new Participant(Army, ParticipantRole.Victim)])]);

        var row = UcdpGedExport.ToRows(ambush).Single();

        Assert.Equal((1, "Army of Mali", "Rebels"), (row.TypeOfViolence, row.SideA, row.SideB));
        Assert.Equal((9, 0, 0), (row.DeathsA, row.DeathsB, row.DeathsCivilians));
        Assert.Single(UcdpGedExport.Losses(ambush).About("clash"), e => e.Lost == "the participants' roles (who attacked whom)");

        // A victim with no category is taken for civilians: one-sided violence.
        var uncategorised = ambush.WithActors([.. ambush.Actors.Select(a => a.Id == Army ? new Actor(Army, a.Name, a.Kind) : a)]);
        Assert.Equal(3, UcdpGedExport.ToRows(uncategorised).Single().TypeOfViolence);
    }

    [Fact]
    public void Export_AttributionParaphrasingACitationTheRowWrites_IsNotLost()
    {
        // The base report's attribution quotes "Clash", which no column of the row holds.
        Assert.Single(UcdpGedExport.Losses(Report()).About("clash"), e => e.Lost == "the quotes and spans of 1 attribution(s), their channels, speakers and grades");

        var headline = new SourceAttribution(new AttributionId("a2"), new SourceId("paper"), new TextSpan(0, 13, "Clash in town"), QuoteMode.Paraphrase, StatementChannel.SourceItself);
        var office = new SourceAttribution(new AttributionId("a3"), new SourceId("paper"), new TextSpan(0, 5, "Daily"), QuoteMode.Paraphrase, StatementChannel.SourceItself);
        var spoken = new SourceAttribution(new AttributionId("a4"), new SourceId("paper"), new TextSpan(0, 13, "Clash in town"), QuoteMode.Paraphrase, StatementChannel.SourceItself).WithSpeaker(Army);
        var report = Report()
            .WithAttributions([.. Report().Attributions, headline, office, spoken])
            .WithEngagements([Report().Engagements[0].WithAttributions([new AttributionId("a1"), new AttributionId("a2"), new AttributionId("a3"), new AttributionId("a4")])]);

        // The headline and the office are written (source_headline, source_office); the quote "Clash"
        // and the speaker of the fourth are not.
        Assert.Single(UcdpGedExport.Losses(report).About("clash"), e => e.Lost == "the quotes and spans of 2 attribution(s), their channels, speakers and grades");
    }

    [Fact]
    public void Export_ColumnsWrittenFromTheRowsOwnText_ReportNoLossAboutTheirDerivation()
    {
        var disagreeing = Report(Killed("army-says", Rebels, CountEstimate.Exactly(20)), Killed("rebels-say", Rebels, CountEstimate.Exactly(5), Rebels));
        var uncategorised = disagreeing.WithActors([.. disagreeing.Actors.Select(a => a.Id == Rebels ? new Actor(Rebels, a.Name, a.Kind) : a)]);
        Assert.Single(UcdpGedExport.Losses(uncategorised).About("clash"), e => e.Lost == "who said what for deaths_b");
        Assert.Single(UcdpGedExport.Losses(uncategorised).About("clash"), e => e.Lost == "participant rebels");

        // The row's own deaths_b, low, best, high and type_of_violence are written: the disagreement
        // and the missing category decide nothing in it.
        var own = uncategorised.WithEngagements([uncategorised.Engagements[0].WithDatasetFields(
        [
            new DatasetField(UcdpGedExport.Dataset, "deaths_b", "20"),
            new DatasetField(UcdpGedExport.Dataset, "low", "5"),
            new DatasetField(UcdpGedExport.Dataset, "best", "20"),
            new DatasetField(UcdpGedExport.Dataset, "High", "20"),
            new DatasetField(UcdpGedExport.Dataset, "type_of_violence", "1"),
        ])]);
        var row = UcdpGedExport.ToRows(own).Single();
        Assert.Equal((20, 5, 20, 20), (row.DeathsB, row.Low, row.Best, row.High));
        var losses = UcdpGedExport.Losses(own).About("clash").ToList();
        Assert.DoesNotContain(losses, e => e.Lost == "who said what for deaths_b");
        Assert.DoesNotContain(losses, e => e.Lost == "participant rebels");

        // Without its own high, the high written is derived from the disagreeing claims: reported.
        var partly = own.WithEngagements([own.Engagements[0].WithDatasetFields([.. own.Engagements[0].DatasetFields.Where(f => f.Name != "High")])]);
        Assert.Single(UcdpGedExport.Losses(partly).About("clash"), e => e.Lost == "who said what for deaths_b");
    }

    [Fact]
    public void Export_DifferentFigures_SayWhetherOneClaimantOrSeveralGaveThem()
    {
        var two = Report(Killed("army-says", Rebels, CountEstimate.Exactly(20)), Killed("rebels-say", Rebels, CountEstimate.Exactly(5), Rebels));
        var entry = Assert.Single(UcdpGedExport.Losses(two).About("clash"), e => e.Lost == "who said what for deaths_b");
        Assert.StartsWith("claimants disagree (actor:army says 20 (army-says); actor:rebels says 5 (rebels-say)): written as best 5, low 5, high 20", entry.Reason, StringComparison.Ordinal);

        var one = Report(Killed("first", Rebels, CountEstimate.Exactly(20)), Killed("later", Rebels, CountEstimate.Exactly(5)));
        entry = Assert.Single(UcdpGedExport.Losses(one).About("clash"), e => e.Lost == "who said what for deaths_b");
        Assert.StartsWith("one claimant gives different figures (actor:army says 20 (first); actor:army says 5 (later))", entry.Reason, StringComparison.Ordinal);

        // With the row's own low, best and high, only the group's column is derived from the figures.
        var own = one.WithEngagements([one.Engagements[0].WithDatasetFields(
        [
            new DatasetField(UcdpGedExport.Dataset, "low", "5"),
            new DatasetField(UcdpGedExport.Dataset, "best", "5"),
            new DatasetField(UcdpGedExport.Dataset, "high", "20"),
        ])]);
        entry = Assert.Single(UcdpGedExport.Losses(own).About("clash"), e => e.Lost == "who said what for deaths_b");
        Assert.EndsWith("): deaths_b is written as 5, the lowest best; low, best and high are the row's own", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_RetractedPublishedTotal_IsNotWritten()
    {
        // Row 216930 of the excerpt: no death on any side, UCDP's total low 0, best 0, high 1.
        var report = UcdpGedImport.ToReport(UcdpGedCsv.Read(TestFiles.Open("ucdp-ged-excerpt.csv")));
        var one = report.WithEngagements([report.Engagements.Single(e => e.Id.Value == "ucdp-ged:216930")]);
        Assert.Equal((0, 0, 1), UcdpGedExport.ToRows(one).Select(r => (r.Low, r.Best, r.High)).Single());

        var retracted = one.WithClaims([.. one.Claims.Select(c => c is CasualtyClaim casualty && c.Id.Value == "ucdp-ged:216930:total" ? casualty.WithStatus(ClaimStatus.Retracted) : c)]);

        var row = UcdpGedExport.ToRows(retracted).Single();
        Assert.Equal((0, 0, 0), (row.Low, row.Best, row.High));
        Assert.Single(UcdpGedExport.Losses(retracted).About("ucdp-ged:216930:total"), e => e.Reason == "not counted: the claim is retracted");
    }

    [Fact]
    public async Task WriteAsync_OfManyReports_IsOneFile_WithTheirLossesAndEscapes()
    {
        var report = UcdpGedImport.ToReport(UcdpGedCsv.Read(TestFiles.Open("ucdp-ged-excerpt.csv")));
        var expected = TestFiles.Write(s => UcdpGedExport.Write(report, s, DatasetWriteOptions.MachineToMachine));
        var expectedLosses = UcdpGedExport.Losses(report);

        // The events one report each, as a JSON Lines file gives them.
        using var stream = new MemoryStream();
        var losses = await UcdpGedExport.WriteAsync(report.SplitByEngagementInOrder().ToAsyncEnumerable(), stream, DatasetWriteOptions.MachineToMachine);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(expectedLosses.Entries.ToArray(), losses.Entries.ToArray());

        // Reports with losses (the Mali report's slices): every slice's lines, in the slices' order.
        var slices = MaliArticle.Report.SplitByEngagementInOrder().ToList();
        var sliceLosses = await UcdpGedExport.WriteAsync(slices.ToAsyncEnumerable(), Stream.Null, DatasetWriteOptions.MachineToMachine);
        Assert.NotEmpty(sliceLosses.Entries);
        Assert.Equal(slices.SelectMany(r => UcdpGedExport.Losses(r).Entries).ToArray(), sliceLosses.Entries.ToArray());

        // Spreadsheet-safe, a text that starts like a formula is escaped, and the loss report says so.
        var formula = report.WithEngagements([.. report.Engagements.Select(e => e.Id.Value == "ucdp-ged:300380"
            ? e.WithDatasetFields([.. e.DatasetFields.Where(f => f.Name != "where_description"), new DatasetField(UcdpGedExport.Dataset, "where_description", "-near the river")])
            : e)]);
        var safe = await UcdpGedExport.WriteAsync(new[] { formula }.ToAsyncEnumerable(), Stream.Null);
        var exact = await UcdpGedExport.WriteAsync(new[] { formula }.ToAsyncEnumerable(), Stream.Null, DatasetWriteOptions.MachineToMachine);
        Assert.Single(safe.Entries, e => e.Subject == "UCDP GED row 300380" && e.Lost == "the text of where_description, \"-near the river\"");
        Assert.Equal(expectedLosses.Entries.Length, exact.Entries.Length);
    }

    [Fact]
    public void Export_SaysWhatTheRowCannotHold_OfPlacesTimeAndClaims()
    {
        var camp = new Location(new LocationId("camp"), new LocalizedName("Army camp"), LocationKind.MilitaryInstallation).WithParent(new LocationId("kayes"));
        var report = Report(Killed("about", Rebels, CountEstimate.Approximately(12)))
            .WithLocations([.. Report().Locations.Select(l => l.Id.Value == "kayes" ? l.WithBasis(LocationBasis.Gazetteer) : l), camp])
            .WithEngagements([Report().Engagements[0]
                .WithLocations([camp.Id, new LocationId("kayes-region")])
                .WithTime(ReportedTime.OnDate(new LocalDate(2025, 7, 1)).WithWording("on Tuesday"))])
            .WithClaims([Killed("about", Rebels, CountEstimate.Approximately(12)), new ResponsibilityClaim(new ClaimId("claimed"), Claimant.ByActor(Rebels), [EntityReference.To(Clash)], Rebels)]);

        var row = UcdpGedExport.ToRows(report).Single();
        var lost = UcdpGedExport.Losses(report).Entries.Select(e => (e.Subject, e.Lost, e.Reason)).ToList();

        Assert.Equal(("Army camp", "14.4469", 12), (row.WhereCoordinates, row.GetText("latitude"), row.DeathsB));
        Assert.Contains(("clash", "the places camp, kayes-region", "UCDP GED has one place per row: Army camp is written"), lost);
        Assert.Contains(("clash", "the place Army camp itself", "it has no coordinates: those of Kayes are written"), lost);
        Assert.Contains(("clash", "the basis of the coordinates of Kayes (Gazetteer)", "UCDP GED's latitude and longitude cannot say on what they rest"), lost);
        Assert.Contains(lost, e => e.Lost.StartsWith("the wording and part of day of the time", StringComparison.Ordinal));
        Assert.Contains(("clash", "claim claimed (responsibility)", "UCDP GED holds figures of deaths only"), lost);
        Assert.Contains(("about", "'about 12'", "written as low, best and high 12, which reads back as exact: 'about' is lost"), lost);
        Assert.Contains(("clash", "the claimants and wordings of the casualty figures (about)", "UCDP GED's deaths are numbers, without claimant or wording"), lost);
    }

    [Fact]
    public void Export_ClaimsOwnAttributions_AreALoss_ButUcdpsOwnStatementIsNot()
    {
        var spokesman = new SourceAttribution(new AttributionId("spokesman"), new SourceId("paper"), new TextSpan(0, 9, "12 killed"), QuoteMode.DirectQuote, StatementChannel.PressConference).WithSpeaker(Army);
        var report = Report(Killed("army-says", Rebels, CountEstimate.Exactly(12)).WithAttributions([spokesman.Id]))
            .WithAttributions([.. Report().Attributions, spokesman]);

        Assert.Single(UcdpGedExport.Losses(report).About("clash"), e => e.Lost == "the quotes and spans of 1 attribution(s) of the claims about it, their channels, speakers and grades");

        // An import's claims cite UCDP's own statement: the row is that statement.
        var imported = UcdpGedImport.ToReport(UcdpGedCsv.Read(TestFiles.Open("ucdp-ged-excerpt.csv")));
        Assert.All(imported.Claims, c => Assert.NotEmpty(c.Attributions));
        Assert.DoesNotContain(UcdpGedExport.Losses(imported).Entries, e => e.Lost.Contains("of the claims about it", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_AFigureBesideUcdpsPublishedTotal_IsSaidToBeLeftOutOfIt()
    {
        var report = UcdpGedImport.ToReport(UcdpGedCsv.Read(TestFiles.Open("ucdp-ged-excerpt.csv")));
        var one = report.WithEngagements([report.Engagements.Single(e => e.Id.Value == "ucdp-ged:300380")]);
        var news = new CasualtyClaim(new ClaimId("news"), Claimant.ByActor(one.Actors[0].Id), [EntityReference.To(one.Engagements[0].Id)], CountEstimate.Exactly(7), CasualtyOutcome.Killed);
        var added = one.WithClaims([.. one.Claims, news]);

        var row = UcdpGedExport.ToRows(added).Single();

        Assert.Equal((2, 2, 2), (row.Low, row.Best, row.High));
        Assert.Contains(UcdpGedExport.Losses(added).Entries, e => e.Lost == "the figures of news in low, best and high" && e.Reason.StartsWith("low, best and high are UCDP's published total", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ARepeatedId_IsRenamed_InOneReportAsInTheStreamedOnes_AndExportsBack()
    {
        var lines = Encoding.UTF8.GetString(TestFiles.Bytes("ucdp-ged-excerpt.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join('\n', lines[0], lines[1], lines[1], lines[1]) + "\n";

        var one = UcdpGedImport.Read(TestFiles.Utf8(text));
        var streamed = UcdpGedImport.ReadEvents(TestFiles.Utf8(text)).ToList();

        Assert.Equal(["ucdp-ged:300380", "ucdp-ged:300380-2", "ucdp-ged:300380-3"], one.Engagements.Select(e => e.Id.Value).ToArray());
        Assert.Equal(one, ConflictReport.Merge(streamed));
        Assert.Empty(one.Validate().Errors);
        Assert.Equal(text, Encoding.UTF8.GetString(TestFiles.Write(s => UcdpGedExport.Write(one, s, DatasetWriteOptions.MachineToMachine))));
    }

    [Theory]
    [InlineData("type 3, deaths_b above deaths_civilians", "type_of_violence=3;side_b=Civilians;gwnob=;deaths_a=0;deaths_b=5;deaths_civilians=3;deaths_unknown=0;best=8;high=8;low=8")]
    [InlineData("type 3, deaths_b below deaths_civilians", "type_of_violence=3;side_b=Civilians;gwnob=;deaths_a=0;deaths_b=3;deaths_civilians=5;deaths_unknown=0;best=8;high=8;low=8")]
    [InlineData("no country", "country=;country_id=")]
    [InlineData("a source with only a date, not written as UCDP writes dates", "source_article=;source_office=;source_headline=;source_date=2013-1-3;number_of_sources=1")]
    [InlineData("a source with nothing at all", "source_article=;source_office=;source_headline=;source_date=;number_of_sources=1")]
    public void ImportThenExport_OfAnEditedRealRow_GivesItBack_WithNothingLost(string what, string edits)
    {
        // Row 300380 of the excerpt, with the edits: whatever the row says, the row comes back, and
        // nothing the model holds is lost on the way.
        var row = UcdpGedCsv.Read(TestFiles.Open("ucdp-ged-excerpt.csv")).First();
        foreach (var edit in edits.Split(';'))
        {
            var (column, text) = (edit[..edit.IndexOf('=', StringComparison.Ordinal)], edit[(edit.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            row = row.WithText(column, text);
        }

        var written = TestFiles.Write(s => UcdpGedCsv.Write(s, [row], DatasetWriteOptions.MachineToMachine));
        var report = UcdpGedImport.Read(new MemoryStream(written));

        LossReport? losses = null;
        var back = TestFiles.Write(s => losses = UcdpGedExport.Write(report, s, DatasetWriteOptions.MachineToMachine));

        Assert.True(Encoding.UTF8.GetString(written) == Encoding.UTF8.GetString(back), what);
        Assert.Empty(losses!.Entries);
    }

    [Fact]
    public async Task WriteAsync_NumbersRowsWithoutAUcdpIdThroughTheWholeFile()
    {
        // The Mali report's events, one report each, as a JSON Lines file gives them (none has a UCDP
        // id), then the same reports again: the second pass's rows go on numbering, never from 1.
        var reports = MaliArticle.Report.SplitByEngagementInOrder().ToList();

        var once = await Ids(reports);
        var twice = await Ids([.. reports, .. reports]);

        Assert.NotEmpty(once);
        Assert.Equal(2 * once.Length, twice.Length);
        Assert.Equal(once, twice[..once.Length]);
        Assert.Equal(twice.Length, twice.Distinct().Count());

        static async Task<long[]> Ids(System.Collections.Generic.List<ConflictReport> reports)
        {
            using var stream = new MemoryStream();
            await UcdpGedExport.WriteAsync(reports.ToAsyncEnumerable(), stream, DatasetWriteOptions.MachineToMachine);
            stream.Position = 0;
            return UcdpGedCsv.Read(stream).Select(r => r.Id).ToArray();
        }
    }

    [Fact]
    public void ImportThenExport_OfRealRows_ReportsNothingLost()
    {
        // Twelve rows of UCDP GED 25.1: ten state-based (type 1), two non-state (type 2, rows 448810
        // and 461369), whose sides UCDP gives no category: the model holds none, and a read of the
        // row written gives none again, so that is no loss either.
        var report = UcdpGedImport.ToReport(UcdpGedCsv.Read(TestFiles.Open("ucdp-ged-excerpt.csv")));

        var losses = UcdpGedExport.Write(report, Stream.Null);

        Assert.Empty(losses.Entries);
    }

    [Fact]
    public void Export_ASideWithoutCategory_IsALoss_WhenAReadOfTheRowWouldGiveItOne()
    {
        // Side B of a state-based event reads back as a rebel group: the model's "no category" is lost.
        var report = Report().WithActors([.. Report().Actors.Select(a => a.Id == Rebels ? new Actor(Rebels, a.Name, a.Kind) : a)]);
        Assert.Equal(1, UcdpGedExport.ToRows(report).Single().TypeOfViolence);
        Assert.Single(UcdpGedExport.Losses(report).About("clash"), e => e.Lost == "participant rebels");

        // Two sides without category: non-state (type 2), which reads back as no category for either.
        var neither = report.WithActors([.. report.Actors.Select(a => a.Id == Army ? new Actor(Army, a.Name, a.Kind) : a)]);
        Assert.Equal(2, UcdpGedExport.ToRows(neither).Single().TypeOfViolence);
        Assert.DoesNotContain(UcdpGedExport.Losses(neither).About("clash"), e => e.Lost.StartsWith("participant", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_Mali_MatchesSnapshot()
    {
        var report = MaliArticle.Report;

        var csv = Encoding.UTF8.GetString(TestFiles.Write(s => UcdpGedExport.Write(report, s)));
        var losses = UcdpGedExport.Losses(report).ToString() + "\n";

        Snapshot("mali-ucdp.csv", csv);
        Snapshot("mali-ucdp-losses.txt", losses);

        // A file the library writes, the library reads (the columns the model does not know are empty).
        Assert.Single(UcdpGedCsv.Read(TestFiles.Utf8(csv)));
    }

    [Fact]
    public void Export_Mali_CampaignFiguresAreNeverCopiedOntoEvents()
    {
        var rows = UcdpGedExport.ToRows(MaliArticle.Report).ToList();

        Assert.DoesNotContain(rows, r => r.Best == 81);
        Assert.Single(UcdpGedExport.Losses(MaliArticle.Report).About("militants-neutralised"));
    }

    private static void Snapshot(string name, string actual)
    {
        var expected = Encoding.UTF8.GetString(TestFiles.Bytes(name));
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            // The new output beside the test's binaries, to compare and (after review) copy into Data/.
            System.IO.File.WriteAllText(Path.Combine(AppContext.BaseDirectory, name + ".actual"), actual);
        }

        Assert.Equal(expected, actual);
    }
}
