using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Sources;

public sealed class Sha256DigestTests
{
    // FIPS 180-2 test vector and the digest of no bytes.
    private const string Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private const string Empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void Of_KnownVectors_GivesTheirDigests()
    {
        Assert.Equal(Abc, Sha256Digest.Of("abc").Hex);
        Assert.Equal(Empty, Sha256Digest.Of(string.Empty).Hex);
        Assert.Equal(Abc, Sha256Digest.Of([0x61, 0x62, 0x63]).Hex);
    }

    [Fact]
    public void Of_Text_HashesItsUtf8BytesWithoutByteOrderMark()
        => Assert.Equal(Sha256Digest.Of([0xC3, 0xA9]), Sha256Digest.Of("é"));

    [Fact]
    public void Of_NullText_ThrowsArgumentNullException()
        => ArgumentAssert.ThrowsNull("text", () => Sha256Digest.Of((string)null!));

    [Fact]
    public void Constructor_WellFormed_KeepsTheHex()
    {
        Assert.True(Sha256Digest.IsWellFormed(Abc));
        Assert.Equal(Abc, new Sha256Digest(Abc).Hex);
        Assert.Equal(Abc, new Sha256Digest(Abc).ToString());
    }

    public static TheoryData<string> IllFormed => new()
    {
        string.Empty,
        Abc[..63],
        Abc + "0",
        Abc.ToUpperInvariant(),
        "g" + Abc[1..],
        " " + Abc[1..],
        "0x" + Abc[2..],
    };

    [Theory]
    [MemberData(nameof(IllFormed))]
    public void Constructor_IllFormed_ThrowsArgumentException(string hex)
    {
        Assert.False(Sha256Digest.IsWellFormed(hex));
        ArgumentAssert.Throws<ArgumentException>(nameof(hex), "A SHA-256 digest must be 64 lower-case hexadecimal digits.", () => new Sha256Digest(hex));
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.False(Sha256Digest.IsWellFormed(null));
        ArgumentAssert.ThrowsNull("hex", () => new Sha256Digest(null!));
    }

    [Fact]
    public void Equals_ComparesTheDigest()
        => EqualityAssert.Complete(
            new Sha256Digest(Abc),
            Sha256Digest.Of("abc"),
            derived: [],
            ("Hex", new Sha256Digest(Empty)));

    [Fact]
    public void Default_IsUninitialised()
    {
        Assert.Null(default(Sha256Digest).Hex);
        Assert.Equal(string.Empty, default(Sha256Digest).ToString());
    }
}
