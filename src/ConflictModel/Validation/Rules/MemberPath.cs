namespace ConflictModel;

/// <summary>
/// The JSON Pointer of a member of an element of the report, such as <c>/claims/3/subjects/0</c> or
/// <c>/engagements/2/participants/1/actor</c>, kept as its parts and joined only when an issue is
/// reported: checking a valid report then builds no path at all.
/// </summary>
internal readonly struct MemberPath
{
    private readonly EntityKind _kind;
    private readonly int _index;
    private readonly string _property;
    private readonly int _item;
    private readonly string? _itemProperty;
    private readonly int _subItem;
    private readonly string? _subItemProperty;
    private readonly int _leaf;

    /// <summary>Initializes the path of a member, an item of a member, or a member of that item.</summary>
    /// <param name="kind">The kind of the element, which names its section.</param>
    /// <param name="index">The element's index in its section.</param>
    /// <param name="property">The member.</param>
    /// <param name="item">The index of an item of the member, or -1.</param>
    /// <param name="itemProperty">A member of that item, or null.</param>
    /// <param name="subItem">The index of an item of that member (<c>/actors/0/affiliations/1/attributions/2</c>), or -1.</param>
    /// <param name="subItemProperty">A member of the member of the item (<c>/engagements/0/participants/1/identification/claims</c>), or null.</param>
    /// <param name="leaf">The index of an item of that last member, or -1.</param>
    public MemberPath(EntityKind kind, int index, string property, int item = -1, string? itemProperty = null, int subItem = -1, string? subItemProperty = null, int leaf = -1)
    {
        _kind = kind;
        _index = index;
        _property = property;
        _item = item;
        _itemProperty = itemProperty;
        _subItem = subItem;
        _subItemProperty = subItemProperty;
        _leaf = leaf;
    }

    /// <summary>Returns the JSON Pointer.</summary>
    /// <returns>The pointer.</returns>
    public override string ToString()
    {
        var path = JsonPointer.Combine(ReportValidationContext.ElementPath(_kind, _index), _property);
        if (_item >= 0)
        {
            path = JsonPointer.Combine(path, _item);
        }

        if (_itemProperty is not null)
        {
            path = JsonPointer.Combine(path, _itemProperty);
        }

        if (_subItem >= 0)
        {
            path = JsonPointer.Combine(path, _subItem);
        }

        if (_subItemProperty is not null)
        {
            path = JsonPointer.Combine(path, _subItemProperty);
        }

        return _leaf >= 0 ? JsonPointer.Combine(path, _leaf) : path;
    }
}
