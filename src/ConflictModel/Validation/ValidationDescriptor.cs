using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// What one validation code means: the code, the severity it has unless a validator overrides it,
/// and a one-line title. Every rule declares the descriptors of the codes it can report.
/// </summary>
/// <remarks>
/// <para>A code is 2 to 32 ASCII letters, digits, '-', '_' or '.', starting with a letter. The codes
/// <c>CM</c> followed by digits belong to the built-in rules (<see cref="ValidationCodes"/>); a
/// custom rule chooses codes of its own, with its own prefix, and never reuses one.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class ValidationDescriptor : IEquatable<ValidationDescriptor>
{
    /// <summary>Initializes a new descriptor.</summary>
    /// <param name="code">The stable code, such as <c>ACME001</c>.</param>
    /// <param name="defaultSeverity">The severity unless a validator overrides it.</param>
    /// <param name="title">What the code means, in one line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a well-formed code, or <paramref name="title"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultSeverity"/> is not defined.</exception>
    public ValidationDescriptor(string code, ValidationSeverity defaultSeverity, string title)
    {
        Code = CheckCode(code);
        DefaultSeverity = Preconditions.CheckDefined(defaultSeverity);
        Title = Preconditions.CheckNotBlank(title);
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity unless a validator overrides it.</summary>
    public ValidationSeverity DefaultSeverity { get; }

    /// <summary>Gets what the code means, in one line.</summary>
    public string Title { get; }

    /// <summary>Gets a value indicating whether the code belongs to the built-in rules: "CM" followed only by digits.</summary>
    public bool IsBuiltIn => IsBuiltInCode(Code);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] ValidationDescriptor? other)
        => other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && DefaultSeverity == other.DefaultSeverity
        && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as ValidationDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, DefaultSeverity, Title);

    /// <summary>Compares two descriptors.</summary>
    /// <param name="left">The first descriptor.</param>
    /// <param name="right">The second descriptor.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ValidationDescriptor? left, ValidationDescriptor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two descriptors for inequality.</summary>
    /// <param name="left">The first descriptor.</param>
    /// <param name="right">The second descriptor.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(ValidationDescriptor? left, ValidationDescriptor? right) => !(left == right);

    /// <summary>Returns "code (severity): title".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({DefaultSeverity.ToString().ToLowerInvariant()}): {Title}";

    internal static bool IsBuiltInCode(string code)
    {
        if (code.Length < 3 || !code.StartsWith("CM", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in code.AsSpan(2))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static string CheckCode(string? code, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(code))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        var ok = code.Length is >= 2 and <= 32 && char.IsAsciiLetter(code[0]);
        foreach (var c in code)
        {
            ok &= char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
        }

        Preconditions.CheckArgument(ok, paramName!, $"A validation code must be 2 to 32 ASCII letters, digits, '-', '_' or '.', starting with a letter; '{MessageQuote.Of(code)}' is not.");
        return code;
    }
}
