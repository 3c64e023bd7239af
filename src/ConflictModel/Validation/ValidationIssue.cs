using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// One problem found by report validation: a stable code, a severity, a JSON Pointer to the
/// offending element of the serialized report, the id of the entity concerned, and a message that
/// says what is wrong and how to fix it.
/// </summary>
/// <remarks>
/// Codes are stable: a code keeps its meaning forever and is never reused (see
/// <see cref="ValidationCodes"/> and <c>docs/validation.md</c>). Messages are for people and may be
/// reworded; match on <see cref="Code"/>. This type is immutable; safe to share between threads.
/// </remarks>
public sealed class ValidationIssue : IEquatable<ValidationIssue>
{
    /// <summary>Initializes a new issue.</summary>
    /// <param name="code">The stable code of the rule that found the problem, such as <c>CM0201</c>.</param>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="path">A JSON Pointer (RFC 6901) to the offending element of the serialized report; the empty string is the whole report.</param>
    /// <param name="entityId">The id of the entity concerned, or null when the problem concerns no one entity.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code, <paramref name="path"/> is not a JSON Pointer, or <paramref name="message"/> or <paramref name="entityId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not defined.</exception>
    public ValidationIssue(string code, ValidationSeverity severity, string path, string? entityId, string message)
    {
        Code = ValidationDescriptor.CheckCode(code);
        Severity = Preconditions.CheckDefined(severity);
        Preconditions.CheckNotNull(path);
        Preconditions.CheckArgument(JsonPointer.IsWellFormed(path), nameof(path), $"The path must be a JSON Pointer: empty, or '/'-separated tokens with '~' written as '~0' and '/' as '~1'; '{MessageQuote.Of(path)}' is not.");
        Path = path;
        EntityId = Preconditions.CheckNullOrNotBlank(entityId);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>Gets the stable code of the rule that found the problem.</summary>
    public string Code { get; }

    /// <summary>Gets how serious the problem is, after any severity override of the validator.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Gets the JSON Pointer to the offending element of the serialized report.</summary>
    public string Path { get; }

    /// <summary>Gets the id of the entity concerned, or null.</summary>
    public string? EntityId { get; }

    /// <summary>Gets what is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] ValidationIssue? other)
        => other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(EntityId, other.EntityId, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ValidationIssue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, EntityId, Message);

    /// <summary>Compares two issues for equality of every property.</summary>
    /// <param name="left">The first issue.</param>
    /// <param name="right">The second issue.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ValidationIssue? left, ValidationIssue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two issues for inequality.</summary>
    /// <param name="left">The first issue.</param>
    /// <param name="right">The second issue.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(ValidationIssue? left, ValidationIssue? right) => !(left == right);

    /// <summary>Returns "CM0201 error at /claims/0/claimant (c1): message".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"{Code} {Severity.ToString().ToLowerInvariant()} at {(Path.Length == 0 ? "(report)" : Path)}{(EntityId is null ? string.Empty : $" ({EntityId})")}: {Message}";
}
