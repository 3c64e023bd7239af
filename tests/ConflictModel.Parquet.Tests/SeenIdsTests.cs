using System.Globalization;
using Xunit;

namespace ConflictModel.Parquet.Tests;

/// <summary>The set of ids a batch has met: each id once, however many ids (so every table grows).</summary>
public sealed class SeenIdsTests
{
    [Fact]
    public void EveryNewIdIsAddedOnceWithItsOrdinalAndEveryRepeatIsRefused()
    {
        var seen = new DatasetWriter.Seen();
        const int Count = 50_000; // 256 tables of 16 slots hold 3,072 before growing: each grows several times

        for (var i = 0; i < Count; i++)
        {
            Assert.True(seen.Add("engagement-" + i.ToString(CultureInfo.InvariantCulture), out var ordinal));
            Assert.Equal(i, ordinal);
        }

        for (var i = 0; i < Count; i++)
        {
            Assert.False(seen.Add("engagement-" + i.ToString(CultureInfo.InvariantCulture), out var ordinal));
            Assert.Equal(Count, ordinal);
        }

        Assert.Equal(Count, seen.Count);
        Assert.True(seen.Add("engagement-" + Count.ToString(CultureInfo.InvariantCulture), out var last));
        Assert.Equal(Count, last);
        Assert.Equal(Count + 1, seen.Count);
    }
}
