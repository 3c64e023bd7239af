using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// Builds JSON Pointers (RFC 6901), the paths of <see cref="ValidationIssue.Path"/> and of
/// <see cref="ConflictJsonException.JsonPointer"/>: <c>/engagements/3/locations/0</c>. The empty
/// string points at the whole document.
/// </summary>
/// <remarks>
/// Shared by the reader and the validator, so both escape alike ('~' as "~0", '/' as "~1").
/// This type is stateless; safe to use from any thread.
/// </remarks>
public static class JsonPointer
{
    /// <summary>Gets the pointer to the whole document: the empty string.</summary>
    public static string Root => string.Empty;

    /// <summary>Escapes one reference token: '~' becomes "~0" and '/' becomes "~1".</summary>
    /// <param name="token">The property name or other token.</param>
    /// <returns>The escaped token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public static string EscapeToken(string token)
    {
        Preconditions.CheckNotNull(token);
        return token.Contains('~', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal)
            ? token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : token;
    }

    /// <summary>Appends a property name to a pointer, escaping it.</summary>
    /// <param name="parent">The pointer to the object.</param>
    /// <param name="propertyName">The property name, unescaped.</param>
    /// <returns>The pointer to the property.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Combine(string parent, string propertyName)
    {
        Preconditions.CheckNotNull(parent);
        return parent + "/" + EscapeToken(propertyName);
    }

    /// <summary>Appends an array index to a pointer.</summary>
    /// <param name="parent">The pointer to the array.</param>
    /// <param name="index">The index; not negative.</param>
    /// <returns>The pointer to the element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string Combine(string parent, int index)
    {
        Preconditions.CheckNotNull(parent);
        Preconditions.CheckNonNegative(index);
        return parent + "/" + index.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Tells whether a text is a JSON Pointer: empty, or tokens each after a '/', with '~' only in "~0" or "~1".</summary>
    /// <param name="text">The text.</param>
    /// <returns>True if well-formed.</returns>
    public static bool IsWellFormed(string? text)
    {
        if (text is null)
        {
            return false;
        }

        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 >= text.Length || text[i + 1] is not ('0' or '1')))
            {
                return false;
            }
        }

        return true;
    }
}
