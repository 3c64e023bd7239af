using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ConflictModel.Interop;

/// <summary>
/// The one guard of this package's constructors and factories, as in the core: null gives
/// <see cref="ArgumentNullException"/>, anything else wrong with an argument gives
/// <see cref="ArgumentException"/>. Messages are one sentence stating the rule.
/// </summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    // The same check with a message that is formatted only when the check fails: the guards of
    // rows and loss entries run millions of times on an import or export.
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Formats a guard's message only when its condition is false.</summary>
    [InterpolatedStringHandler]
    public ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _inner;

        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            _inner = condition ? default : new DefaultInterpolatedStringHandler(literalLength, formattedCount, System.Globalization.CultureInfo.InvariantCulture);
            shouldAppend = !condition;
        }

        public void AppendLiteral(string value) => _inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

        public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

        public string ToStringAndClear() => _inner.ToStringAndClear();
    }
}
