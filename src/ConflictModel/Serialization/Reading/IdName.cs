namespace ConflictModel;

/// <summary>The name of an id type, for messages, looked up once rather than for every id read.</summary>
/// <typeparam name="TId">The id type.</typeparam>
internal static class IdName<TId>
    where TId : struct, IEntityId<TId>
{
    public static readonly string Value = typeof(TId).Name;
}
