using System;

namespace ConflictModel.Tests.Support;

/// <summary>
/// Asserts the refusal of a bad argument completely: the exact exception type, the parameter it
/// names, and a fragment of the message that states the rule.
/// </summary>
internal static class ArgumentAssert
{
    public static TException Throws<TException>(string paramName, string messageFragment, Action testCode)
        where TException : ArgumentException
    {
        var exception = Assert.Throws<TException>(paramName, testCode);
        Assert.Contains(messageFragment, exception.Message, StringComparison.Ordinal);
        return exception;
    }

    public static TException Throws<TException>(string paramName, string messageFragment, Func<object?> testCode)
        where TException : ArgumentException
    {
        var exception = Assert.Throws<TException>(paramName, testCode);
        Assert.Contains(messageFragment, exception.Message, StringComparison.Ordinal);
        return exception;
    }

    public static ArgumentNullException ThrowsNull(string paramName, Func<object?> testCode)
        => Assert.Throws<ArgumentNullException>(paramName, testCode);
}
