using System.Runtime.CompilerServices;

namespace ConflictModel;

/// <summary>The state of one object being read: which members were seen, and where each began, for errors that point at a member.</summary>
internal struct ObjectScope
{
    public ObjectScope(MemberTable table, int startOffset)
    {
        Table = table;
        StartOffset = startOffset;
        Open = -1;
    }

    public MemberTable Table { get; }

    /// <summary>Gets the offset of the object's '{' in the input.</summary>
    public int StartOffset { get; }

    /// <summary>Gets or sets one bit for each member seen.</summary>
    public ulong Seen { get; set; }

    /// <summary>Gets or sets the member whose value is being read (its name is on the path), or -1.</summary>
    public int Open { get; set; }

    /// <summary>The offset of each seen member's name in the input.</summary>
    public MemberOffsets Offsets;

    [InlineArray(MemberTable.MaxMembers)]
    internal struct MemberOffsets
    {
        private int _element;
    }
}
