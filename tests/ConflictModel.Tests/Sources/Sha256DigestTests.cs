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
        Assert.True(Sha256Digest.TryParse(Abc, out _));
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
        Abc[..63] + "g",
        Abc[..40] + "\u0660" + Abc[41..],
    };

    [Theory]
    [MemberData(nameof(IllFormed))]
    public void Constructor_IllFormed_ThrowsArgumentException(string hex)
    {
        Assert.False(Sha256Digest.TryParse(hex, out _));
        ArgumentAssert.Throws<ArgumentException>(nameof(hex), "A SHA-256 digest must be 64 lower-case hexadecimal digits.", () => new Sha256Digest(hex));
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        Assert.False(Sha256Digest.TryParse(null, out _));
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

    private const string ParseRule = "A SHA-256 digest must be 64 lower-case hexadecimal digits";

    [Fact]
    public void Parse_WellFormed_GivesTheDigest()
    {
        ParsableAssert.Parses(Abc, new Sha256Digest(Abc));
        ParsableAssert.Parses(Empty, Sha256Digest.Of([]));
    }

    [Fact]
    public void Parse_UpperCase_IsRefused()
        => ParsableAssert.Refuses<Sha256Digest>(Abc.ToUpperInvariant(), ParseRule, Abc.ToUpperInvariant()[..40] + "…");

    [Fact]
    public void Parse_TooShort_IsRefused()
        => ParsableAssert.Refuses<Sha256Digest>("ba7816bf", ParseRule, "ba7816bf");

    [Fact]
    public void Parse_LongText_QuotesAtMost40Characters()
        => ParsableAssert.RefusesLongTextWithBoundedQuote<Sha256Digest>("ab", ParseRule);

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => ParsableAssert.RefusesNull<Sha256Digest>();
}
