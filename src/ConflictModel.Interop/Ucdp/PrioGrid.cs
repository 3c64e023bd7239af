using System;

namespace ConflictModel.Interop.Ucdp;

/// <summary>PRIO-GRID cells: 0.5° by 0.5°, numbered row by row from the south-west corner.</summary>
public static class PrioGrid
{
    /// <summary>Gets the cell holding a point: <c>row * 720 + column + 1</c>, the row counted in half degrees from latitude −90 upward, the column from longitude −180 eastward.</summary>
    /// <param name="latitude">The latitude, −90 to 90; a point at 90 is in the top row.</param>
    /// <param name="longitude">The longitude, −180 to 180; a point at 180 is in the last column.</param>
    /// <returns>The cell's gid, 1 to 259200.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public static long CellOf(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "The latitude must be from -90 to 90.");
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "The longitude must be from -180 to 180.");
        }

        var row = Math.Min(359, (long)Math.Floor((latitude + 90) * 2));
        var column = Math.Min(719, (long)Math.Floor((longitude + 180) * 2));
        return (row * 720) + column + 1;
    }
}
