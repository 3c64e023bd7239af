using System;

namespace ConflictModel;

/// <summary>
/// A typed id of one kind of entity. Every id wraps a validated string (1 to 128 ASCII letters,
/// digits, '-', '_', '.' or ':', starting with a letter or digit) and compares ordinally.
/// </summary>
public interface IEntityId
{
    /// <summary>Gets the id as text; the empty string for the default (uninitialised) value, which no id can be, so that equality and hashing work on it too.</summary>
    string Value { get; }

    /// <summary>Gets the kind of entity this id names.</summary>
    EntityKind Kind { get; }
}

/// <summary>
/// A typed id that can be parsed from text (<see cref="IParsable{TSelf}"/>, <see cref="ISpanParsable{TSelf}"/>);
/// lets generic code (serializers, validators) build any id.
/// </summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface IEntityId<TSelf> : IEntityId, IEquatable<TSelf>, ISpanParsable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
}
