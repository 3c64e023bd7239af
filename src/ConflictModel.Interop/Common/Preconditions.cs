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
}
