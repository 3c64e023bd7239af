using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// A reported count that keeps its qualifier ("more than", "at least", "between"...), the words
/// as reported, and what is counted. Low, best and high estimates — as UCDP keeps them — are
/// derived from the qualifier, never stored, so they cannot disagree with it.
/// </summary>
/// <remarks>
/// <para>"More than 80" (<see cref="MoreThan(int)"/>) has a low of 81; "at least 80"
/// (<see cref="AtLeast(int)"/>) has a low of 80. Neither has a high or a best estimate: a source
/// that says "more than 80" did not say 80. <see cref="Unknown"/> and <see cref="Undisclosed"/>
/// have no bounds at all and are never zero.</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class CountEstimate : IEquatable<CountEstimate>
{
    private CountEstimate(EstimateQualifier qualifier, int? value, int? min, int? max, string? wording, string? counted)
    {
        Qualifier = qualifier;
        Value = value;
        Min = min;
        Max = max;
        Wording = wording;
        Counted = counted;
    }

    /// <summary>Gets an estimate of a count the source does not know or does not give.</summary>
    public static CountEstimate Unknown { get; } = new(EstimateQualifier.Unknown, null, null, null, null, null);

    /// <summary>Gets an estimate of a count the source says is withheld ("remain undisclosed").</summary>
    public static CountEstimate Undisclosed { get; } = new(EstimateQualifier.Undisclosed, null, null, null, null, null);

    /// <summary>Gets the qualifier: how the reported number relates to the true count.</summary>
    public EstimateQualifier Qualifier { get; }

    /// <summary>
    /// Gets the reported number for the single-number qualifiers (exact, at least, more than,
    /// at most, fewer than, approximately); null for between, unknown and undisclosed.
    /// </summary>
    public int? Value { get; }

    /// <summary>Gets the lower end of a <see cref="EstimateQualifier.Between"/> range; null otherwise.</summary>
    internal int? Min { get; }

    /// <summary>Gets the upper end of a <see cref="EstimateQualifier.Between"/> range; null otherwise.</summary>
    internal int? Max { get; }

    /// <summary>Gets the words as reported ("more than 80"), or null when not recorded.</summary>
    public string? Wording { get; }

    /// <summary>Gets what is counted, as reported ("militants", "army barracks"), or null when not recorded.</summary>
    public string? Counted { get; }

    /// <summary>Gets the lowest count the statement allows, or null when it sets no lower bound.</summary>
    /// <remarks>At most and fewer than allow zero; unknown, undisclosed and approximately set no bound.</remarks>
    public int? Low => Qualifier switch
    {
        EstimateQualifier.Exact or EstimateQualifier.AtLeast => Value,
        EstimateQualifier.MoreThan => Value + 1,
        EstimateQualifier.AtMost or EstimateQualifier.FewerThan => 0,
        EstimateQualifier.Between => Min,
        _ => null,
    };

    /// <summary>Gets the best single estimate the statement gives, or null when it gives none.</summary>
    /// <remarks>Only exact and approximate figures give a best estimate.</remarks>
    public int? Best => Qualifier is EstimateQualifier.Exact or EstimateQualifier.Approximately ? Value : null;

    /// <summary>Gets the highest count the statement allows, or null when it sets no upper bound.</summary>
    public int? High => Qualifier switch
    {
        EstimateQualifier.Exact or EstimateQualifier.AtMost => Value,
        EstimateQualifier.FewerThan => Value - 1,
        EstimateQualifier.Between => Max,
        _ => null,
    };

    /// <summary>Creates an exact count.</summary>
    /// <param name="value">The count; not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static CountEstimate Exactly(int value) => Single(EstimateQualifier.Exact, value);

    /// <summary>Creates "at least <paramref name="value"/>": the value itself is included.</summary>
    /// <param name="value">The lower bound, inclusive; not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static CountEstimate AtLeast(int value) => Single(EstimateQualifier.AtLeast, value);

    /// <summary>Creates "more than <paramref name="value"/>": the value itself is excluded.</summary>
    /// <param name="value">The lower bound, exclusive; not negative and less than <see cref="int.MaxValue"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or <see cref="int.MaxValue"/>.</exception>
    public static CountEstimate MoreThan(int value)
        => Single(EstimateQualifier.MoreThan, Preconditions.CheckArgumentRange(value, 0, int.MaxValue - 1));

    /// <summary>Creates "at most <paramref name="value"/>": the value itself is included.</summary>
    /// <param name="value">The upper bound, inclusive; not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static CountEstimate AtMost(int value) => Single(EstimateQualifier.AtMost, value);

    /// <summary>Creates "fewer than <paramref name="value"/>": the value itself is excluded.</summary>
    /// <param name="value">The upper bound, exclusive; at least 1 (nothing is fewer than zero).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than 1.</exception>
    public static CountEstimate FewerThan(int value)
        => Single(EstimateQualifier.FewerThan, Preconditions.CheckArgumentRange(value, 1, int.MaxValue));

    /// <summary>Creates "about <paramref name="value"/>": a best estimate without firm bounds.</summary>
    /// <param name="value">The approximate count; not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static CountEstimate Approximately(int value) => Single(EstimateQualifier.Approximately, value);

    /// <summary>Creates a closed range "between <paramref name="min"/> and <paramref name="max"/>".</summary>
    /// <param name="min">The lower end, inclusive; not negative.</param>
    /// <param name="max">The upper end, inclusive; greater than <paramref name="min"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="max"/> is not greater than <paramref name="min"/>.</exception>
    public static CountEstimate Between(int min, int max)
    {
        Preconditions.CheckNonNegative(min);
        Preconditions.CheckArgument(max > min, nameof(max), "The upper end of a range must be greater than its lower end; use Exactly for a single number.");
        return new CountEstimate(EstimateQualifier.Between, null, min, max, null, null);
    }

    /// <summary>
    /// Creates an estimate from its parts, as a serializer or importer has them. Exactly the parts
    /// the qualifier needs must be given: <paramref name="value"/> for single-number qualifiers,
    /// <paramref name="min"/> and <paramref name="max"/> for between, neither for unknown and undisclosed.
    /// </summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <param name="value">The single number, where the qualifier takes one.</param>
    /// <param name="min">The lower end of a between range.</param>
    /// <param name="max">The upper end of a between range.</param>
    /// <param name="wording">The words as reported, or null.</param>
    /// <param name="counted">What is counted, or null.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">A part the qualifier needs is missing, or one it does not take is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of its range, or the qualifier is not defined.</exception>
    public static CountEstimate Create(EstimateQualifier qualifier, int? value = null, int? min = null, int? max = null, string? wording = null, string? counted = null)
    {
        Preconditions.CheckDefined(qualifier);
        CountEstimate estimate;
        switch (qualifier)
        {
            case EstimateQualifier.Between:
                Preconditions.CheckArgument(value is null, nameof(value), "A Between estimate takes min and max, not value.");
                Preconditions.CheckArgument(min is not null, nameof(min), "A Between estimate needs min.");
                Preconditions.CheckArgument(max is not null, nameof(max), "A Between estimate needs max.");
                estimate = Between(min.Value, max.Value);
                break;
            case EstimateQualifier.Unknown or EstimateQualifier.Undisclosed:
                Preconditions.CheckArgument(value is null, nameof(value), $"An estimate qualified {qualifier} takes no number.");
                Preconditions.CheckArgument(min is null, nameof(min), $"An estimate qualified {qualifier} takes no number.");
                Preconditions.CheckArgument(max is null, nameof(max), $"An estimate qualified {qualifier} takes no number.");
                estimate = qualifier == EstimateQualifier.Unknown ? Unknown : Undisclosed;
                break;
            default:
                Preconditions.CheckArgument(min is null, nameof(min), $"An estimate qualified {qualifier} takes value, not min or max.");
                Preconditions.CheckArgument(max is null, nameof(max), $"An estimate qualified {qualifier} takes value, not min or max.");
                Preconditions.CheckArgument(value is not null, nameof(value), $"An estimate qualified {qualifier} needs value.");
                estimate = qualifier switch
                {
                    EstimateQualifier.MoreThan => MoreThan(value.Value),
                    EstimateQualifier.FewerThan => FewerThan(value.Value),
                    _ => Single(qualifier, value.Value),
                };
                break;
        }

        // One object, not three: a reader builds an estimate for every casualty claim.
        return wording is null && counted is null
            ? estimate
            : new(estimate.Qualifier, estimate.Value, estimate.Min, estimate.Max, Preconditions.CheckNullOrNotBlank(wording), Preconditions.CheckNullOrNotBlank(counted));
    }

    /// <summary>Returns a copy with the words as reported.</summary>
    /// <param name="wording">The words as reported ("more than 80"), or null to clear them; not blank.</param>
    /// <returns>The new estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="wording"/> is empty or white space.</exception>
    [Pure]
    public CountEstimate WithWording(string? wording)
        => new(Qualifier, Value, Min, Max, Preconditions.CheckNullOrNotBlank(wording), Counted);

    /// <summary>Returns a copy that says what is counted.</summary>
    /// <param name="counted">What is counted, as reported ("militants"), or null to clear it; not blank.</param>
    /// <returns>The new estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="counted"/> is empty or white space.</exception>
    [Pure]
    public CountEstimate WithCounted(string? counted)
        => new(Qualifier, Value, Min, Max, Wording, Preconditions.CheckNullOrNotBlank(counted));

    /// <summary>Tells whether a count is consistent with this estimate.</summary>
    /// <param name="count">A count.</param>
    /// <returns>True if <paramref name="count"/> lies within the derived bounds (any count fits an estimate without bounds).</returns>
    public bool Allows(int count) => count >= (Low ?? 0) && count <= (High ?? int.MaxValue);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] CountEstimate? other)
        => other is not null
        && Qualifier == other.Qualifier
        && Value == other.Value
        && Min == other.Min
        && Max == other.Max
        && string.Equals(Wording, other.Wording, StringComparison.Ordinal)
        && string.Equals(Counted, other.Counted, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CountEstimate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Qualifier, Value, Min, Max, Wording, Counted);

    /// <summary>Compares two estimates for equality of every part, wording included.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(CountEstimate? left, CountEstimate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two estimates for inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(CountEstimate? left, CountEstimate? right) => !(left == right);

    /// <summary>Returns the estimate as a person would write it: "more than 80 militants", "between 20 and 30", "undisclosed".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var number = Qualifier switch
        {
            EstimateQualifier.Exact => Format($"{Value}"),
            EstimateQualifier.AtLeast => Format($"at least {Value}"),
            EstimateQualifier.MoreThan => Format($"more than {Value}"),
            EstimateQualifier.AtMost => Format($"at most {Value}"),
            EstimateQualifier.FewerThan => Format($"fewer than {Value}"),
            EstimateQualifier.Approximately => Format($"about {Value}"),
            EstimateQualifier.Between => Format($"between {Min} and {Max}"),
            EstimateQualifier.Unknown => "unknown",
            _ => "undisclosed",
        };
        return Counted is null ? number : Qualifier is EstimateQualifier.Unknown or EstimateQualifier.Undisclosed
            ? $"{Counted}: {number}"
            : $"{number} {Counted}";
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static CountEstimate Single(EstimateQualifier qualifier, int value)
        => new(qualifier, Preconditions.CheckNonNegative(value), null, null, null, null);
}
