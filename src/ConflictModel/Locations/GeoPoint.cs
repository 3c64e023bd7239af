using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ConflictModel;

/// <summary>A point on the WGS 84 ellipsoid: latitude −90..90 and longitude −180..180 degrees, finite.</summary>
/// <remarks>
/// The default value is the point (0, 0), in the Gulf of Guinea: a real place, so prefer a nullable
/// <see cref="GeoPoint"/> over the default to mean "no point". This type is immutable; safe to share
/// between threads.
/// </remarks>
public readonly struct GeoPoint : IEquatable<GeoPoint>
{
    /// <summary>Initializes a new point.</summary>
    /// <param name="latitude">Degrees north, −90 to 90; not NaN or infinite.</param>
    /// <param name="longitude">Degrees east, −180 to 180; not NaN or infinite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of its range, NaN or infinite.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        Latitude = Preconditions.CheckArgumentRange(latitude, -90, 90);
        Longitude = Preconditions.CheckArgumentRange(longitude, -180, 180);
    }

    /// <summary>Gets the latitude in degrees north, −90 to 90.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in degrees east, −180 to 180.</summary>
    public double Longitude { get; }

    /// <summary>Compares two points for exact equality of both coordinates.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(GeoPoint left, GeoPoint right) => left.Equals(right);

    /// <summary>Compares two points for inequality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(GeoPoint left, GeoPoint right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(GeoPoint other) => Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is GeoPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Latitude, Longitude);

    /// <summary>Returns the point as "latitude, longitude" in the invariant culture: "14.4469, -11.4445".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude:R}, {Longitude:R}");
}
