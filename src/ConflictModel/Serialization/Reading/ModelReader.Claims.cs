using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>The members of <see cref="CasualtyClaim"/>: the discriminator, the members of every claim, then its own.</summary>
internal enum CasualtyClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Count,
    Outcome,
    Victims,
}

/// <summary>The members of <see cref="TerritorialControlClaim"/>.</summary>
internal enum TerritorialControlClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Controller,
    Change,
    Places,
    Extent,
}

/// <summary>The members of <see cref="ResponsibilityClaim"/>.</summary>
internal enum ResponsibilityClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Responsible,
}

/// <summary>The members of <see cref="OutcomeClaim"/>.</summary>
internal enum OutcomeClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Outcome,
    Prevailing,
}

/// <summary>The members of <see cref="MaterielClaim"/>.</summary>
internal enum MaterielClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Action,
    Items,
    Taker,
    From,
}

/// <summary>The members of <see cref="MaterielItem"/>.</summary>
internal enum MaterielItemMember
{
    Category,
    Wording,
    Count,
}

/// <summary>The members of <see cref="CharacterisationClaim"/>.</summary>
internal enum CharacterisationClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Characterisation,
}

/// <summary>The members of <see cref="AssessmentClaim"/>.</summary>
internal enum AssessmentClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Assessment,
}

/// <summary>The members of <see cref="ExtentClaim"/>.</summary>
internal enum ExtentClaimMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
    Extent,
}

/// <content>Readers of the claims: the discriminator <c>kind</c> picks the reader of the subclass.</content>
internal static partial class ModelReader
{
    private static readonly MemberTable CasualtyClaimMembers = ClaimTable<CasualtyClaimMember>(ClaimKind.Casualties, CasualtyClaimMember.Count, CasualtyClaimMember.Outcome);
    private static readonly MemberTable TerritorialControlClaimMembers = ClaimTable<TerritorialControlClaimMember>(
        ClaimKind.TerritorialControl, TerritorialControlClaimMember.Controller, TerritorialControlClaimMember.Change);

    private static readonly MemberTable ResponsibilityClaimMembers = ClaimTable<ResponsibilityClaimMember>(ClaimKind.Responsibility, ResponsibilityClaimMember.Responsible);
    private static readonly MemberTable OutcomeClaimMembers = ClaimTable<OutcomeClaimMember>(ClaimKind.Outcome, OutcomeClaimMember.Outcome);
    private static readonly MemberTable MaterielClaimMembers = ClaimTable<MaterielClaimMember>(ClaimKind.Materiel, MaterielClaimMember.Action, MaterielClaimMember.Items);
    private static readonly MemberTable MaterielItemMembers = MemberTable.Create("a materiel item", MaterielItemMember.Category);
    private static readonly MemberTable CharacterisationClaimMembers = ClaimTable<CharacterisationClaimMember>(ClaimKind.Characterisation, CharacterisationClaimMember.Characterisation);
    private static readonly MemberTable AssessmentClaimMembers = ClaimTable<AssessmentClaimMember>(ClaimKind.Assessment, AssessmentClaimMember.Assessment);
    private static readonly MemberTable ExtentClaimMembers = ClaimTable<ExtentClaimMember>(ClaimKind.Extent, ExtentClaimMember.Extent);

    public static Claim ReadClaim(ref JsonCursor c)
    {
        // The discriminator may stand anywhere in the object (it is written first); look ahead for it.
        c.BeginObject(ClaimBase.Members);
        if (!c.TryFindMember("kind"u8, "kind", out var found))
        {
            throw c.Error(ConflictJsonErrorKind.MissingMember, $"A claim needs the member 'kind', one of {EnumNames<ClaimKind>.List}, which is missing.");
        }

        if (found.TokenType != System.Text.Json.JsonTokenType.String)
        {
            throw found.Error(ConflictJsonErrorKind.WrongType, $"A claim's kind must be a string, one of {EnumNames<ClaimKind>.List}.");
        }

        var kind = found.FindName<ClaimKind>();
        if (kind is null)
        {
            throw found.Error(ConflictJsonErrorKind.UnknownDiscriminator, $"'{MessageQuote.Of(found.ReadString())}' is not a kind of claim; the kinds are {EnumNames<ClaimKind>.List}.");
        }

        c.Session.Pop();
        return kind switch
        {
            ClaimKind.Casualties => ReadCasualtyClaim(ref c),
            ClaimKind.TerritorialControl => ReadTerritorialControlClaim(ref c),
            ClaimKind.Responsibility => ReadClaimWithOneMember(
                ref c, ResponsibilityClaimMembers, static (ref JsonCursor v) => v.ReadId<ActorId>(), static (b, responsible) => new ResponsibilityClaim(b.Id, b.Claimant!, b.Subjects, responsible, b.Attributions, b.Status, b.ExternalIds, b.DatasetFields)),
            ClaimKind.Outcome => ReadOutcomeClaim(ref c),
            ClaimKind.Materiel => ReadMaterielClaim(ref c),
            ClaimKind.Characterisation => ReadClaimWithOneMember(
                ref c, CharacterisationClaimMembers, static (ref JsonCursor v) => v.ReadString(), static (b, words) => new CharacterisationClaim(b.Id, b.Claimant!, b.Subjects, words, b.Attributions, b.Status, b.ExternalIds, b.DatasetFields)),
            ClaimKind.Assessment => ReadClaimWithOneMember(
                ref c, AssessmentClaimMembers, static (ref JsonCursor v) => v.ReadString(), static (b, words) => new AssessmentClaim(b.Id, b.Claimant!, b.Subjects, words, b.Attributions, b.Status, b.ExternalIds, b.DatasetFields)),
            _ => ReadClaimWithOneMember(
                ref c, ExtentClaimMembers, ReadCountEstimate, static (b, extent) => new ExtentClaim(b.Id, b.Claimant!, b.Subjects, extent, b.Attributions, b.Status, b.ExternalIds, b.DatasetFields)),
        };
    }

    public static MaterielItem ReadMaterielItem(ref JsonCursor c)
    {
        var scope = c.BeginObject(MaterielItemMembers);
        MaterielCategory category = default;
        string? wording = null;
        CountEstimate? count = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((MaterielItemMember)member)
            {
                case MaterielItemMember.Category:
                    category = c.ReadEnum<MaterielCategory>();
                    break;
                case MaterielItemMember.Wording:
                    wording = c.ReadString();
                    break;
                case MaterielItemMember.Count:
                    count = ReadCountEstimate(ref c);
                    break;
            }
        }

        try
        {
            return new MaterielItem(category, wording, count);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    private static MemberTable ClaimTable<TMember>(ClaimKind kind, params ReadOnlySpan<TMember> required)
        where TMember : struct, Enum
    {
        // Every claim requires kind, id, claimant and subjects: the first four members of each claim's enumeration.
        Span<TMember> all = new TMember[required.Length + 4];
        for (var i = 0; i < 4; i++)
        {
            all[i] = EnumNames<TMember>.At(i);
        }

        required.CopyTo(all[4..]);
        return MemberTable.Create<TMember>($"a {EnumNames<ClaimKind>.Name(kind)} claim", all);
    }

    /// <summary>Reads a claim whose only own member follows the members every claim has.</summary>
    private static TClaim ReadClaimWithOneMember<TValue, TClaim>(ref JsonCursor c, MemberTable table, ItemReader<TValue> readValue, Func<ClaimBase, TValue, TClaim> create)
        where TClaim : Claim
    {
        var scope = c.BeginObject(table);
        var claim = new ClaimBase();
        TValue value = default!;
        while (c.NextMember(ref scope, out var member))
        {
            if (member == ClaimBase.MemberCount)
            {
                value = readValue(ref c);
            }
            else
            {
                claim.Read(ref c, member);
            }
        }

        try
        {
            return create(claim, value);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    private static CasualtyClaim ReadCasualtyClaim(ref JsonCursor c)
    {
        var scope = c.BeginObject(CasualtyClaimMembers);
        var claim = new ClaimBase();
        CountEstimate? count = null;
        CasualtyOutcome outcome = default;
        ActorId? victims = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((CasualtyClaimMember)member)
            {
                case CasualtyClaimMember.Count:
                    count = ReadCountEstimate(ref c);
                    break;
                case CasualtyClaimMember.Outcome:
                    outcome = c.ReadEnum<CasualtyOutcome>();
                    break;
                case CasualtyClaimMember.Victims:
                    victims = c.ReadId<ActorId>();
                    break;
                default:
                    claim.Read(ref c, member);
                    break;
            }
        }

        try
        {
            return new CasualtyClaim(claim.Id, claim.Claimant!, claim.Subjects, count!, outcome, victims, claim.Attributions, claim.Status, claim.ExternalIds, claim.DatasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    private static TerritorialControlClaim ReadTerritorialControlClaim(ref JsonCursor c)
    {
        var scope = c.BeginObject(TerritorialControlClaimMembers);
        var claim = new ClaimBase();
        ActorId controller = default;
        ControlChange change = default;
        ImmutableArray<LocationId> places = default;
        CountEstimate? extent = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((TerritorialControlClaimMember)member)
            {
                case TerritorialControlClaimMember.Controller:
                    controller = c.ReadId<ActorId>();
                    break;
                case TerritorialControlClaimMember.Change:
                    change = c.ReadEnum<ControlChange>();
                    break;
                case TerritorialControlClaimMember.Places:
                    places = c.ReadArray(static (ref JsonCursor item) => item.ReadId<LocationId>());
                    break;
                case TerritorialControlClaimMember.Extent:
                    extent = ReadCountEstimate(ref c);
                    break;
                default:
                    claim.Read(ref c, member);
                    break;
            }
        }

        try
        {
            return new TerritorialControlClaim(claim.Id, claim.Claimant!, claim.Subjects, controller, change, places, extent, claim.Attributions, claim.Status, claim.ExternalIds, claim.DatasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    private static OutcomeClaim ReadOutcomeClaim(ref JsonCursor c)
    {
        var scope = c.BeginObject(OutcomeClaimMembers);
        var claim = new ClaimBase();
        EngagementOutcome outcome = default;
        ActorId? prevailing = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((OutcomeClaimMember)member)
            {
                case OutcomeClaimMember.Outcome:
                    outcome = c.ReadEnum<EngagementOutcome>();
                    break;
                case OutcomeClaimMember.Prevailing:
                    prevailing = c.ReadId<ActorId>();
                    break;
                default:
                    claim.Read(ref c, member);
                    break;
            }
        }

        try
        {
            return new OutcomeClaim(claim.Id, claim.Claimant!, claim.Subjects, outcome, prevailing, claim.Attributions, claim.Status, claim.ExternalIds, claim.DatasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    private static MaterielClaim ReadMaterielClaim(ref JsonCursor c)
    {
        var scope = c.BeginObject(MaterielClaimMembers);
        var claim = new ClaimBase();
        MaterielAction action = default;
        ImmutableArray<MaterielItem> items = default;
        ActorId? taker = null, from = null;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((MaterielClaimMember)member)
            {
                case MaterielClaimMember.Action:
                    action = c.ReadEnum<MaterielAction>();
                    break;
                case MaterielClaimMember.Items:
                    items = c.ReadArray(ReadMaterielItem);
                    break;
                case MaterielClaimMember.Taker:
                    taker = c.ReadId<ActorId>();
                    break;
                case MaterielClaimMember.From:
                    from = c.ReadId<ActorId>();
                    break;
                default:
                    claim.Read(ref c, member);
                    break;
            }
        }

        try
        {
            return new MaterielClaim(claim.Id, claim.Claimant!, claim.Subjects, action, items, taker, from, claim.Attributions, claim.Status, claim.ExternalIds, claim.DatasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    /// <summary>The members every claim has, numbered 0 to 5 in every claim's member enumeration.</summary>
    private struct ClaimBase
    {
        public ClaimBase()
        {
        }

        /// <summary>The number of members every claim has; a claim's own members come after them.</summary>
        public const int MemberCount = 8;

        /// <summary>The table the discriminator is looked up in, for the messages before the kind is known.</summary>
        public static MemberTable Members { get; } = MemberTable.Create<ClaimBaseMember>("a claim");

        public ClaimId Id { get; private set; }

        public Claimant? Claimant { get; private set; }

        public ImmutableArray<EntityReference> Subjects { get; private set; }

        public ImmutableArray<AttributionId> Attributions { get; private set; }

        public ClaimStatus Status { get; private set; } = ClaimStatus.Asserted;

        public ImmutableArray<ExternalId> ExternalIds { get; private set; }

        public ImmutableArray<DatasetField> DatasetFields { get; private set; }

        public void Read(ref JsonCursor c, int member)
        {
            switch ((ClaimBaseMember)member)
            {
                case ClaimBaseMember.Kind:
                    // Already read and checked by ReadClaim.
                    break;
                case ClaimBaseMember.Id:
                    Id = c.ReadId<ClaimId>();
                    break;
                case ClaimBaseMember.Claimant:
                    Claimant = ReadClaimant(ref c);
                    break;
                case ClaimBaseMember.Subjects:
                    Subjects = c.ReadArray(ReadEntityReference);
                    break;
                case ClaimBaseMember.Attributions:
                    Attributions = ReadAttributionIds(ref c);
                    break;
                case ClaimBaseMember.Status:
                    Status = c.ReadEnum<ClaimStatus>();
                    break;
                case ClaimBaseMember.ExternalIds:
                    ExternalIds = c.ReadArray(ReadExternalId);
                    break;
                case ClaimBaseMember.DatasetFields:
                    DatasetFields = c.ReadArray(ReadDatasetField);
                    break;
            }
        }
    }
}

/// <summary>The members every claim has, first in each claim's member enumeration.</summary>
internal enum ClaimBaseMember
{
    Kind,
    Id,
    Claimant,
    Subjects,
    Attributions,
    Status,
    ExternalIds,
    DatasetFields,
}
