using System;

namespace ConflictModel;

/// <summary>
/// The JSON names of the format's members, for code outside the reader that must name them — the
/// validator's JSON Pointers. The one table is the member enumerations the reader and the schema
/// use (<see cref="EngagementMember"/>, <see cref="ClaimBaseMember"/>...), camelCased by
/// <see cref="EnumNames{TEnum}"/>, and held to the writing contract by a test; nothing else spells
/// a member name out.
/// </summary>
internal static class JsonName
{
    /// <summary>Gets the JSON name of a member: <c>JsonName.Of(EngagementMember.Locations)</c> is "locations".</summary>
    /// <typeparam name="TMember">The member enumeration of one object type.</typeparam>
    /// <param name="member">The member.</param>
    /// <returns>The name.</returns>
    public static string Of<TMember>(TMember member)
        where TMember : struct, Enum
        => EnumNames<TMember>.Name(member);

    /// <summary>Gets the name of the id member of an entity of a kind ("id" for each).</summary>
    /// <param name="kind">The kind of entity.</param>
    /// <returns>The name.</returns>
    public static string IdOf(EntityKind kind) => kind switch
    {
        EntityKind.Source => Of(SourceMember.Id),
        EntityKind.Actor => Of(ActorMember.Id),
        EntityKind.Location => Of(LocationMember.Id),
        EntityKind.Engagement => Of(EngagementMember.Id),
        EntityKind.Claim => Of(ClaimBaseMember.Id),
        EntityKind.Attribution => Of(SourceAttributionMember.Id),
        _ => Of(MentionMember.Id),
    };
}
