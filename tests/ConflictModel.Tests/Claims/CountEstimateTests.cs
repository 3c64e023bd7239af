using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class CountEstimateTests
{
    private static readonly string[] Bounds = [nameof(CountEstimate.Low), nameof(CountEstimate.Best), nameof(CountEstimate.High)];

    // Expected bounds written from the qualifiers' meaning (issue 2; UCDP's low/best/high):
    // "more than 80" allows 81 upwards and names no best; "fewer than 10" allows 0 to 9.
    public static TheoryData<string, CountEstimate, int?, int?, int?> BoundsByQualifier => new()
    {
        { "exactly 12", CountEstimate.Exactly(12), 12, 12, 12 },
        { "exactly 0", CountEstimate.Exactly(0), 0, 0, 0 },
        { "at least 80", CountEstimate.AtLeast(80), 80, null, null },
        { "at least 0", CountEstimate.AtLeast(0), 0, null, null },
        { "more than 80", CountEstimate.MoreThan(80), 81, null, null },
        { "more than 0", CountEstimate.MoreThan(0), 1, null, null },
        { "more than int.MaxValue - 1", CountEstimate.MoreThan(int.MaxValue - 1), int.MaxValue, null, null },
        { "at most 10", CountEstimate.AtMost(10), 0, null, 10 },
        { "at most 0", CountEstimate.AtMost(0), 0, null, 0 },
        { "fewer than 10", CountEstimate.FewerThan(10), 0, null, 9 },
        { "fewer than 1", CountEstimate.FewerThan(1), 0, null, 0 },
        { "fewer than int.MaxValue", CountEstimate.FewerThan(int.MaxValue), 0, null, int.MaxValue - 1 },
        { "between 20 and 30", CountEstimate.Between(20, 30), 20, null, 30 },
        { "between 0 and 1", CountEstimate.Between(0, 1), 0, null, 1 },
        { "about 50", CountEstimate.Approximately(50), null, 50, null },
        { "unknown", CountEstimate.Unknown, null, null, null },
        { "undisclosed", CountEstimate.Undisclosed, null, null, null },
    };

    [Fact]
    public void MoreThan_AndAtLeast_AreNotEqualAndDeriveDifferentBounds()
    {
        var moreThan = CountEstimate.MoreThan(80);
        var atLeast = CountEstimate.AtLeast(80);

        Assert.NotEqual(moreThan, atLeast);
        Assert.False(moreThan == atLeast);
        Assert.Equal(81, moreThan.Low);
        Assert.Equal(80, atLeast.Low);
        Assert.Null(moreThan.High);
        Assert.Null(moreThan.Best);
        Assert.Null(atLeast.High);
        Assert.Null(atLeast.Best);
        Assert.False(moreThan.Allows(80));
        Assert.True(atLeast.Allows(80));
    }

    [Theory]
    [MemberData(nameof(BoundsByQualifier))]
    public void LowBestHigh_EachQualifier_FollowFromItsMeaning(string wording, CountEstimate estimate, int? low, int? best, int? high)
    {
        Assert.NotNull(wording);
        Assert.Equal(low, estimate.Low);
        Assert.Equal(best, estimate.Best);
        Assert.Equal(high, estimate.High);
    }

    [Theory]
    [InlineData(EstimateQualifier.Exact, 12)]
    [InlineData(EstimateQualifier.AtLeast, 80)]
    [InlineData(EstimateQualifier.MoreThan, 80)]
    [InlineData(EstimateQualifier.AtMost, 10)]
    [InlineData(EstimateQualifier.FewerThan, 10)]
    [InlineData(EstimateQualifier.Approximately, 50)]
    public void Factories_SingleNumber_KeepQualifierAndValue(EstimateQualifier qualifier, int value)
    {
        var estimate = qualifier switch
        {
            EstimateQualifier.Exact => CountEstimate.Exactly(value),
            EstimateQualifier.AtLeast => CountEstimate.AtLeast(value),
            EstimateQualifier.MoreThan => CountEstimate.MoreThan(value),
            EstimateQualifier.AtMost => CountEstimate.AtMost(value),
            EstimateQualifier.FewerThan => CountEstimate.FewerThan(value),
            _ => CountEstimate.Approximately(value),
        };

        Assert.Equal(qualifier, estimate.Qualifier);
        Assert.Equal(value, estimate.Value);
        Assert.Null(estimate.Min);
        Assert.Null(estimate.Max);
        Assert.Null(estimate.Wording);
        Assert.Null(estimate.Counted);
    }

    [Fact]
    public void Between_KeepsMinAndMaxAndNoValue()
    {
        var estimate = CountEstimate.Between(20, 30);

        Assert.Equal(EstimateQualifier.Between, estimate.Qualifier);
        Assert.Null(estimate.Value);
        Assert.Equal(20, estimate.Min);
        Assert.Equal(30, estimate.Max);
    }

    [Fact]
    public void UnknownAndUndisclosed_HaveNoNumberAndAreNotZero()
    {
        Assert.Equal(EstimateQualifier.Unknown, CountEstimate.Unknown.Qualifier);
        Assert.Equal(EstimateQualifier.Undisclosed, CountEstimate.Undisclosed.Qualifier);
        Assert.Null(CountEstimate.Unknown.Value);
        Assert.Null(CountEstimate.Undisclosed.Value);
        Assert.NotEqual(CountEstimate.Exactly(0), CountEstimate.Unknown);
        Assert.NotEqual(CountEstimate.Exactly(0), CountEstimate.Undisclosed);
        Assert.NotEqual(CountEstimate.Unknown, CountEstimate.Undisclosed);
    }

    [Theory]
    [InlineData(EstimateQualifier.Exact, "must not be negative")]
    [InlineData(EstimateQualifier.AtLeast, "must not be negative")]
    [InlineData(EstimateQualifier.MoreThan, "between 0 and 2147483646")]
    [InlineData(EstimateQualifier.AtMost, "must not be negative")]
    [InlineData(EstimateQualifier.FewerThan, "between 1 and 2147483647")]
    [InlineData(EstimateQualifier.Approximately, "must not be negative")]
    public void Create_NegativeNumber_ThrowsArgumentOutOfRangeException(EstimateQualifier qualifier, string rule)
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", rule, () => CountEstimate.Create(qualifier, value: -1));

    [Fact]
    public void Factories_NegativeNumber_ThrowFromEachNamedFactory()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "must not be negative", () => CountEstimate.Exactly(-1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "must not be negative", () => CountEstimate.AtLeast(-1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "between 0 and 2147483646", () => CountEstimate.MoreThan(-1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "must not be negative", () => CountEstimate.AtMost(-1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "between 1 and 2147483647", () => CountEstimate.FewerThan(-1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "must not be negative", () => CountEstimate.Approximately(-1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("min", "must not be negative", () => CountEstimate.Between(-1, 5));
    }

    [Fact]
    public void MoreThan_IntMaxValue_ThrowsBecauseNoCountIsGreater()
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "between 0 and 2147483646", () => CountEstimate.MoreThan(int.MaxValue));

    [Fact]
    public void FewerThan_Zero_ThrowsBecauseNoCountIsSmaller()
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "between 1 and 2147483647", () => CountEstimate.FewerThan(0));

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5, 4)]
    [InlineData(0, 0)]
    public void Between_MaxNotGreaterThanMin_ThrowsArgumentException(int lower, int upper)
        => ArgumentAssert.Throws<ArgumentException>("max", "The upper end of a range must be greater than its lower end; use Exactly for a single number.", () => CountEstimate.Between(lower, upper));

    [Fact]
    public void Create_EachQualifierWithItsParts_EqualsTheNamedFactory()
    {
        Assert.Equal(CountEstimate.Exactly(12), CountEstimate.Create(EstimateQualifier.Exact, value: 12));
        Assert.Equal(CountEstimate.AtLeast(30), CountEstimate.Create(EstimateQualifier.AtLeast, value: 30));
        Assert.Equal(CountEstimate.MoreThan(80), CountEstimate.Create(EstimateQualifier.MoreThan, value: 80));
        Assert.Equal(CountEstimate.AtMost(10), CountEstimate.Create(EstimateQualifier.AtMost, value: 10));
        Assert.Equal(CountEstimate.FewerThan(10), CountEstimate.Create(EstimateQualifier.FewerThan, value: 10));
        Assert.Equal(CountEstimate.Approximately(50), CountEstimate.Create(EstimateQualifier.Approximately, value: 50));
        Assert.Equal(CountEstimate.Between(20, 30), CountEstimate.Create(EstimateQualifier.Between, min: 20, max: 30));
        Assert.Equal(CountEstimate.Unknown, CountEstimate.Create(EstimateQualifier.Unknown));
        Assert.Equal(CountEstimate.Undisclosed, CountEstimate.Create(EstimateQualifier.Undisclosed));
    }

    [Fact]
    public void Create_WordingAndCounted_AreKept()
    {
        var estimate = CountEstimate.Create(EstimateQualifier.MoreThan, value: 80, wording: "more than 80", counted: "militants");

        Assert.Equal("more than 80", estimate.Wording);
        Assert.Equal("militants", estimate.Counted);
        Assert.Equal(81, estimate.Low);
    }

    [Fact]
    public void Create_FewerThanZeroAndMoreThanMaxValue_AreRefusedAsByTheFactories()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "between 1 and", () => CountEstimate.Create(EstimateQualifier.FewerThan, value: 0));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("value", "between 0 and", () => CountEstimate.Create(EstimateQualifier.MoreThan, value: int.MaxValue));
        ArgumentAssert.Throws<ArgumentException>("max", "greater than its lower end", () => CountEstimate.Create(EstimateQualifier.Between, min: 5, max: 5));
    }

    public static TheoryData<EstimateQualifier, int?, int?, int?, string, string> WrongParts => new()
    {
        { EstimateQualifier.Between, 5, 1, 9, "value", "A Between estimate takes min and max, not value." },
        { EstimateQualifier.Between, null, null, 9, "min", "A Between estimate needs min." },
        { EstimateQualifier.Between, null, 1, null, "max", "A Between estimate needs max." },
        { EstimateQualifier.Between, null, null, null, "min", "A Between estimate needs min." },
        { EstimateQualifier.Unknown, 0, null, null, "value", "An estimate qualified Unknown takes no number." },
        { EstimateQualifier.Unknown, null, 1, null, "min", "An estimate qualified Unknown takes no number." },
        { EstimateQualifier.Undisclosed, null, null, 9, "max", "An estimate qualified Undisclosed takes no number." },
        { EstimateQualifier.Exact, null, null, null, "value", "An estimate qualified Exact needs value." },
        { EstimateQualifier.MoreThan, 80, 1, null, "min", "An estimate qualified MoreThan takes value, not min or max." },
        { EstimateQualifier.AtMost, 10, null, 20, "max", "An estimate qualified AtMost takes value, not min or max." },
        { EstimateQualifier.Approximately, null, 1, 2, "min", "An estimate qualified Approximately takes value, not min or max." },
    };

    [Theory]
    [MemberData(nameof(WrongParts))]
    public void Create_WrongPartsForQualifier_ThrowsArgumentException(EstimateQualifier qualifier, int? value, int? min, int? max, string paramName, string message)
        => ArgumentAssert.Throws<ArgumentException>(paramName, message, () => CountEstimate.Create(qualifier, value, min, max));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Create_UndefinedQualifier_ThrowsArgumentOutOfRangeException(int raw)
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>("qualifier", "not a defined EstimateQualifier", () => CountEstimate.Create((EstimateQualifier)raw, value: 1));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void WithWordingAndWithCounted_Blank_ThrowArgumentException(string blank)
    {
        ArgumentAssert.Throws<ArgumentException>("wording", "must not be empty", () => CountEstimate.MoreThan(80).WithWording(blank));
        ArgumentAssert.Throws<ArgumentException>("counted", "must not be empty", () => CountEstimate.MoreThan(80).WithCounted(blank));
        ArgumentAssert.Throws<ArgumentException>("wording", "must not be empty", () => CountEstimate.Create(EstimateQualifier.Exact, value: 1, wording: blank));
        ArgumentAssert.Throws<ArgumentException>("counted", "must not be empty", () => CountEstimate.Create(EstimateQualifier.Exact, value: 1, counted: blank));
    }

    [Fact]
    public void WithWordingAndWithCounted_KeepTheNumberAndCanClear()
    {
        var estimate = CountEstimate.MoreThan(80).WithWording("more than 80").WithCounted("militants");

        Assert.Equal(EstimateQualifier.MoreThan, estimate.Qualifier);
        Assert.Equal(80, estimate.Value);
        Assert.Equal("more than 80", estimate.Wording);
        Assert.Equal("militants", estimate.Counted);
        Assert.Equal(CountEstimate.MoreThan(80), estimate.WithWording(null).WithCounted(null));
    }

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, false)]
    [InlineData(81, true)]
    [InlineData(int.MaxValue, true)]
    public void Allows_MoreThan80_ExcludesTheBound(int count, bool allowed)
        => Assert.Equal(allowed, CountEstimate.MoreThan(80).Allows(count));

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, true)]
    [InlineData(81, true)]
    public void Allows_AtLeast80_IncludesTheBound(int count, bool allowed)
        => Assert.Equal(allowed, CountEstimate.AtLeast(80).Allows(count));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void Allows_FewerThan10_RunsFromZeroToNine(int count, bool allowed)
        => Assert.Equal(allowed, CountEstimate.FewerThan(10).Allows(count));

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Allows_Between20And30_IncludesBothEnds(int count, bool allowed)
        => Assert.Equal(allowed, CountEstimate.Between(20, 30).Allows(count));

    [Fact]
    public void Allows_EstimatesWithoutBounds_AllowEveryCount()
    {
        Assert.True(CountEstimate.Unknown.Allows(0));
        Assert.True(CountEstimate.Undisclosed.Allows(1_000_000));
        Assert.True(CountEstimate.Approximately(50).Allows(500));
        Assert.False(CountEstimate.Unknown.Allows(-1));
    }

    [Fact]
    public void Equals_SingleNumber_ComparesEveryPart()
        => EqualityAssert.Complete(
            CountEstimate.MoreThan(80).WithWording("more than 80").WithCounted("militants"),
            CountEstimate.Create(EstimateQualifier.MoreThan, 80, wording: "more than 80", counted: "militants"),
            derived: Bounds,
            ("Qualifier", CountEstimate.AtLeast(80).WithWording("more than 80").WithCounted("militants")),
            ("Value", CountEstimate.MoreThan(81).WithWording("more than 80").WithCounted("militants")),
            ("Wording", CountEstimate.MoreThan(80).WithWording("over 80").WithCounted("militants")),
            ("Wording absent", CountEstimate.MoreThan(80).WithCounted("militants")),
            ("Counted", CountEstimate.MoreThan(80).WithWording("more than 80").WithCounted("fighters")));

    [Fact]
    public void Equals_Range_ComparesEveryPart()
        => EqualityAssert.Complete(
            CountEstimate.Between(20, 30).WithCounted("soldiers"),
            CountEstimate.Create(EstimateQualifier.Between, min: 20, max: 30, counted: "soldiers"),
            derived: [nameof(CountEstimate.Value), nameof(CountEstimate.Best)],
            ("Low", CountEstimate.Between(21, 30).WithCounted("soldiers")),
            ("High", CountEstimate.Between(20, 31).WithCounted("soldiers")),
            ("Qualifier+Low+High", CountEstimate.Unknown.WithCounted("soldiers")),
            ("Wording", CountEstimate.Between(20, 30).WithCounted("soldiers").WithWording("20 to 30")),
            ("Counted", CountEstimate.Between(20, 30)));

    public static TheoryData<CountEstimate, string> Texts => new()
    {
        { CountEstimate.Exactly(12), "12" },
        { CountEstimate.AtLeast(30).WithCounted("soldiers"), "at least 30 soldiers" },
        { CountEstimate.MoreThan(80).WithCounted("militants").WithWording("more than 80"), "more than 80 militants" },
        { CountEstimate.AtMost(10), "at most 10" },
        { CountEstimate.FewerThan(10), "fewer than 10" },
        { CountEstimate.Between(20, 30), "between 20 and 30" },
        { CountEstimate.Approximately(50).WithCounted("fighters"), "about 50 fighters" },
        { CountEstimate.Unknown, "unknown" },
        { CountEstimate.Undisclosed, "undisclosed" },
        { CountEstimate.Undisclosed.WithCounted("military casualties"), "military casualties: undisclosed" },
        { CountEstimate.Exactly(12345), "12345" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ToString_ReadsAsAPersonWouldWriteIt(CountEstimate estimate, string expected)
        => Assert.Equal(expected, estimate.ToString());
}
