using System.Collections.Immutable;

namespace ConflictModel.Tests.Support;

/// <summary>Checks that an entity turned an omitted collection into an empty one, never a default array.</summary>
internal static class ImmutableArrayAssert
{
    public static void EmptyNotDefault<T>(ImmutableArray<T> items)
    {
        Assert.False(items.IsDefault, "The collection is a default ImmutableArray; entities must hold an empty one.");
        Assert.Empty(items);
    }
}
