using System;

namespace ConflictModel.Tests.Serialization;

public sealed class ConflictJsonOptionsTests
{
    [Fact]
    public void Default_IsStrictCompactWithDepth64()
    {
        var options = ConflictJsonOptions.Default;

        Assert.Equal(ConflictJsonReadMode.Strict, options.ReadMode);
        Assert.Equal(64, options.MaxDepth);
        Assert.False(options.WriteIndented);
        Assert.Equal(16 * 1024 * 1024, options.MaxLineLength);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void MaxDepth_OutOfRange_Throws(int depth)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonOptions { MaxDepth = depth });

        Assert.Equal(nameof(ConflictJsonOptions.MaxDepth), error.ParamName);
    }

    [Theory]
    [InlineData(1023)]
    [InlineData(int.MaxValue)]
    public void MaxLineLength_OutOfRange_Throws(int length)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonOptions { MaxLineLength = length });

        Assert.Equal(nameof(ConflictJsonOptions.MaxLineLength), error.ParamName);
    }

    [Fact]
    public void ReadMode_Undefined_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonOptions { ReadMode = (ConflictJsonReadMode)7 });
    }
}
