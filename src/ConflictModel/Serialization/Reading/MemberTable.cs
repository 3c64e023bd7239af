using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace ConflictModel;

/// <summary>
/// The members of one JSON object type as the reader knows them: names (from a member enumeration,
/// camelCased), which are required, and how to describe the object in a message ("an actor").
/// </summary>
internal sealed class MemberTable
{
    public const int MaxMembers = 16;

    private readonly Utf8NameSet _utf8;

    private MemberTable(string description, ImmutableArray<string> names, ulong requiredMask, Utf8NameSet utf8)
    {
        Description = description;
        Names = names;
        RequiredMask = requiredMask;
        _utf8 = utf8;
    }

    /// <summary>Gets how a message names the object, with its article: "an actor".</summary>
    public string Description { get; }

    /// <summary>Gets the JSON names of the members, in order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Gets one bit for each required member.</summary>
    public ulong RequiredMask { get; }

    /// <summary>Creates the table of an object whose members are the values of <typeparamref name="TMember"/>, numbered 0, 1, 2... in order.</summary>
    public static MemberTable Create<TMember>(string description, params ReadOnlySpan<TMember> required)
        where TMember : struct, Enum
    {
        var names = EnumNames<TMember>.Names;
        if (names.Length > MaxMembers)
        {
            throw new InvalidOperationException($"{typeof(TMember).Name} has more than {MaxMembers} members.");
        }

        var mask = 0UL;
        foreach (var member in required)
        {
            mask |= 1UL << EnumNames<TMember>.IndexOf(member);
        }

        return new MemberTable(description, names, mask, EnumNames<TMember>.NameSet);
    }

    /// <summary>Finds the member named by the property name the reader is on, trying <paramref name="likely"/> first; -1 if there is none.</summary>
    public int Find(ref Utf8JsonReader reader, int likely) => _utf8.Find(ref reader, likely);

    /// <summary>Finds a member by its JSON name; -1 if there is none.</summary>
    public int IndexOf(string? name) => name is null ? -1 : Names.IndexOf(name, StringComparer.Ordinal);

    public bool IsRequired(int index) => (RequiredMask & (1UL << index)) != 0;
}
