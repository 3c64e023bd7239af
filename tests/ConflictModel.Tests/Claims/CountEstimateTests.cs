namespace ConflictModel.Tests.Claims;

public sealed class CountEstimateTests
{
    [Fact]
    public void MoreThan_AndAtLeast_AreNotEqualAndDeriveDifferentBounds()
    {
        var moreThan = CountEstimate.MoreThan(80);
        var atLeast = CountEstimate.AtLeast(80);

        Assert.NotEqual(moreThan, atLeast);
        Assert.Equal(81, moreThan.Low);
        Assert.Equal(80, atLeast.Low);
        Assert.Null(moreThan.High);
        Assert.Null(moreThan.Best);
    }
}
