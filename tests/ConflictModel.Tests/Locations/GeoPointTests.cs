using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Locations;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(-90, 0)]
    [InlineData(90, 0)]
    [InlineData(0, -180)]
    [InlineData(0, 180)]
    [InlineData(-90, -180)]
    [InlineData(90, 180)]
    [InlineData(14.4469, -11.4445)]
    public void Constructor_WithinRange_KeepsCoordinates(double latitude, double longitude)
    {
        var point = new GeoPoint(latitude, longitude);

        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Theory]
    [InlineData(-90.0001)]
    [InlineData(90.0001)]
    [InlineData(200)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_LatitudeOutOfRange_ThrowsArgumentOutOfRangeException(double latitude)
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>(nameof(latitude), "The value must be a finite number between -90 and 90 inclusive.", () => new GeoPoint(latitude, 0));

    [Theory]
    [InlineData(-180.0001)]
    [InlineData(180.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_LongitudeOutOfRange_ThrowsArgumentOutOfRangeException(double longitude)
        => ArgumentAssert.Throws<ArgumentOutOfRangeException>(nameof(longitude), "The value must be a finite number between -180 and 180 inclusive.", () => new GeoPoint(0, longitude));

    [Fact]
    public void Equals_ComparesBothCoordinates()
        => EqualityAssert.Complete(
            new GeoPoint(14.4469, -11.4445),
            new GeoPoint(14.4469, -11.4445),
            derived: [],
            ("Latitude", new GeoPoint(14.447, -11.4445)),
            ("Longitude", new GeoPoint(14.4469, -11.4446)));

    [Fact]
    public void Equals_NegativeZero_EqualsZeroWithTheSameHashCode()
    {
        var zero = new GeoPoint(0.0, 0.0);
        var negativeZero = new GeoPoint(-0.0, -0.0);

        Assert.Equal(zero, negativeZero);
        Assert.Equal(zero.GetHashCode(), negativeZero.GetHashCode());
    }

    [Fact]
    public void Default_IsTheOriginNotAbsence()
    {
        Assert.Equal(new GeoPoint(0, 0), default);
        Assert.Equal(0, default(GeoPoint).Latitude);
    }

    [Fact]
    public void ToString_GivesLatitudeThenLongitudeInvariantly()
    {
        Assert.Equal("14.4469, -11.4445", new GeoPoint(14.4469, -11.4445).ToString());
        Assert.Equal("-90, 180", new GeoPoint(-90, 180).ToString());
    }
}
