using System;

namespace ConflictModel;

/// <summary>
/// A typed id of one kind of entity. Every id wraps a validated string (see
/// <see cref="IEntityId{TSelf}.Create(string)"/> for the rule) and compares ordinally.
/// </summary>
public interface IEntityId
{
    /// <summary>Gets the id as text; the empty string for the default (uninitialised) value, which no id can be, so that equality and hashing work on it too.</summary>
    string Value { get; }

    /// <summary>Gets the kind of entity this id names.</summary>
    EntityKind Kind { get; }
}

/// <summary>A typed id that can be made from text; lets generic code (serializers, validators) build any id.</summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface IEntityId<TSelf> : IEntityId, IEquatable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    /// <summary>
    /// Creates an id from text: 1 to 128 ASCII letters, digits, '-', '_', '.' or ':', starting
    /// with a letter or digit.
    /// </summary>
    /// <param name="value">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the rule above.</exception>
    static abstract TSelf Create(string value);
}
