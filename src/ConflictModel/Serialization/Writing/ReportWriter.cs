using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// Writes a report straight to a <see cref="Utf8JsonWriter"/>, member by member, in the format the
/// contract of <see cref="ContractRules"/> describes: the same members in the same order, nulls and
/// empty collections omitted, claims with their <c>kind</c> first, and the report's
/// <c>schemaVersion</c> first.
/// </summary>
/// <remarks>
/// <para>The serializer writes the same bytes (the tests compare both on every fixture and on
/// generated reports), but goes through a converter and a boxed check per member; this writer reads
/// each property once and writes it. The contract stays what the JSON Schema is exported from.</para>
/// <para>Member names come from the reader's member enumerations, so that the writer, the reader
/// and the schema cannot drift apart. Stateless; safe to use from any thread.</para>
/// </remarks>
internal static class ReportWriter
{
    /// <summary>From this many bytes on, an asynchronous write hands what it has to the stream.</summary>
    private const int FlushThreshold = 64 * 1024;

    /// <summary>The report's entity arrays, in the format's order; the writer walks them by member, not by position.</summary>
    private static readonly ConflictReportMember[] Sections =
    [
        ConflictReportMember.Sources,
        ConflictReportMember.Actors,
        ConflictReportMember.Locations,
        ConflictReportMember.Engagements,
        ConflictReportMember.Claims,
        ConflictReportMember.Attributions,
        ConflictReportMember.Mentions,
        ConflictReportMember.DatasetFields,
    ];

    private static readonly JsonEncodedText SchemaVersionName = N(ConflictReportMember.SchemaVersion);
    private static readonly JsonEncodedText Id = N(SourceMember.Id);
    private static readonly JsonEncodedText Kind = N(SourceMember.Kind);
    private static readonly JsonEncodedText Title = N(SourceMember.Title);
    private static readonly JsonEncodedText Publisher = N(SourceMember.Publisher);
    private static readonly JsonEncodedText Language = N(SourceMember.Language);
    private static readonly JsonEncodedText Published = N(SourceMember.Published);
    private static readonly JsonEncodedText Url = N(SourceMember.Url);
    private static readonly JsonEncodedText Text = N(SourceMember.Text);
    private static readonly JsonEncodedText TextSha256 = N(SourceMember.TextSha256);
    private static readonly JsonEncodedText ExternalIds = N(SourceMember.ExternalIds);
    private static readonly JsonEncodedText DatasetFields = N(SourceMember.DatasetFields);
    private static readonly JsonEncodedText Name = N(ActorMember.Name);
    private static readonly JsonEncodedText Aliases = N(ActorMember.Aliases);
    private static readonly JsonEncodedText Category = N(ActorMember.Category);
    private static readonly JsonEncodedText Country = N(ActorMember.Country);
    private static readonly JsonEncodedText Affiliations = N(ActorMember.Affiliations);
    private static readonly JsonEncodedText Target = N(AffiliationMember.Target);
    private static readonly JsonEncodedText Attributions = N(AffiliationMember.Attributions);
    private static readonly JsonEncodedText AlternateNames = N(LocationMember.AlternateNames);
    private static readonly JsonEncodedText Parent = N(LocationMember.Parent);
    private static readonly JsonEncodedText IsoCode = N(LocationMember.IsoCode);
    private static readonly JsonEncodedText Point = N(LocationMember.Point);
    private static readonly JsonEncodedText Precision = N(LocationMember.Precision);
    private static readonly JsonEncodedText Basis = N(LocationMember.Basis);
    private static readonly JsonEncodedText Type = N(EngagementMember.Type);
    private static readonly JsonEncodedText Scope = N(EngagementMember.Scope);
    private static readonly JsonEncodedText SubType = N(EngagementMember.SubType);
    private static readonly JsonEncodedText Time = N(EngagementMember.Time);
    private static readonly JsonEncodedText Locations = N(EngagementMember.Locations);
    private static readonly JsonEncodedText Participants = N(EngagementMember.Participants);
    private static readonly JsonEncodedText Campaign = N(EngagementMember.Campaign);
    private static readonly JsonEncodedText Summary = N(EngagementMember.Summary);
    private static readonly JsonEncodedText Actor = N(ParticipantMember.Actor);
    private static readonly JsonEncodedText Role = N(ParticipantMember.Role);
    private static readonly JsonEncodedText Identification = N(ParticipantMember.Identification);
    private static readonly JsonEncodedText IdentificationClaims = N(ActorIdentificationMember.Claims);
    private static readonly JsonEncodedText Source = N(SourceAttributionMember.Source);
    private static readonly JsonEncodedText Quote = N(SourceAttributionMember.Quote);
    private static readonly JsonEncodedText Mode = N(SourceAttributionMember.Mode);
    private static readonly JsonEncodedText Channel = N(SourceAttributionMember.Channel);
    private static readonly JsonEncodedText Speaker = N(SourceAttributionMember.Speaker);
    private static readonly JsonEncodedText StatedAt = N(SourceAttributionMember.StatedAt);
    private static readonly JsonEncodedText Grade = N(SourceAttributionMember.Grade);
    private static readonly JsonEncodedText ChannelWording = N(SourceAttributionMember.ChannelWording);
    private static readonly JsonEncodedText Entity = N(MentionMember.Entity);
    private static readonly JsonEncodedText Span = N(MentionMember.Span);
    private static readonly JsonEncodedText Confidence = N(MentionMember.Confidence);
    private static readonly JsonEncodedText Rationale = N(MentionMember.Rationale);
    private static readonly JsonEncodedText Scheme = N(ExternalIdMember.Scheme);
    private static readonly JsonEncodedText Value = N(ExternalIdMember.Value);
    private static readonly JsonEncodedText Dataset = N(DatasetFieldMember.Dataset);
    private static readonly JsonEncodedText Start = N(TextSpanMember.Start);
    private static readonly JsonEncodedText End = N(TextSpanMember.End);
    private static readonly JsonEncodedText Exact = N(TextSpanMember.Exact);
    private static readonly JsonEncodedText Prefix = N(TextSpanMember.Prefix);
    private static readonly JsonEncodedText Suffix = N(TextSpanMember.Suffix);
    private static readonly JsonEncodedText ClaimKindName = N(ClaimBaseMember.Kind);
    private static readonly JsonEncodedText Claimant = N(ClaimBaseMember.Claimant);
    private static readonly JsonEncodedText Subjects = N(ClaimBaseMember.Subjects);
    private static readonly JsonEncodedText Status = N(ClaimBaseMember.Status);
    private static readonly JsonEncodedText Count = N(CasualtyClaimMember.Count);
    private static readonly JsonEncodedText CasualtyOutcome = N(CasualtyClaimMember.Outcome);
    private static readonly JsonEncodedText Victims = N(CasualtyClaimMember.Victims);
    private static readonly JsonEncodedText Controller = N(TerritorialControlClaimMember.Controller);
    private static readonly JsonEncodedText Change = N(TerritorialControlClaimMember.Change);
    private static readonly JsonEncodedText Places = N(TerritorialControlClaimMember.Places);
    private static readonly JsonEncodedText ControlExtent = N(TerritorialControlClaimMember.Extent);
    private static readonly JsonEncodedText Responsible = N(ResponsibilityClaimMember.Responsible);
    private static readonly JsonEncodedText Outcome = N(OutcomeClaimMember.Outcome);
    private static readonly JsonEncodedText Prevailing = N(OutcomeClaimMember.Prevailing);
    private static readonly JsonEncodedText Action = N(MaterielClaimMember.Action);
    private static readonly JsonEncodedText Items = N(MaterielClaimMember.Items);
    private static readonly JsonEncodedText Taker = N(MaterielClaimMember.Taker);
    private static readonly JsonEncodedText From = N(MaterielClaimMember.From);
    private static readonly JsonEncodedText ItemCategory = N(MaterielItemMember.Category);
    private static readonly JsonEncodedText ItemWording = N(MaterielItemMember.Wording);
    private static readonly JsonEncodedText ItemCount = N(MaterielItemMember.Count);
    private static readonly JsonEncodedText Characterisation = N(CharacterisationClaimMember.Characterisation);
    private static readonly JsonEncodedText Assessment = N(AssessmentClaimMember.Assessment);
    private static readonly JsonEncodedText Extent = N(ExtentClaimMember.Extent);

    /// <summary>Gets the writer options of compact or indented output, as the contract's serializer options give them.</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The options.</returns>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",

        // The documents are data, never embedded in HTML: write "JNIM's" and "Kayès", not "JNIM\u0027s".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a whole report.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, ConflictReport report)
    {
        writer.WriteStartObject();
        WriteSchemaVersion(writer);
        foreach (var section in Sections)
        {
            var count = SectionCount(report, section);
            if (count > 0)
            {
                writer.WriteStartArray(EnumNames<ConflictReportMember>.Encode(section));
                for (var i = 0; i < count; i++)
                {
                    WriteItem(writer, report, section, i);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a whole report to a stream, handing the bytes over every <see cref="FlushThreshold"/> bytes or so.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task WriteAsync(Stream stream, ConflictReport report, bool indented, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new PooledBufferWriter(FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, Options(indented));
        writer.WriteStartObject();
        WriteSchemaVersion(writer);
        foreach (var section in Sections)
        {
            var count = SectionCount(report, section);
            if (count > 0)
            {
                writer.WriteStartArray(EnumNames<ConflictReportMember>.Encode(section));
                for (var i = 0; i < count; i++)
                {
                    WriteItem(writer, report, section, i);
                    if (writer.BytesPending + buffer.WrittenCount >= FlushThreshold)
                    {
                        writer.Flush();
                        await buffer.DrainToAsync(stream, cancellationToken).ConfigureAwait(false);
                    }
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
        writer.Flush();
        await buffer.DrainToAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static JsonEncodedText N<TMember>(TMember member)
        where TMember : struct, System.Enum
        => EnumNames<TMember>.Encode(member);

    private static void WriteSchemaVersion(Utf8JsonWriter writer)
    {
        writer.WritePropertyName(SchemaVersionName);
        SchemaVersionConverter.WriteValue(writer, SchemaVersion.Current);
    }

    private static int SectionCount(ConflictReport report, ConflictReportMember section) => section switch
    {
        ConflictReportMember.Sources => Length(report.Sources),
        ConflictReportMember.Actors => Length(report.Actors),
        ConflictReportMember.Locations => Length(report.Locations),
        ConflictReportMember.Engagements => Length(report.Engagements),
        ConflictReportMember.Claims => Length(report.Claims),
        ConflictReportMember.Attributions => Length(report.Attributions),
        ConflictReportMember.Mentions => Length(report.Mentions),
        ConflictReportMember.DatasetFields => Length(report.DatasetFields),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Not one of the report's entity arrays."),
    };

    private static int Length<T>(ImmutableArray<T> items) => items.IsDefault ? 0 : items.Length;

    private static void WriteItem(Utf8JsonWriter writer, ConflictReport report, ConflictReportMember section, int index)
    {
        switch (section)
        {
            case ConflictReportMember.Sources:
                WriteSource(writer, report.Sources[index]);
                break;
            case ConflictReportMember.Actors:
                WriteActor(writer, report.Actors[index]);
                break;
            case ConflictReportMember.Locations:
                WriteLocation(writer, report.Locations[index]);
                break;
            case ConflictReportMember.Engagements:
                WriteEngagement(writer, report.Engagements[index]);
                break;
            case ConflictReportMember.Claims:
                WriteClaim(writer, report.Claims[index]);
                break;
            case ConflictReportMember.Attributions:
                WriteAttribution(writer, report.Attributions[index]);
                break;
            case ConflictReportMember.Mentions:
                WriteMention(writer, report.Mentions[index]);
                break;
            case ConflictReportMember.DatasetFields:
                WriteDatasetField(writer, report.DatasetFields[index]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(section), section, "Not one of the report's entity arrays.");
        }
    }

    private static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, source.Id.Value);
        writer.WriteString(Kind, EnumNames<SourceKind>.Encode(source.Kind));
        WriteText(writer, Title, source.Title);
        WriteText(writer, Publisher, source.Publisher);
        if (source.Language is { } language)
        {
            writer.WriteString(Language, language.Value);
        }

        WriteTime(writer, Published, source.Published);
        if (source.Url is { } url)
        {
            writer.WriteString(Url, url.OriginalString);
        }

        WriteText(writer, Text, source.Text);
        if (source.TextSha256 is { } digest)
        {
            writer.WriteString(TextSha256, digest.Hex);
        }

        WriteExternalIds(writer, source.ExternalIds);
        WriteDatasetFields(writer, source.DatasetFields);
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, actor.Id.Value);
        writer.WritePropertyName(Name);
        WriteName(writer, actor.Name);
        writer.WriteString(Kind, EnumNames<ActorKind>.Encode(actor.Kind));
        WriteNames(writer, Aliases, actor.Aliases);
        if (actor.Category is { } category)
        {
            writer.WriteString(Category, EnumNames<ConflictCategory>.Encode(category));
        }

        if (actor.Country is { } country)
        {
            writer.WriteString(Country, country.Value);
        }

        if (!actor.Affiliations.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(Affiliations);
            foreach (var affiliation in actor.Affiliations)
            {
                writer.WriteStartObject();
                writer.WriteString(Kind, EnumNames<AffiliationKind>.Encode(affiliation.Kind));
                writer.WriteString(Target, affiliation.Target.Value);
                WriteIds(writer, Attributions, affiliation.Attributions);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteExternalIds(writer, actor.ExternalIds);
        WriteDatasetFields(writer, actor.DatasetFields);
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, Location location)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, location.Id.Value);
        writer.WritePropertyName(Name);
        WriteName(writer, location.Name);
        writer.WriteString(Kind, EnumNames<LocationKind>.Encode(location.Kind));
        WriteNames(writer, AlternateNames, location.AlternateNames);
        if (location.Parent is { } parent)
        {
            writer.WriteString(Parent, parent.Value);
        }

        if (location.IsoCode is { } code)
        {
            writer.WriteString(IsoCode, code.Value);
        }

        if (location.Point is { } point)
        {
            writer.WritePropertyName(Point);
            GeoPointConverter.WriteValue(writer, point);
        }

        if (location.Precision is { } precision)
        {
            writer.WriteString(Precision, EnumNames<PlacePrecision>.Encode(precision));
        }

        WriteExternalIds(writer, location.ExternalIds);
        if (location.Basis is { } basis)
        {
            writer.WriteString(Basis, EnumNames<LocationBasis>.Encode(basis));
        }

        WriteDatasetFields(writer, location.DatasetFields);
        writer.WriteEndObject();
    }

    private static void WriteEngagement(Utf8JsonWriter writer, Engagement engagement)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, engagement.Id.Value);
        writer.WriteString(Type, EnumNames<EventType>.Encode(engagement.Type));
        writer.WriteString(Scope, EnumNames<EngagementScope>.Encode(engagement.Scope));
        if (engagement.SubType is { } subType)
        {
            writer.WriteString(SubType, EnumNames<SubEventType>.Encode(subType));
        }

        WriteTime(writer, Time, engagement.Time);
        WriteIds(writer, Locations, engagement.Locations);
        if (!engagement.Participants.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(Participants);
            foreach (var participant in engagement.Participants)
            {
                WriteParticipant(writer, participant);
            }

            writer.WriteEndArray();
        }

        if (engagement.Campaign is { } campaign)
        {
            writer.WriteString(Campaign, campaign.Value);
        }

        WriteIds(writer, Attributions, engagement.Attributions);
        WriteText(writer, Summary, engagement.Summary);
        WriteExternalIds(writer, engagement.ExternalIds);
        WriteDatasetFields(writer, engagement.DatasetFields);
        writer.WriteEndObject();
    }

    private static void WriteParticipant(Utf8JsonWriter writer, Participant participant)
    {
        writer.WriteStartObject();
        writer.WriteString(Actor, participant.Actor.Value);
        writer.WriteString(Role, EnumNames<ParticipantRole>.Encode(participant.Role));
        if (participant.Identification is { } identification)
        {
            writer.WriteStartObject(Identification);
            writer.WriteString(Actor, identification.Actor.Value);
            writer.WriteString(Basis, EnumNames<IdentificationBasis>.Encode(identification.Basis));
            WriteIds(writer, IdentificationClaims, identification.Claims);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        writer.WriteString(ClaimKindName, EnumNames<ClaimKind>.Encode(claim.Kind));
        writer.WriteString(Id, claim.Id.Value);
        writer.WritePropertyName(Claimant);
        ClaimantConverter.WriteValue(writer, claim.Claimant);
        if (!claim.Subjects.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(Subjects);
            foreach (var subject in claim.Subjects)
            {
                EntityReferenceConverter.WriteValue(writer, subject);
            }

            writer.WriteEndArray();
        }

        WriteIds(writer, Attributions, claim.Attributions);
        writer.WriteString(Status, EnumNames<ClaimStatus>.Encode(claim.Status));
        WriteExternalIds(writer, claim.ExternalIds);
        WriteDatasetFields(writer, claim.DatasetFields);
        switch (claim)
        {
            case CasualtyClaim casualty:
                WriteCount(writer, Count, casualty.Count);
                writer.WriteString(CasualtyOutcome, EnumNames<CasualtyOutcome>.Encode(casualty.Outcome));
                WriteId(writer, Victims, casualty.Victims);
                break;
            case TerritorialControlClaim control:
                writer.WriteString(Controller, control.Controller.Value);
                writer.WriteString(Change, EnumNames<ControlChange>.Encode(control.Change));
                WriteIds(writer, Places, control.Places);
                WriteCount(writer, ControlExtent, control.Extent);
                break;
            case ResponsibilityClaim responsibility:
                writer.WriteString(Responsible, responsibility.Responsible.Value);
                break;
            case OutcomeClaim outcome:
                writer.WriteString(Outcome, EnumNames<EngagementOutcome>.Encode(outcome.Outcome));
                WriteId(writer, Prevailing, outcome.Prevailing);
                break;
            case MaterielClaim materiel:
                WriteMateriel(writer, materiel);
                break;
            case CharacterisationClaim characterisation:
                WriteText(writer, Characterisation, characterisation.Characterisation);
                break;
            case AssessmentClaim assessment:
                WriteText(writer, Assessment, assessment.Assessment);
                break;
            case ExtentClaim extent:
                WriteCount(writer, Extent, extent.Extent);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteMateriel(Utf8JsonWriter writer, MaterielClaim materiel)
    {
        writer.WriteString(Action, EnumNames<MaterielAction>.Encode(materiel.Action));
        if (!materiel.Items.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(Items);
            foreach (var item in materiel.Items)
            {
                writer.WriteStartObject();
                writer.WriteString(ItemCategory, EnumNames<MaterielCategory>.Encode(item.Category));
                WriteText(writer, ItemWording, item.Wording);
                WriteCount(writer, ItemCount, item.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteId(writer, Taker, materiel.Taker);
        WriteId(writer, From, materiel.From);
    }

    private static void WriteAttribution(Utf8JsonWriter writer, SourceAttribution attribution)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, attribution.Id.Value);
        writer.WriteString(Source, attribution.Source.Value);
        WriteSpan(writer, Quote, attribution.Quote);
        writer.WriteString(Mode, EnumNames<QuoteMode>.Encode(attribution.Mode));
        writer.WriteString(Channel, EnumNames<StatementChannel>.Encode(attribution.Channel));
        WriteId(writer, Speaker, attribution.Speaker);
        WriteTime(writer, StatedAt, attribution.StatedAt);
        if (attribution.Grade is { } grade)
        {
            writer.WriteString(Grade, grade.ToString());
        }

        WriteText(writer, ChannelWording, attribution.ChannelWording);
        writer.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter writer, Mention mention)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, mention.Id.Value);
        writer.WritePropertyName(Entity);
        EntityReferenceConverter.WriteValue(writer, mention.Entity);
        writer.WriteString(Source, mention.Source.Value);
        WriteSpan(writer, Span, mention.Span);
        if (mention.Confidence is { } confidence)
        {
            writer.WriteString(Confidence, EnumNames<ResolutionConfidence>.Encode(confidence));
        }

        WriteText(writer, Rationale, mention.Rationale);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText name, TextSpan? span)
    {
        if (span is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber(Start, span.Start);
        writer.WriteNumber(End, span.End);
        WriteText(writer, Exact, span.Exact);
        WriteText(writer, Prefix, span.Prefix);
        WriteText(writer, Suffix, span.Suffix);
        writer.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter writer, LocalizedName name)
    {
        writer.WriteStartObject();
        WriteText(writer, Text, name.Text);
        if (name.Language is { } language)
        {
            writer.WriteString(Language, language.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<LocalizedName> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in names)
        {
            WriteName(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteExternalIds(Utf8JsonWriter writer, ImmutableArray<ExternalId> ids)
    {
        if (ids.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(ExternalIds);
        foreach (var id in ids)
        {
            writer.WriteStartObject();
            WriteText(writer, Scheme, id.Scheme);
            WriteText(writer, Value, id.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDatasetFields(Utf8JsonWriter writer, ImmutableArray<DatasetField> fields)
    {
        if (fields.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(DatasetFields);
        foreach (var field in fields)
        {
            WriteDatasetField(writer, field);
        }

        writer.WriteEndArray();
    }

    private static void WriteDatasetField(Utf8JsonWriter writer, DatasetField field)
    {
        writer.WriteStartObject();
        WriteText(writer, Dataset, field.Dataset);
        WriteText(writer, Name, field.Name);
        WriteText(writer, Value, field.Value);
        writer.WriteEndObject();
    }

    private static void WriteIds<TId>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<TId> ids)
        where TId : struct, IEntityId<TId>
    {
        if (ids.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id.Value);
        }

        writer.WriteEndArray();
    }

    private static void WriteId<TId>(Utf8JsonWriter writer, JsonEncodedText name, TId? id)
        where TId : struct, IEntityId<TId>
    {
        if (id is { } value)
        {
            writer.WriteString(name, value.Value);
        }
    }

    private static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, ReportedTime? time)
    {
        if (time is not null)
        {
            writer.WritePropertyName(name);
            ReportedTimeConverter.WriteValue(writer, time);
        }
    }

    private static void WriteCount(Utf8JsonWriter writer, JsonEncodedText name, CountEstimate? count)
    {
        if (count is not null)
        {
            writer.WritePropertyName(name);
            CountEstimateConverter.WriteValue(writer, count);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(name, text);
        }
    }
}
