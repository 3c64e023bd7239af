using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel;

/// <summary>
/// The source-generated System.Text.Json metadata of the model: what is written, and what the
/// JSON Schema is exported from. <see cref="ContractRules"/> then shapes it into the format.
/// </summary>
/// <remarks>
/// The converters listed here replace the generated metadata of their types: values built by
/// factories (count estimates, reported times, claimants, references), typed ids and other text
/// values, enumerations (as names) and the model's immutable arrays (see
/// <see cref="ImmutableArrayConverter{T}"/>). Every item type of an array is listed, because the
/// generator does not look through a converter; so is each item type's array, through which that
/// converter writes the items.
/// </remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(EntityIdConverter<SourceId>),
        typeof(EntityIdConverter<ActorId>),
        typeof(EntityIdConverter<LocationId>),
        typeof(EntityIdConverter<EngagementId>),
        typeof(EntityIdConverter<ClaimId>),
        typeof(EntityIdConverter<AttributionId>),
        typeof(EntityIdConverter<MentionId>),
        typeof(LanguageTagConverter),
        typeof(Iso3166CodeConverter),
        typeof(Sha256DigestConverter),
        typeof(AdmiraltyGradeConverter),
        typeof(SchemaVersionConverter),
        typeof(CountEstimateConverter),
        typeof(ReportedTimeConverter),
        typeof(ClaimantConverter),
        typeof(EntityReferenceConverter),
        typeof(GeoPointConverter),
        typeof(EnumNameConverter<ActorKind>),
        typeof(EnumNameConverter<AffiliationKind>),
        typeof(EnumNameConverter<ConflictCategory>),
        typeof(EnumNameConverter<CasualtyOutcome>),
        typeof(EnumNameConverter<ClaimStatus>),
        typeof(EnumNameConverter<ControlChange>),
        typeof(EnumNameConverter<EngagementOutcome>),
        typeof(EnumNameConverter<MaterielAction>),
        typeof(EnumNameConverter<MaterielCategory>),
        typeof(EnumNameConverter<EngagementScope>),
        typeof(EnumNameConverter<EventType>),
        typeof(EnumNameConverter<SubEventType>),
        typeof(EnumNameConverter<ParticipantRole>),
        typeof(EnumNameConverter<IdentificationBasis>),
        typeof(EnumNameConverter<LocationBasis>),
        typeof(EnumNameConverter<LocationKind>),
        typeof(EnumNameConverter<PlacePrecision>),
        typeof(EnumNameConverter<QuoteMode>),
        typeof(EnumNameConverter<SourceKind>),
        typeof(EnumNameConverter<StatementChannel>),
        typeof(EnumNameConverter<ResolutionConfidence>),
        typeof(ImmutableArrayConverter<Source>),
        typeof(ImmutableArrayConverter<Actor>),
        typeof(ImmutableArrayConverter<Location>),
        typeof(ImmutableArrayConverter<Engagement>),
        typeof(ImmutableArrayConverter<Claim>),
        typeof(ImmutableArrayConverter<SourceAttribution>),
        typeof(ImmutableArrayConverter<Mention>),
        typeof(ImmutableArrayConverter<LocalizedName>),
        typeof(ImmutableArrayConverter<Affiliation>),
        typeof(ImmutableArrayConverter<ExternalId>),
        typeof(ImmutableArrayConverter<DatasetField>),
        typeof(ImmutableArrayConverter<LocationId>),
        typeof(ImmutableArrayConverter<Participant>),
        typeof(ImmutableArrayConverter<AttributionId>),
        typeof(ImmutableArrayConverter<ClaimId>),
        typeof(ImmutableArrayConverter<EntityReference>),
        typeof(ImmutableArrayConverter<MaterielItem>),
    ])]
[JsonSerializable(typeof(ConflictReport))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Engagement))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(CasualtyClaim))]
[JsonSerializable(typeof(TerritorialControlClaim))]
[JsonSerializable(typeof(ResponsibilityClaim))]
[JsonSerializable(typeof(OutcomeClaim))]
[JsonSerializable(typeof(MaterielClaim))]
[JsonSerializable(typeof(CharacterisationClaim))]
[JsonSerializable(typeof(AssessmentClaim))]
[JsonSerializable(typeof(ExtentClaim))]
[JsonSerializable(typeof(SourceAttribution))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(LocalizedName))]
[JsonSerializable(typeof(Affiliation))]
[JsonSerializable(typeof(ExternalId))]
[JsonSerializable(typeof(DatasetField))]
[JsonSerializable(typeof(LocationId))]
[JsonSerializable(typeof(Participant))]
[JsonSerializable(typeof(ActorIdentification))]
[JsonSerializable(typeof(ClaimId))]
[JsonSerializable(typeof(AttributionId))]
[JsonSerializable(typeof(EntityReference))]
[JsonSerializable(typeof(MaterielItem))]
[JsonSerializable(typeof(SchemaVersion))]
[JsonSerializable(typeof(Source[]))]
[JsonSerializable(typeof(Actor[]))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(Engagement[]))]
[JsonSerializable(typeof(Claim[]))]
[JsonSerializable(typeof(SourceAttribution[]))]
[JsonSerializable(typeof(Mention[]))]
[JsonSerializable(typeof(LocalizedName[]))]
[JsonSerializable(typeof(Affiliation[]))]
[JsonSerializable(typeof(ExternalId[]))]
[JsonSerializable(typeof(DatasetField[]))]
[JsonSerializable(typeof(LocationId[]))]
[JsonSerializable(typeof(Participant[]))]
[JsonSerializable(typeof(AttributionId[]))]
[JsonSerializable(typeof(ClaimId[]))]
[JsonSerializable(typeof(EntityReference[]))]
[JsonSerializable(typeof(MaterielItem[]))]
internal sealed partial class ConflictJsonContext : JsonSerializerContext;
