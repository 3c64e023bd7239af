using System;
using System.Collections.Immutable;
using NodaTime;

namespace ConflictModel;

/// <summary>The members of <see cref="LocalizedName"/> in the format.</summary>
internal enum LocalizedNameMember
{
    Text,
    Language,
}

/// <summary>The members of <see cref="ExternalId"/> in the format.</summary>
internal enum ExternalIdMember
{
    Scheme,
    Value,
}

/// <summary>The members of <see cref="DatasetField"/> in the format.</summary>
internal enum DatasetFieldMember
{
    Dataset,
    Name,
    Value,
}

/// <summary>The members of <see cref="TextSpan"/> in the format.</summary>
internal enum TextSpanMember
{
    Start,
    End,
    Exact,
    Prefix,
    Suffix,
}

/// <summary>The members of <see cref="GeoPoint"/> in the format.</summary>
internal enum GeoPointMember
{
    Latitude,
    Longitude,
}

/// <summary>The members of <see cref="CountEstimate"/> in the format; its derived Low, Best and High are not written.</summary>
internal enum CountEstimateMember
{
    Qualifier,
    Value,
    Min,
    Max,
    Wording,
    Counted,
}

/// <summary>
/// The members of <see cref="ReportedTime"/> in the format: exactly one of the value members
/// (instant; localDateTime with zone; date; dateRange; yearMonth; year), then the qualifiers.
/// </summary>
internal enum ReportedTimeMember
{
    Instant,
    LocalDateTime,
    Zone,
    Date,
    DateRange,
    YearMonth,
    Year,
    PartOfDay,
    Wording,
    Basis,
}

/// <summary>The members of a <see cref="ReportedTime"/>'s date range.</summary>
internal enum DateRangeMember
{
    Start,
    End,
}

/// <summary>The members of <see cref="Claimant"/> in the format: exactly one.</summary>
internal enum ClaimantMember
{
    Actor,
    Source,
}

/// <summary>The members of <see cref="EntityReference"/> in the format.</summary>
internal enum EntityReferenceMember
{
    Kind,
    Id,
}

/// <summary>Reads each type of the model from a <see cref="JsonCursor"/>, building it through its public constructor or factory.</summary>
internal static partial class ModelReader
{
    private static readonly MemberTable LocalizedNameMembers = MemberTable.Create("a localized name", LocalizedNameMember.Text);
    private static readonly MemberTable ExternalIdMembers = MemberTable.Create("an external id", ExternalIdMember.Scheme, ExternalIdMember.Value);
    private static readonly MemberTable DatasetFieldMembers = MemberTable.Create("a dataset field", DatasetFieldMember.Dataset, DatasetFieldMember.Name, DatasetFieldMember.Value);
    private static readonly MemberTable TextSpanMembers = MemberTable.Create("a text span", TextSpanMember.Start, TextSpanMember.End, TextSpanMember.Exact);
    private static readonly MemberTable GeoPointMembers = MemberTable.Create("a geo point", GeoPointMember.Latitude, GeoPointMember.Longitude);
    private static readonly MemberTable CountEstimateMembers = MemberTable.Create("a count estimate", CountEstimateMember.Qualifier);
    private static readonly MemberTable ReportedTimeMembers = MemberTable.Create("a reported time", ReportedTimeMember.Basis);
    private static readonly MemberTable DateRangeMembers = MemberTable.Create("a date range", DateRangeMember.Start, DateRangeMember.End);
    private static readonly MemberTable ClaimantMembers = MemberTable.Create<ClaimantMember>("a claimant");
    private static readonly MemberTable EntityReferenceMembers = MemberTable.Create("an entity reference", EntityReferenceMember.Kind, EntityReferenceMember.Id);

    public static LocalizedName ReadLocalizedName(ref JsonCursor c)
    {
        var scope = c.BeginObject(LocalizedNameMembers);
        string? text = null;
        LanguageTag? language = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((LocalizedNameMember)member)
            {
                case LocalizedNameMember.Text:
                    text = c.ReadString();
                    break;
                case LocalizedNameMember.Language:
                    language = ReadLanguageTag(ref c);
                    break;
            }
        }

        try
        {
            return new LocalizedName(text!, language);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static ExternalId ReadExternalId(ref JsonCursor c)
    {
        var scope = c.BeginObject(ExternalIdMembers);
        string? scheme = null;
        string? value = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((ExternalIdMember)member)
            {
                case ExternalIdMember.Scheme:
                    scheme = c.ReadString();
                    break;
                case ExternalIdMember.Value:
                    value = c.ReadString();
                    break;
            }
        }

        try
        {
            return new ExternalId(scheme!, value!);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static DatasetField ReadDatasetField(ref JsonCursor c)
    {
        var scope = c.BeginObject(DatasetFieldMembers);
        string? dataset = null;
        string? name = null;
        string? value = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((DatasetFieldMember)member)
            {
                case DatasetFieldMember.Dataset:
                    dataset = c.ReadString();
                    break;
                case DatasetFieldMember.Name:
                    name = c.ReadString();
                    break;
                case DatasetFieldMember.Value:
                    value = c.ReadString();
                    break;
            }
        }

        try
        {
            return new DatasetField(dataset!, name!, value!);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static TextSpan ReadTextSpan(ref JsonCursor c)
    {
        var scope = c.BeginObject(TextSpanMembers);
        int start = 0, end = 0;
        string? exact = null, prefix = null, suffix = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((TextSpanMember)member)
            {
                case TextSpanMember.Start:
                    start = c.ReadInt32();
                    break;
                case TextSpanMember.End:
                    end = c.ReadInt32();
                    break;
                case TextSpanMember.Exact:
                    exact = c.ReadString();
                    break;
                case TextSpanMember.Prefix:
                    prefix = c.ReadString();
                    break;
                case TextSpanMember.Suffix:
                    suffix = c.ReadString();
                    break;
            }
        }

        try
        {
            return new TextSpan(start, end, exact!, prefix, suffix);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static GeoPoint ReadGeoPoint(ref JsonCursor c)
    {
        var scope = c.BeginObject(GeoPointMembers);
        double latitude = 0, longitude = 0;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((GeoPointMember)member)
            {
                case GeoPointMember.Latitude:
                    latitude = c.ReadDouble();
                    break;
                case GeoPointMember.Longitude:
                    longitude = c.ReadDouble();
                    break;
            }
        }

        try
        {
            return new GeoPoint(latitude, longitude);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static CountEstimate ReadCountEstimate(ref JsonCursor c)
    {
        var scope = c.BeginObject(CountEstimateMembers);
        EstimateQualifier qualifier = default;
        int? value = null, min = null, max = null;
        string? wording = null, counted = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((CountEstimateMember)member)
            {
                case CountEstimateMember.Qualifier:
                    qualifier = c.ReadEnum<EstimateQualifier>();
                    break;
                case CountEstimateMember.Value:
                    value = c.ReadInt32();
                    break;
                case CountEstimateMember.Min:
                    min = c.ReadInt32();
                    break;
                case CountEstimateMember.Max:
                    max = c.ReadInt32();
                    break;
                case CountEstimateMember.Wording:
                    wording = c.ReadString();
                    break;
                case CountEstimateMember.Counted:
                    counted = c.ReadString();
                    break;
            }
        }

        try
        {
            return CountEstimate.Create(qualifier, value, min, max, wording, counted);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static ReportedTime ReadReportedTime(ref JsonCursor c)
    {
        var scope = c.BeginObject(ReportedTimeMembers);
        ReportedTime? time = null;
        LocalDateTime? local = null;
        DateTimeZone? zone = null;
        PartOfDay? partOfDay = null;
        string? wording = null;
        TimeBasis basis = default;
        var valueMember = -1;
        while (c.NextMember(ref scope, out var member))
        {
            var which = (ReportedTimeMember)member;
            if (which is not (ReportedTimeMember.Zone or ReportedTimeMember.PartOfDay or ReportedTimeMember.Wording or ReportedTimeMember.Basis))
            {
                if (valueMember >= 0)
                {
                    throw c.Error(
                        ConflictJsonErrorKind.InvalidValue,
                        $"A reported time has exactly one of instant, localDateTime (with zone), date, dateRange, yearMonth and year; this one has both '{ReportedTimeMembers.Names[valueMember]}' and '{ReportedTimeMembers.Names[member]}'.");
                }

                valueMember = member;
            }

            switch (which)
            {
                case ReportedTimeMember.Instant:
                    time = ReportedTime.At(c.ReadParsed(NodaTimeText.ParseInstant, NodaTimeText.InstantForm));
                    break;
                case ReportedTimeMember.LocalDateTime:
                    local = c.ReadParsed(NodaTimeText.ParseLocalDateTime, NodaTimeText.LocalDateTimeForm);
                    break;
                case ReportedTimeMember.Zone:
                    zone = c.ReadParsed(NodaTimeText.ParseZone, NodaTimeText.ZoneForm);
                    break;
                case ReportedTimeMember.Date:
                    time = ReportedTime.OnDate(c.ReadDate());
                    break;
                case ReportedTimeMember.DateRange:
                    time = ReadDateRange(ref c);
                    break;
                case ReportedTimeMember.YearMonth:
                    time = ReportedTime.InMonth(c.ReadParsed(NodaTimeText.ParseYearMonth, NodaTimeText.YearMonthForm));
                    break;
                case ReportedTimeMember.Year:
                    var year = c.ReadInt32();
                    if (year is < 1 or > 9999)
                    {
                        throw c.Error(ConflictJsonErrorKind.InvalidValue, $"The year {year} is outside 1 to 9999.");
                    }

                    time = ReportedTime.InYear(year);
                    break;
                case ReportedTimeMember.PartOfDay:
                    partOfDay = c.ReadEnum<PartOfDay>();
                    break;
                case ReportedTimeMember.Wording:
                    wording = c.ReadString();
                    break;
                case ReportedTimeMember.Basis:
                    basis = c.ReadEnum<TimeBasis>();
                    break;
            }
        }

        if (local is { } dateTime)
        {
            if (zone is null)
            {
                throw c.Error(ConflictJsonErrorKind.MissingMember, "A reported time with a localDateTime needs the member 'zone', which is missing.");
            }

            time = ReportedTime.AtLocal(dateTime, zone);
        }
        else if (zone is not null)
        {
            throw c.InvalidAt(in scope, EnumNames<ReportedTimeMember>.IndexOf(ReportedTimeMember.Zone), "A zone qualifies a localDateTime; this reported time has none.");
        }

        if (time is null)
        {
            throw c.Error(ConflictJsonErrorKind.MissingMember, "A reported time needs one of instant, localDateTime (with zone), date, dateRange, yearMonth or year; it has none.");
        }

        try
        {
            return time.WithQualifiers(partOfDay, wording, basis);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
        catch (InvalidOperationException e)
        {
            throw c.RefusedAt(in scope, e, EnumNames<ReportedTimeMember>.IndexOf(ReportedTimeMember.PartOfDay));
        }
    }

    public static Claimant ReadClaimant(ref JsonCursor c)
    {
        var scope = c.BeginObject(ClaimantMembers);
        ActorId? actor = null;
        SourceId? source = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((ClaimantMember)member)
            {
                case ClaimantMember.Actor:
                    actor = c.ReadId<ActorId>();
                    break;
                case ClaimantMember.Source:
                    source = c.ReadId<SourceId>();
                    break;
            }
        }

        try
        {
            return Claimant.Create(actor, source);
        }
        catch (ArgumentException e)
        {
            // The model names 'actor' for "exactly one of the two"; when both are absent no member is to blame.
            throw actor is null ? c.RefusedAt(in scope, e, -1) : c.Refused(in scope, e);
        }
    }

    public static EntityReference ReadEntityReference(ref JsonCursor c)
    {
        var scope = c.BeginObject(EntityReferenceMembers);
        EntityKind kind = default;
        string? id = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((EntityReferenceMember)member)
            {
                case EntityReferenceMember.Kind:
                    kind = c.ReadEnum<EntityKind>();
                    break;
                case EntityReferenceMember.Id:
                    id = c.ReadString();
                    break;
            }
        }

        try
        {
            return EntityReference.Create(kind, id!);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    public static LanguageTag ReadLanguageTag(ref JsonCursor c) => c.ReadParsed(static text => new LanguageTag(text), "BCP 47 language tag");

    public static Iso3166Code ReadIso3166Code(ref JsonCursor c) => c.ReadParsed(static text => new Iso3166Code(text), "ISO 3166 code");

    public static Sha256Digest ReadSha256Digest(ref JsonCursor c) => c.ReadParsed(static text => new Sha256Digest(text), "SHA-256 digest");

    public static AdmiraltyGrade ReadAdmiraltyGrade(ref JsonCursor c) => c.ReadParsed(AdmiraltyGrade.Parse, "Admiralty grade");

    /// <summary>Reads the attribution ids an engagement, a claim or an affiliation cites.</summary>
    public static ImmutableArray<AttributionId> ReadAttributionIds(ref JsonCursor c) => c.ReadArray(static (ref JsonCursor item) => item.ReadId<AttributionId>());

    public static Uri ReadUri(ref JsonCursor c)
        => c.ReadParsed(static text => Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new FormatException("A URL must be an absolute URI."), "URL");

    private static ReportedTime ReadDateRange(ref JsonCursor c)
    {
        var scope = c.BeginObject(DateRangeMembers);
        LocalDate start = default, end = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((DateRangeMember)member)
            {
                case DateRangeMember.Start:
                    start = c.ReadDate();
                    break;
                case DateRangeMember.End:
                    end = c.ReadDate();
                    break;
            }
        }

        try
        {
            return ReportedTime.Between(start, end);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }
}
