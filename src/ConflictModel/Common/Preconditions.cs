using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ConflictModel;

/// <summary>
/// The one guard every constructor and factory uses. The exception type follows the cause:
/// null gives <see cref="ArgumentNullException"/>, a number out of range gives
/// <see cref="ArgumentOutOfRangeException"/>, anything else wrong with an argument gives
/// <see cref="ArgumentException"/>. Messages are one sentence stating the rule.
/// </summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    /// <summary>
    /// Refuses null, empty and whitespace-only text, and text that is not well-formed UTF-16; the
    /// text itself is kept unchanged. Every text member of the model goes through here (or through
    /// <see cref="CheckNullOrNotEmptyText"/>), so that none can hold what JSON cannot carry.
    /// </summary>
    public static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("The value must not be empty or consist only of white space.", paramName);
        }

        return CheckWellFormed(argument, paramName);
    }

    /// <summary>Accepts null; refuses empty text and text that is not well-formed UTF-16 (white space alone is allowed).</summary>
    public static string? CheckNullOrNotEmptyText(string? argument, string emptyMessage, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            return null;
        }

        CheckArgument(argument.Length > 0, paramName!, emptyMessage);
        return CheckWellFormed(argument, paramName);
    }

    /// <summary>
    /// Refuses text with an unpaired surrogate. Such text has no UTF-8 form: a writer would put
    /// U+FFFD in its place, and the report read back would not equal the one written. Refusing it
    /// here keeps the promise that what is built is what is written.
    /// </summary>
    public static string CheckWellFormed(string argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        var index = CodePoints.IndexOfUnpairedSurrogate(argument);
        if (index >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The text must be well-formed UTF-16; it holds an unpaired surrogate (U+{(int)argument[index]:X4}) at index {index}, which is no character and cannot be written as JSON."),
                paramName);
        }

        return argument;
    }

    /// <summary>Accepts null; refuses empty and whitespace-only text.</summary>
    public static string? CheckNullOrNotBlank(string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        => argument is null ? null : CheckNotBlank(argument, paramName);

    public static int CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"The value must be between {minInclusive} and {maxInclusive} inclusive."));
        }

        return value;
    }

    public static int CheckNonNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
        }

        return value;
    }

    /// <summary>Refuses NaN and infinities as well as values outside the range.</summary>
    public static double CheckArgumentRange(double value, double minInclusive, double maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value) || value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"The value must be a finite number between {minInclusive} and {maxInclusive} inclusive."));
        }

        return value;
    }

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>
    /// The same check with a message built from an interpolated string only when the check fails:
    /// constructors run for every value read, and formatting a message nobody sees (an enum's name,
    /// a quoted value) cost more than the check itself.
    /// </summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    public static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value is not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    public static TEnum? CheckDefined<TEnum>(TEnum? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
        => value is { } v ? CheckDefined(v, paramName) : null;

    /// <summary>Refuses the default (uninitialised) value of an id or other value struct.</summary>
    public static T CheckInitialized<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            throw new ArgumentException($"The {typeof(T).Name} must be initialised; the default value is not a valid {typeof(T).Name}.", paramName);
        }

        return value;
    }

    /// <summary>
    /// Turns a possibly default array into an empty one, and refuses null elements, so that an
    /// entity never holds a default <see cref="ImmutableArray{T}"/> or a null item.
    /// </summary>
    public static ImmutableArray<T> CheckElements<T>(ImmutableArray<T> items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        if (items.IsDefault)
        {
            return ImmutableArray<T>.Empty;
        }

        if (!typeof(T).IsValueType)
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is null)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The collection must not contain null; the item at index {i} is null."), paramName);
                }
            }
        }

        return items;
    }

    /// <summary>As <see cref="CheckElements{T}(ImmutableArray{T}, string?)"/>, and refuses uninitialised ids.</summary>
    public static ImmutableArray<T> CheckInitializedElements<T>(ImmutableArray<T> items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : struct, IEquatable<T>
    {
        if (items.IsDefault)
        {
            return ImmutableArray<T>.Empty;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Equals(default))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The collection must not contain an uninitialised {typeof(T).Name}; the item at index {i} is the default value."), paramName);
            }
        }

        return items;
    }

    public static ImmutableArray<T> CheckNotEmpty<T>(ImmutableArray<T> items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        if (items.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The collection must contain at least one item.", paramName);
        }

        return items;
    }

    internal static ImmutableArray<T> ToImmutableArrayOrEmpty<T>(IEnumerable<T>? items)
        => items is null ? ImmutableArray<T>.Empty : items.ToImmutableArray();

    /// <summary>Builds the message of a check, with invariant formatting, only when the check fails.</summary>
    [InterpolatedStringHandler]
    public ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _text;

        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        public void AppendFormatted(ReadOnlySpan<char> value) => _text.AppendFormatted(value);

        public void AppendFormatted(string? value) => _text.AppendFormatted(value);

        public string ToStringAndClear() => _text.ToStringAndClear();
    }
}
