using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// A NATO Admiralty grade: the reliability of the source (A–F) and the credibility of the
/// information (1–6), written together as analysts do: "B2", "F6".
/// </summary>
/// <remarks>
/// The two scales are independent: a usually reliable source can pass on doubtful information (B4).
/// No numeric score is implied; <see cref="ToStixConfidence"/> gives STIX 2.1's mapping explicitly.
/// The default value is uninitialised (neither grade set): entities refuse it. This type is
/// immutable; safe to share between threads.
/// </remarks>
public readonly struct AdmiraltyGrade : IEquatable<AdmiraltyGrade>
{
    /// <summary>Initializes a new grade.</summary>
    /// <param name="reliability">The reliability of the source.</param>
    /// <param name="credibility">The credibility of the information.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    public AdmiraltyGrade(SourceReliability reliability, InformationCredibility credibility)
    {
        Reliability = Preconditions.CheckDefined(reliability);
        Credibility = Preconditions.CheckDefined(credibility);
    }

    /// <summary>Gets the reliability of the source.</summary>
    public SourceReliability Reliability { get; }

    /// <summary>Gets the credibility of the information.</summary>
    public InformationCredibility Credibility { get; }

    /// <summary>Parses a grade written as a letter and a digit: "B2".</summary>
    /// <param name="text">A letter A–F (upper case) followed by a digit 1–6.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a letter A–F followed by a digit 1–6.</exception>
    public static AdmiraltyGrade Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var grade)
            ? grade
            : throw new FormatException($"An Admiralty grade is a letter A–F followed by a digit 1–6, such as 'B2'; '{MessageQuote.Of(text)}' is not.");
    }

    /// <summary>Tries to parse a grade written as a letter and a digit: "B2".</summary>
    /// <param name="text">The text.</param>
    /// <param name="grade">The grade, when parsed.</param>
    /// <returns>True if <paramref name="text"/> is a well-formed grade.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AdmiraltyGrade grade)
    {
        if (text is { Length: 2 } && text[0] is >= 'A' and <= 'F' && text[1] is >= '1' and <= '6')
        {
            grade = new AdmiraltyGrade((SourceReliability)(text[0] - 'A' + 1), (InformationCredibility)(text[1] - '0'));
            return true;
        }

        grade = default;
        return false;
    }

    /// <summary>
    /// Maps the credibility to STIX 2.1's <c>confidence</c> (0–100): 1→90, 2→70, 3→50, 4→30,
    /// 5→10, 6→null (leave confidence out). STIX has no field for the reliability letter.
    /// </summary>
    /// <returns>The confidence, or null.</returns>
    public int? ToStixConfidence() => Credibility switch
    {
        InformationCredibility.Confirmed => 90,
        InformationCredibility.ProbablyTrue => 70,
        InformationCredibility.PossiblyTrue => 50,
        InformationCredibility.Doubtful => 30,
        InformationCredibility.Improbable => 10,
        _ => null,
    };

    /// <summary>Compares two grades.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(AdmiraltyGrade left, AdmiraltyGrade right) => left.Equals(right);

    /// <summary>Compares two grades for inequality.</summary>
    /// <param name="left">The first grade.</param>
    /// <param name="right">The second grade.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(AdmiraltyGrade left, AdmiraltyGrade right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(AdmiraltyGrade other) => Reliability == other.Reliability && Credibility == other.Credibility;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AdmiraltyGrade other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Reliability, Credibility);

    /// <summary>Returns the grade as a letter and a digit: "B2"; empty for the default value.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Reliability == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (int)Reliability - 1)}{(int)Credibility}");
}
