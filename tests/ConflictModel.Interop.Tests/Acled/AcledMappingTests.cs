using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Fixtures;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;
using ConflictModel.Tests.Shared;
using NodaTime;

namespace ConflictModel.Interop.Tests.Acled;

public sealed class AcledMappingTests
{
    private static readonly ActorId Army = new("army");
    private static readonly ActorId Rebels = new("rebels");
    private static readonly EngagementId Clash = new("clash");
    private static readonly LocationId Country = new("xanadu");
    private static readonly LocationId Town = new("kayes");

    [Fact]
    public void MaliReport_ExportsTheRowsACoderWouldWrite()
    {
        var result = AcledExport.Export(MaliArticle.Report);

        var csv = Encoding.UTF8.GetString(TestFiles.Write(s => AcledCsv.Write(s, result.Rows, DatasetWriteOptions.MachineToMachine)));
        SnapshotAssert.Matches(csv, "csv", "rows");
        SnapshotAssert.Matches(result.Losses.ToString(), "txt", "losses");
    }

    [Fact]
    public void MaliCampaign_IsNoRow_AndItsFiguresAreLossLines()
    {
        var result = AcledExport.Export(MaliArticle.Report);

        Assert.DoesNotContain(result.Rows, r => r.EventIdCnty == "CM-" + MaliArticle.Engagements.WesternMaliAttacks.Id.Value);
        var campaign = result.Losses.About("engagement:" + MaliArticle.Engagements.WesternMaliAttacks.Id.Value).ToList();
        Assert.Contains(campaign, e => e.Lost.Contains("more than 80", System.StringComparison.Ordinal) && e.Lost.Contains("figure of the campaign", System.StringComparison.Ordinal));
        Assert.Contains(campaign, e => e.Reason.Contains("written as 0", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Fatalities_TakeTheLowestFigurePerVictims_AndAddTheGroups()
    {
        var report = Report(
            Casualty("army-says", Army, CountEstimate.Exactly(12), CasualtyOutcome.Killed, Rebels),
            Casualty("rebels-say", Rebels, CountEstimate.AtLeast(30), CasualtyOutcome.Killed, Rebels),
            Casualty("soldiers", Rebels, CountEstimate.Exactly(4), CasualtyOutcome.Killed, Army),
            Casualty("wounded", Army, CountEstimate.Exactly(50), CasualtyOutcome.Wounded, Army));

        var result = AcledExport.Export(report);

        Assert.Equal(16, Assert.Single(result.Rows).Fatalities);
        Assert.Contains(result.Losses.Entries, e => e.Lost.StartsWith("disagreement", System.StringComparison.Ordinal));
        Assert.Contains(result.Losses.Entries, e => e.Lost.Contains("claim wounded", System.StringComparison.Ordinal) && e.Reason.Contains("not a figure of deaths", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Fatalities_DeniedAndRetractedFiguresAreNotCounted_DisputedOnesAreWithALine()
    {
        var report = Report(
            Casualty("denied", Army, CountEstimate.Exactly(40), CasualtyOutcome.Killed, Rebels).WithStatus(ClaimStatus.Denied),
            Casualty("retracted", Rebels, CountEstimate.Exactly(30), CasualtyOutcome.Killed, Army).WithStatus(ClaimStatus.Retracted),
            Casualty("disputed", Rebels, CountEstimate.Exactly(3), CasualtyOutcome.Killed, Army).WithStatus(ClaimStatus.Disputed));

        var result = AcledExport.Export(report);

        var row = Assert.Single(result.Rows);
        Assert.Equal(3, row.Fatalities);
        Assert.Contains(result.Losses.Entries, e => e.Lost.Contains("claim denied", System.StringComparison.Ordinal) && e.Reason == "not counted: the claim is denied");
        Assert.Contains(result.Losses.Entries, e => e.Lost.Contains("claim retracted", System.StringComparison.Ordinal) && e.Reason == "not counted: the claim is retracted");
        Assert.Contains(result.Losses.Entries, e => e.Lost.Contains("claim disputed", System.StringComparison.Ordinal) && e.Reason.StartsWith("a disputed figure", System.StringComparison.Ordinal));
        Assert.Contains("Army of Mali reported 40 killed (denied).", row.Notes, System.StringComparison.Ordinal);
        Assert.Contains("Rebel group X reported 3 killed (disputed).", row.Notes, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Fatalities_AgreeingFiguresAreNoDisagreement_AndAnApproximateFigureIsWritten()
    {
        var agreeing = AcledExport.Export(Report(
            Casualty("army-says", Army, CountEstimate.Exactly(12), CasualtyOutcome.Killed, Rebels),
            Casualty("rebels-say", Rebels, CountEstimate.Exactly(12), CasualtyOutcome.Killed, Rebels)));
        var approximate = AcledExport.Export(Report(Casualty("about", Army, CountEstimate.Approximately(50), CasualtyOutcome.Killed, Rebels)));

        Assert.Equal(12, Assert.Single(agreeing.Rows).Fatalities);
        Assert.DoesNotContain(agreeing.Losses.Entries, e => e.Lost.StartsWith("disagreement", System.StringComparison.Ordinal));
        Assert.Contains(agreeing.Losses.Entries, e => e.Lost == "the claimants of the casualty figures");
        Assert.Equal(50, Assert.Single(approximate.Rows).Fatalities);
        Assert.Contains(approximate.Losses.Entries, e => e.Lost.Contains("claim about", System.StringComparison.Ordinal) && e.Reason == "approximate, without bounds: its figure 50 is written as if exact");
    }

    [Fact]
    public void ImportedRowWithANewClaim_SaysThatTheRecordsNotesDoNotCarryIt()
    {
        // FRE1 cites its ACLED record, whose text is the notes; a news figure added since is in no column.
        var report = AcledImport.ToReport(AcledCsv.Read(TestFiles.Open("acled-invented.csv")));
        var fre1 = report.Engagements[0];
        var news = new CasualtyClaim(new ClaimId("news-figure"), Claimant.ByActor(fre1.Participants[0].Actor), [EntityReference.To(fre1.Id)], CountEstimate.Exactly(2), CasualtyOutcome.Killed);
        var changed = report.WithEngagements([fre1]).WithClaims([.. report.Claims.Where(c => c.Subjects.Contains(EntityReference.To(fre1.Id))), news]);
        Assert.Empty(AcledExport.Losses(report.WithEngagements([fre1]).WithClaims([.. report.Claims.Where(c => c.Subjects.Contains(EntityReference.To(fre1.Id)))])).Entries);

        var result = AcledExport.Export(changed);

        Assert.Equal(2, Assert.Single(result.Rows).Fatalities);
        Assert.Single(result.Losses.Entries, e => e.Lost.StartsWith("claim news-figure:", System.StringComparison.Ordinal) && e.Reason == "not written: the notes are the ACLED record's own text, written as it is");
        Assert.Single(result.Losses.Entries, e => e.Lost.StartsWith("disagreement", System.StringComparison.Ordinal) && e.Reason.EndsWith("the claimants are named nowhere (the notes are the ACLED record's own text)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ClaimsOwnAttributions_AreALossLine()
    {
        // The army's figure is attributed to a spokesman's words in the paper: the row keeps neither.
        var paper = new Source(new SourceId("paper"), SourceKind.NewsArticle).WithPublisher("Daily");
        var spokesman = new SourceAttribution(new AttributionId("spokesman"), paper.Id, new TextSpan(0, 9, "12 killed"), QuoteMode.DirectQuote, StatementChannel.PressConference).WithSpeaker(Army);
        var report = Report(Casualty("army-says", Army, CountEstimate.Exactly(12), CasualtyOutcome.Killed, Rebels).WithAttributions([spokesman.Id]))
            .WithSources([paper])
            .WithAttributions([spokesman]);

        var losses = AcledExport.Losses(report);

        Assert.Single(losses.Entries, e => e.Lost == "the quotes and spans of 1 attribution(s) of the claims about it, their channels, speakers and grades");
    }

    [Fact]
    public void Fatalities_MoreThanIsItsLowerBound_AndUndisclosedIsZeroWithALine()
    {
        var more = AcledExport.Export(Report(Casualty("more", Army, CountEstimate.MoreThan(80).WithWording("more than 80"), CasualtyOutcome.Killed, Rebels)));
        var undisclosed = AcledExport.Export(Report(Casualty("none", Army, CountEstimate.Undisclosed, CasualtyOutcome.Killed, Rebels)));

        Assert.Equal(81, Assert.Single(more.Rows).Fatalities);
        Assert.Contains(more.Losses.Entries, e => e.Reason.Contains("lower bound 81", System.StringComparison.Ordinal));
        Assert.Equal(0, Assert.Single(undisclosed.Rows).Fatalities);
        Assert.Contains(undisclosed.Losses.Entries, e => e.Reason.Contains("counts as 0", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Columns_FollowTheDocumentedRules()
    {
        var row = Assert.Single(AcledExport.Export(Report()).Rows);

        Assert.Equal("CM-clash", row.EventIdCnty);
        Assert.Equal(new LocalDate(2025, 7, 1), row.EventDate);
        Assert.Equal(1, row.TimePrecision);
        Assert.Equal("Rebel group X", row.Actor1);
        Assert.Equal(ConflictCategory.RebelGroup, row.Inter1);
        Assert.Equal("Army of Mali", row.Actor2);
        Assert.Equal(12, row.Interaction);
        Assert.Equal(466, row.Iso);
        Assert.Equal("Western Africa", row.Region);
        Assert.Equal("Mali", row.Country);
        Assert.Equal("Kayes", row.Location);
        Assert.Equal(14.4469, row.Latitude);
        Assert.Equal(1, row.GeoPrecision);
        Assert.Equal("Political violence", row.GetText("disorder_type"));
    }

    [Fact]
    public void EngagementWithoutPlaceOrTime_IsNoRow_AndSaysSo()
    {
        var report = Report();
        report = report.WithEngagements([report.Engagements[0].WithLocations([]), report.Engagements[0].WithTime(null)]);

        var result = AcledExport.Export(report);

        Assert.Empty(result.Rows);
        Assert.Contains(result.Losses.Entries, e => e.Reason.Contains("no place", System.StringComparison.Ordinal));
        Assert.Contains(result.Losses.Entries, e => e.Reason.Contains("no time", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Import_SharesActorsAndPlaces_AndMakesACasualtyClaimByAcled()
    {
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).ToList();

        var report = AcledImport.ToReport(rows);

        Assert.Equal(rows.Count, report.Engagements.Length);
        Assert.Equal(report.Actors.Length, report.Actors.Select(a => a.Name.Text).Distinct().Count());
        Assert.All(report.Engagements, e => Assert.Contains(e.ExternalIds, x => x.Scheme == ExternalId.Acled));
        var claim = Assert.IsType<CasualtyClaim>(report.Claims[0]);
        Assert.Equal(AcledImport.AcledActor.Id, claim.Claimant.Actor);
        Assert.Equal(rows[0].Fatalities, claim.Count.Low);
        Assert.Contains(report.Sources, s => s.Kind == SourceKind.DatasetRecord && s.Text == rows[0].Notes);
        var leaf = report.Index.Get(report.Engagements[0].Locations[0]);
        Assert.Equal(LocationKind.Country, report.Index.AncestorsOf(leaf.Id)[^1].Kind);
        Assert.Equal(rows, AcledExport.Export(report).Rows.ToArray());
    }

    [Fact]
    public void Import_KeepsTheColumnsThatTheRowsSharedActorsAndPlacesWouldChange()
    {
        // Actors and places are shared by name: an actor's category and a country's code come from the
        // first row that names them, so a later row that codes them otherwise keeps its own text.
        var first = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).First().WithText("iso", "466");
        var second = first.WithText("event_id_cnty", "FRE100").WithText("inter1", "2").WithText("iso", "562");

        var report = AcledImport.ToReport([first, second]);

        string[] Kept(int i) => [.. report.Engagements[i].DatasetFields.Select(f => f.Name)];
        Assert.DoesNotContain("inter1", Kept(0));
        Assert.DoesNotContain("iso", Kept(0));
        Assert.Contains("inter1", Kept(1));
        Assert.Contains("iso", Kept(1));
        Assert.Single(report.Actors, a => a.Name.Text == first.Actor1);
        Assert.Equal([first, second], AcledExport.Export(report).Rows.ToArray());
    }

    [Fact]
    public void KeptTextThatBreaksAColumnsRule_IsNoRow_AndALossLineNamesTheColumn()
    {
        var report = AcledImport.ToReport(AcledCsv.Read(TestFiles.Open("acled-invented.csv")).Take(1));
        var engagement = report.Engagements[0];
        var edited = report.WithEngagements([engagement.WithDatasetFields([new DatasetField(AcledExport.Dataset, "latitude", "200"), .. engagement.DatasetFields])]);

        var result = AcledExport.Export(edited);

        Assert.Empty(result.Rows);
        var line = Assert.Single(result.Losses.Entries, e => e.Lost == "the whole engagement: no row");
        Assert.Contains("the ACLED column 'latitude' cannot hold '200': The value must be a decimal number from -90 to 90.", line.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_StreamsTheRowsAndLossesThatExportGives()
    {
        var result = AcledExport.Export(MaliArticle.Report);
        var expected = TestFiles.Write(s => AcledCsv.Write(s, result.Rows));

        LossReport? written = null;
        var bytes = TestFiles.Write(s => written = AcledExport.Write(MaliArticle.Report, s));
        using var asyncStream = new MemoryStream();
        var writtenAsync = await AcledExport.WriteAsync(MaliArticle.Report, asyncStream);

        Assert.Equal(expected, bytes);
        Assert.Equal(expected, asyncStream.ToArray());
        Assert.Equal(result.Losses, written);
        Assert.Equal(result.Losses, writtenAsync);
        Assert.Equal(result.Losses, AcledExport.Losses(MaliArticle.Report));
        Assert.Equal(result.Rows.ToArray(), AcledExport.ToRows(MaliArticle.Report).ToArray());
        Assert.NotEmpty(result.Losses.Entries);
    }

    [Fact]
    public void ImportedRows_ExportWithoutLossLines_ForWhatTheRowGivesBack()
    {
        // The invented rows: an unknown country code and region kept as the row's text, month and
        // week precision, ACLED's own fatalities and the notes quoted whole: nothing is lost.
        var rows = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).ToList();

        var result = AcledExport.Export(AcledImport.ToReport(rows));

        Assert.Equal(rows, result.Rows.ToArray());
        Assert.Empty(result.Losses.Entries);
    }

    [Fact]
    public async Task SpreadsheetSafeWrite_ListsEachEscapedText_MachineToMachineNone()
    {
        // FRE5's notes start with "=", FRE6's source with "@": a spreadsheet would run them.
        var report = AcledImport.ToReport(AcledCsv.Read(TestFiles.Open("acled-invented.csv")));

        var safe = AcledExport.Write(report, Stream.Null);
        var safeAsync = await AcledExport.WriteAsync(report, Stream.Null);
        var exact = AcledExport.Write(report, Stream.Null, DatasetWriteOptions.MachineToMachine);

        Assert.Equal(
            [("ACLED row FRE5", "the text of notes, \"=On 9 March 2024, a drone strike hit a c…\""), ("ACLED row FRE6", "the text of source, \"@freedonia_news\"")],
            safe.Entries.Select(e => (e.Subject, e.Lost)).ToArray());
        Assert.All(safe.Entries, e => Assert.StartsWith("written with a ' in front", e.Reason, System.StringComparison.Ordinal));
        Assert.Equal(safe, safeAsync);
        Assert.Empty(exact.Entries);
    }

    [Fact]
    public void IsoZero_OfACountryWithoutAnIsoCode_ComesBackWithNoLine()
    {
        // ACLED writes 0 for Kosovo, which has no ISO 3166-1 code: the row gives it back.
        var fre1 = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).First()
            .WithText("iso", "0").WithText("region", "Europe").WithText("country", "Kosovo").WithText("admin1", "Pristina").WithText("admin2", string.Empty).WithText("location", "Pristina");
        var written = TestFiles.Write(s => AcledCsv.Write(s, [fre1], DatasetWriteOptions.MachineToMachine));

        LossReport? losses = null;
        var back = TestFiles.Write(s => losses = AcledExport.Write(AcledImport.ToReport(AcledCsv.Read(new MemoryStream(written))), s, DatasetWriteOptions.MachineToMachine));

        Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(back));
        Assert.Empty(losses!.Entries);
    }

    [Fact]
    public void UnknownIso_IsALossLine_UnlessTheRowsOwnTextIsWritten()
    {
        var report = Report();
        var unknown = report.WithLocations([report.Locations[0].WithIsoCode(new Iso3166Code("XK")), report.Locations[1]]);
        var kept = unknown.WithEngagements([unknown.Engagements[0].WithDatasetFields([new DatasetField(AcledExport.Dataset, "iso", "999"), new DatasetField(AcledExport.Dataset, "region", "Europe")])]);

        var derived = AcledExport.Export(unknown);
        var own = AcledExport.Export(kept);

        Assert.Contains(derived.Losses.Entries, e => e.Lost == "the iso column");
        Assert.Contains(derived.Losses.Entries, e => e.Lost == "the region column");
        Assert.Equal(999, Assert.Single(own.Rows).Iso);
        Assert.DoesNotContain(own.Losses.Entries, e => e.Lost is "the iso column" or "the region column");
    }

    [Fact]
    public void DateRange_IsALossLine_OnlyWhenTheRowsDateAndPrecisionDoNotGiveItBack()
    {
        LossReport WithTime(ReportedTime time) => AcledExport.Export(Report().WithEngagements([Report().Engagements[0].WithTime(time)])).Losses;
        static bool IsDates(LossEntry e) => e.Lost.StartsWith("the dates", System.StringComparison.Ordinal);

        var month = WithTime(ReportedTime.InMonth(new YearMonth(2025, 7)));
        var week = WithTime(ReportedTime.Between(new LocalDate(2025, 6, 28), new LocalDate(2025, 7, 4)));
        var fiveDays = WithTime(ReportedTime.Between(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 5)));

        Assert.DoesNotContain(month.Entries, IsDates);
        Assert.DoesNotContain(week.Entries, IsDates);
        var line = Assert.Single(fiveDays.Entries, IsDates);
        Assert.Contains("the middle day 2025-07-03 is written, with time_precision 2", line.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AcledsOwnFigure_IsNoLoss_ButTheSameBoundByAnotherClaimantIs()
    {
        var row = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).First();
        var imported = AcledImport.FromRow(row);
        var own = Assert.IsType<CasualtyClaim>(Assert.Single(imported.Claims));
        var byAnother = imported.WithActors([.. imported.Actors, new Actor(Army, new LocalizedName("Army"), ActorKind.Organisation)])
            .WithClaims([new CasualtyClaim(own.Id, Claimant.ByActor(Army), own.Subjects, own.Count, own.Outcome).WithAttributions(own.Attributions)]);

        var ownLosses = AcledExport.Export(imported).Losses;
        var otherLosses = AcledExport.Export(byAnother).Losses;

        Assert.DoesNotContain(ownLosses.Entries, e => e.Reason.StartsWith("a bounded figure", System.StringComparison.Ordinal));
        Assert.DoesNotContain(ownLosses.Entries, e => e.Lost == "the claimants of the casualty figures");
        Assert.Contains(otherLosses.Entries, e => e.Reason.StartsWith("a bounded figure", System.StringComparison.Ordinal));
        Assert.Contains(otherLosses.Entries, e => e.Lost == "the claimants of the casualty figures");
    }

    [Fact]
    public void RecordQuotedWhole_IsNoLoss_ButAQuoteOfPartOfItIs()
    {
        var row = AcledCsv.Read(TestFiles.Open("acled-invented.csv")).First();
        var imported = AcledImport.FromRow(row);
        var notes = Assert.Single(imported.Attributions);
        var part = TextSpan.Locate(row.Notes, row.Notes[..10], 1, 0);
        var partial = imported.WithAttributions([new SourceAttribution(notes.Id, notes.Source, part, notes.Mode, notes.Channel)]);

        static bool IsQuotes(LossEntry e) => e.Lost.StartsWith("the quotes and spans", System.StringComparison.Ordinal);

        Assert.DoesNotContain(AcledExport.Export(imported).Losses.Entries, IsQuotes);
        Assert.Contains(AcledExport.Export(partial).Losses.Entries, IsQuotes);
    }

    [Fact]
    public void ActorWithoutCategory_IsALossLine_OnlyForActorOneOrTwo()
    {
        var report = Report();
        var militia = new ActorId("militia");
        var withAssociate = report
            .WithActors([.. report.Actors, new Actor(militia, new LocalizedName("Militia"), ActorKind.Organisation)])
            .WithEngagements([report.Engagements[0].WithParticipants([.. report.Engagements[0].Participants, new Participant(militia, ParticipantRole.Associate)])]);
        var uncategorised = report.WithActors([report.Actors[0].WithCategory(null), report.Actors[1]]);

        Assert.DoesNotContain(AcledExport.Export(withAssociate).Losses.Entries, e => e.Lost.StartsWith("the actor type", System.StringComparison.Ordinal));
        var line = Assert.Single(AcledExport.Export(uncategorised).Losses.Entries, e => e.Lost.StartsWith("the actor type", System.StringComparison.Ordinal));
        Assert.Equal("the actor type of Army of Mali", line.Lost);
        Assert.Equal("the actor has no category, so inter2 is left empty", line.Reason);
    }

    private static CasualtyClaim Casualty(string id, ActorId claimant, CountEstimate count, CasualtyOutcome outcome, ActorId victims)
        => new CasualtyClaim(new ClaimId(id), Claimant.ByActor(claimant), [EntityReference.To(Clash)], count, outcome).WithVictims(victims);

    private static ConflictReport Report(params Claim[] claims) => new ConflictReport()
        .WithActors(
        [
            new Actor(Army, new LocalizedName("Army of Mali"), ActorKind.Organisation).WithCategory(ConflictCategory.StateForces),
            new Actor(Rebels, new LocalizedName("Rebel group X"), ActorKind.Organisation).WithCategory(ConflictCategory.RebelGroup),
        ])
        .WithLocations(
        [
            new Location(Country, new LocalizedName("Mali"), LocationKind.Country).WithIsoCode(new Iso3166Code("ML")),
            new Location(Town, new LocalizedName("Kayes"), LocationKind.Settlement).WithParent(Country)
                .WithPoint(new GeoPoint(14.4469, -11.4445)).WithPrecision(PlacePrecision.Settlement),
        ])
        .WithEngagements(
        [
            new Engagement(Clash, EventType.Battles).WithSubType(SubEventType.ArmedClash)
                .WithTime(ReportedTime.OnDate(new LocalDate(2025, 7, 1)))
                .WithLocations([Town])
                .WithParticipants([new Participant(Army, ParticipantRole.Defender), new Participant(Rebels, ParticipantRole.Attacker)]),
        ])
        .WithClaims([.. claims]);
}
