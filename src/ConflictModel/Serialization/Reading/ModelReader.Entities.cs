using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>The members of <see cref="Source"/> in the format.</summary>
internal enum SourceMember
{
    Id,
    Kind,
    Title,
    Publisher,
    Language,
    Published,
    Url,
    Text,
    TextSha256,
    ExternalIds,
    DatasetFields,
}

/// <summary>The members of <see cref="Actor"/> in the format.</summary>
internal enum ActorMember
{
    Id,
    Name,
    Kind,
    Aliases,
    Category,
    Country,
    Affiliations,
    ExternalIds,
    DatasetFields,
}

/// <summary>The members of <see cref="Affiliation"/> in the format.</summary>
internal enum AffiliationMember
{
    Kind,
    Target,
    Attributions,
}

/// <summary>The members of <see cref="Location"/> in the format.</summary>
internal enum LocationMember
{
    Id,
    Name,
    Kind,
    AlternateNames,
    Parent,
    IsoCode,
    Point,
    Precision,
    ExternalIds,
    Basis,
    DatasetFields,
}

/// <summary>The members of <see cref="Engagement"/> in the format.</summary>
internal enum EngagementMember
{
    Id,
    Type,
    Scope,
    SubType,
    Time,
    Locations,
    Participants,
    Campaign,
    Attributions,
    Summary,
    ExternalIds,
    DatasetFields,
}

/// <summary>The members of <see cref="Participant"/> in the format.</summary>
internal enum ParticipantMember
{
    Actor,
    Role,
    Identification,
}

/// <summary>The members of <see cref="ActorIdentification"/> in the format.</summary>
internal enum ActorIdentificationMember
{
    Actor,
    Basis,
    Claims,
}

/// <summary>The members of <see cref="SourceAttribution"/> in the format.</summary>
internal enum SourceAttributionMember
{
    Id,
    Source,
    Quote,
    Mode,
    Channel,
    Speaker,
    StatedAt,
    Grade,
    ChannelWording,
}

/// <summary>The members of <see cref="Mention"/> in the format; AsPrinted is the span's exact text and is not written.</summary>
internal enum MentionMember
{
    Id,
    Entity,
    Source,
    Span,
    Confidence,
    Rationale,
}

/// <content>Readers of the entities.</content>
internal static partial class ModelReader
{
    private static readonly MemberTable SourceMembers = MemberTable.Create("a source", SourceMember.Id, SourceMember.Kind);
    private static readonly MemberTable ActorMembers = MemberTable.Create("an actor", ActorMember.Id, ActorMember.Name, ActorMember.Kind);
    private static readonly MemberTable AffiliationMembers = MemberTable.Create("an affiliation", AffiliationMember.Kind, AffiliationMember.Target);
    private static readonly MemberTable LocationMembers = MemberTable.Create("a location", LocationMember.Id, LocationMember.Name, LocationMember.Kind);
    private static readonly MemberTable EngagementMembers = MemberTable.Create("an engagement", EngagementMember.Id, EngagementMember.Type);
    private static readonly MemberTable ParticipantMembers = MemberTable.Create("a participant", ParticipantMember.Actor, ParticipantMember.Role);
    private static readonly MemberTable ActorIdentificationMembers = MemberTable.Create("an actor identification", ActorIdentificationMember.Actor, ActorIdentificationMember.Basis);
    private static readonly MemberTable SourceAttributionMembers = MemberTable.Create(
        "a source attribution",
        SourceAttributionMember.Id,
        SourceAttributionMember.Source,
        SourceAttributionMember.Quote,
        SourceAttributionMember.Mode,
        SourceAttributionMember.Channel);

    private static readonly MemberTable MentionMembers = MemberTable.Create("a mention", MentionMember.Id, MentionMember.Entity, MentionMember.Source, MentionMember.Span);

    public static Source ReadSource(ref JsonCursor c)
    {
        var scope = c.BeginObject(SourceMembers);
        SourceId id = default;
        SourceKind kind = default;
        string? title = null, publisher = null, text = null;
        LanguageTag? language = null;
        ReportedTime? published = null;
        Uri? url = null;
        Sha256Digest? textSha256 = null;
        ImmutableArray<ExternalId> externalIds = default;
        ImmutableArray<DatasetField> datasetFields = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((SourceMember)member)
            {
                case SourceMember.Id:
                    id = c.ReadId<SourceId>();
                    break;
                case SourceMember.Kind:
                    kind = c.ReadEnum<SourceKind>();
                    break;
                case SourceMember.Title:
                    title = c.ReadString();
                    break;
                case SourceMember.Publisher:
                    publisher = c.ReadString();
                    break;
                case SourceMember.Language:
                    language = ReadLanguageTag(ref c);
                    break;
                case SourceMember.Published:
                    published = ReadReportedTime(ref c);
                    break;
                case SourceMember.Url:
                    url = ReadUri(ref c);
                    break;
                case SourceMember.Text:
                    text = c.ReadString();
                    break;
                case SourceMember.TextSha256:
                    textSha256 = ReadSha256Digest(ref c);
                    break;
                case SourceMember.ExternalIds:
                    externalIds = c.ReadArray(ReadExternalId);
                    break;
                case SourceMember.DatasetFields:
                    datasetFields = c.ReadArray(ReadDatasetField);
                    break;
            }
        }

        try
        {
            return new Source(id, kind, title, publisher, language, published, url, text, textSha256, externalIds, datasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static Actor ReadActor(ref JsonCursor c)
    {
        var scope = c.BeginObject(ActorMembers);
        ActorId id = default;
        LocalizedName? name = null;
        ActorKind kind = default;
        ImmutableArray<LocalizedName> aliases = default;
        ConflictCategory? category = null;
        Iso3166Code? country = null;
        ImmutableArray<Affiliation> affiliations = default;
        ImmutableArray<ExternalId> externalIds = default;
        ImmutableArray<DatasetField> datasetFields = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((ActorMember)member)
            {
                case ActorMember.Id:
                    id = c.ReadId<ActorId>();
                    break;
                case ActorMember.Name:
                    name = ReadLocalizedName(ref c);
                    break;
                case ActorMember.Kind:
                    kind = c.ReadEnum<ActorKind>();
                    break;
                case ActorMember.Aliases:
                    aliases = c.ReadArray(ReadLocalizedName);
                    break;
                case ActorMember.Category:
                    category = c.ReadEnum<ConflictCategory>();
                    break;
                case ActorMember.Country:
                    country = ReadIso3166Code(ref c);
                    break;
                case ActorMember.Affiliations:
                    affiliations = c.ReadArray(ReadAffiliation);
                    break;
                case ActorMember.ExternalIds:
                    externalIds = c.ReadArray(ReadExternalId);
                    break;
                case ActorMember.DatasetFields:
                    datasetFields = c.ReadArray(ReadDatasetField);
                    break;
            }
        }

        try
        {
            return new Actor(id, name!, kind, aliases, category, country, affiliations, externalIds, datasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static Affiliation ReadAffiliation(ref JsonCursor c)
    {
        var scope = c.BeginObject(AffiliationMembers);
        AffiliationKind kind = default;
        ActorId target = default;
        ImmutableArray<AttributionId> attributions = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((AffiliationMember)member)
            {
                case AffiliationMember.Kind:
                    kind = c.ReadEnum<AffiliationKind>();
                    break;
                case AffiliationMember.Target:
                    target = c.ReadId<ActorId>();
                    break;
                case AffiliationMember.Attributions:
                    attributions = ReadAttributionIds(ref c);
                    break;
            }
        }

        try
        {
            return new Affiliation(kind, target, attributions);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static Location ReadLocation(ref JsonCursor c)
    {
        var scope = c.BeginObject(LocationMembers);
        LocationId id = default;
        LocalizedName? name = null;
        LocationKind kind = default;
        ImmutableArray<LocalizedName> alternateNames = default;
        LocationId? parent = null;
        Iso3166Code? isoCode = null;
        GeoPoint? point = null;
        PlacePrecision? precision = null;
        ImmutableArray<ExternalId> externalIds = default;
        LocationBasis? basis = null;
        ImmutableArray<DatasetField> datasetFields = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((LocationMember)member)
            {
                case LocationMember.Id:
                    id = c.ReadId<LocationId>();
                    break;
                case LocationMember.Name:
                    name = ReadLocalizedName(ref c);
                    break;
                case LocationMember.Kind:
                    kind = c.ReadEnum<LocationKind>();
                    break;
                case LocationMember.AlternateNames:
                    alternateNames = c.ReadArray(ReadLocalizedName);
                    break;
                case LocationMember.Parent:
                    parent = c.ReadId<LocationId>();
                    break;
                case LocationMember.IsoCode:
                    isoCode = ReadIso3166Code(ref c);
                    break;
                case LocationMember.Point:
                    point = ReadGeoPoint(ref c);
                    break;
                case LocationMember.Precision:
                    precision = c.ReadEnum<PlacePrecision>();
                    break;
                case LocationMember.ExternalIds:
                    externalIds = c.ReadArray(ReadExternalId);
                    break;
                case LocationMember.Basis:
                    basis = c.ReadEnum<LocationBasis>();
                    break;
                case LocationMember.DatasetFields:
                    datasetFields = c.ReadArray(ReadDatasetField);
                    break;
            }
        }

        try
        {
            return new Location(id, name!, kind, alternateNames, parent, isoCode, point, precision, externalIds, basis, datasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static Engagement ReadEngagement(ref JsonCursor c)
    {
        var scope = c.BeginObject(EngagementMembers);
        EngagementId id = default;
        EventType type = default;
        var engagementScope = EngagementScope.Event;
        SubEventType? subType = null;
        ReportedTime? time = null;
        ImmutableArray<LocationId> locations = default;
        ImmutableArray<Participant> participants = default;
        EngagementId? campaign = null;
        ImmutableArray<AttributionId> attributions = default;
        string? summary = null;
        ImmutableArray<ExternalId> externalIds = default;
        ImmutableArray<DatasetField> datasetFields = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((EngagementMember)member)
            {
                case EngagementMember.Id:
                    id = c.ReadId<EngagementId>();
                    break;
                case EngagementMember.Type:
                    type = c.ReadEnum<EventType>();
                    break;
                case EngagementMember.Scope:
                    engagementScope = c.ReadEnum<EngagementScope>();
                    break;
                case EngagementMember.SubType:
                    subType = c.ReadEnum<SubEventType>();
                    break;
                case EngagementMember.Time:
                    time = ReadReportedTime(ref c);
                    break;
                case EngagementMember.Locations:
                    locations = c.ReadArray(static (ref JsonCursor item) => item.ReadId<LocationId>());
                    break;
                case EngagementMember.Participants:
                    participants = c.ReadArray(ReadParticipant);
                    break;
                case EngagementMember.Campaign:
                    campaign = c.ReadId<EngagementId>();
                    break;
                case EngagementMember.Attributions:
                    attributions = ReadAttributionIds(ref c);
                    break;
                case EngagementMember.Summary:
                    summary = c.ReadString();
                    break;
                case EngagementMember.ExternalIds:
                    externalIds = c.ReadArray(ReadExternalId);
                    break;
                case EngagementMember.DatasetFields:
                    datasetFields = c.ReadArray(ReadDatasetField);
                    break;
            }
        }

        try
        {
            return new Engagement(id, type, engagementScope, subType, time, locations, participants, campaign, attributions, summary, externalIds, datasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static Participant ReadParticipant(ref JsonCursor c)
    {
        var scope = c.BeginObject(ParticipantMembers);
        ActorId actor = default;
        ParticipantRole role = default;
        ActorIdentification? identification = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((ParticipantMember)member)
            {
                case ParticipantMember.Actor:
                    actor = c.ReadId<ActorId>();
                    break;
                case ParticipantMember.Role:
                    role = c.ReadEnum<ParticipantRole>();
                    break;
                case ParticipantMember.Identification:
                    identification = ReadActorIdentification(ref c);
                    break;
            }
        }

        try
        {
            return new Participant(actor, role, identification);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static ActorIdentification ReadActorIdentification(ref JsonCursor c)
    {
        var scope = c.BeginObject(ActorIdentificationMembers);
        ActorId actor = default;
        IdentificationBasis basis = default;
        ImmutableArray<ClaimId> claims = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((ActorIdentificationMember)member)
            {
                case ActorIdentificationMember.Actor:
                    actor = c.ReadId<ActorId>();
                    break;
                case ActorIdentificationMember.Basis:
                    basis = c.ReadEnum<IdentificationBasis>();
                    break;
                case ActorIdentificationMember.Claims:
                    claims = c.ReadArray(static (ref JsonCursor item) => item.ReadId<ClaimId>());
                    break;
            }
        }

        try
        {
            return new ActorIdentification(actor, basis, claims);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static SourceAttribution ReadSourceAttribution(ref JsonCursor c)
    {
        var scope = c.BeginObject(SourceAttributionMembers);
        AttributionId id = default;
        SourceId source = default;
        TextSpan? quote = null;
        QuoteMode mode = default;
        StatementChannel channel = default;
        ActorId? speaker = null;
        ReportedTime? statedAt = null;
        AdmiraltyGrade? grade = null;
        string? channelWording = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((SourceAttributionMember)member)
            {
                case SourceAttributionMember.Id:
                    id = c.ReadId<AttributionId>();
                    break;
                case SourceAttributionMember.Source:
                    source = c.ReadId<SourceId>();
                    break;
                case SourceAttributionMember.Quote:
                    quote = ReadTextSpan(ref c);
                    break;
                case SourceAttributionMember.Mode:
                    mode = c.ReadEnum<QuoteMode>();
                    break;
                case SourceAttributionMember.Channel:
                    channel = c.ReadEnum<StatementChannel>();
                    break;
                case SourceAttributionMember.Speaker:
                    speaker = c.ReadId<ActorId>();
                    break;
                case SourceAttributionMember.StatedAt:
                    statedAt = ReadReportedTime(ref c);
                    break;
                case SourceAttributionMember.Grade:
                    grade = ReadAdmiraltyGrade(ref c);
                    break;
                case SourceAttributionMember.ChannelWording:
                    channelWording = c.ReadString();
                    break;
            }
        }

        try
        {
            return new SourceAttribution(id, source, quote!, mode, channel, speaker, statedAt, grade, channelWording);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static Mention ReadMention(ref JsonCursor c)
    {
        var scope = c.BeginObject(MentionMembers);
        MentionId id = default;
        EntityReference entity = default;
        SourceId source = default;
        TextSpan? span = null;
        ResolutionConfidence? confidence = null;
        string? rationale = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((MentionMember)member)
            {
                case MentionMember.Id:
                    id = c.ReadId<MentionId>();
                    break;
                case MentionMember.Entity:
                    entity = ReadEntityReference(ref c);
                    break;
                case MentionMember.Source:
                    source = c.ReadId<SourceId>();
                    break;
                case MentionMember.Span:
                    span = ReadTextSpan(ref c);
                    break;
                case MentionMember.Confidence:
                    confidence = c.ReadEnum<ResolutionConfidence>();
                    break;
                case MentionMember.Rationale:
                    rationale = c.ReadString();
                    break;
            }
        }

        try
        {
            return new Mention(id, entity, source, span!, confidence, rationale);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }
}
