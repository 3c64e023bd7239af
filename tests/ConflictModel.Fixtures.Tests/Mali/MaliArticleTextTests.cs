using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ConflictModel.Fixtures.Tests.Mali;

/// <summary>The article is kept byte for byte: the same bytes as the shared seed, whatever git or an editor does.</summary>
public sealed class MaliArticleTextTests
{
    private const string SeedSha256 = "bcc5e17ad75acef98d60254ffb3f5e953cd90b664717333f705e7a24d3d0ae3b";
    private const string Headline = "Jihadist Attacks Surge Across Mali, Targeting Military Installations";

    [Fact]
    public void Utf8Bytes_Sha256_EqualsTheSeedDigest()
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(MaliArticle.Utf8Bytes.Span));

        Assert.Equal(SeedSha256, digest);
    }

    [Fact]
    public void Sha256_EqualsTheSeedDigest()
    {
        Assert.Equal(SeedSha256, MaliArticle.Sha256.Hex);
    }

    [Fact]
    public void Utf8Bytes_Length_Is3066()
    {
        Assert.Equal(3066, MaliArticle.Utf8Bytes.Length);
    }

    [Fact]
    public void Utf8Bytes_End_HasNoTrailingNewline()
    {
        var last = MaliArticle.Utf8Bytes.Span[^1];

        Assert.NotEqual((byte)'\n', last);
        Assert.NotEqual((byte)'\r', last);
        Assert.Equal((byte)'.', last);
    }

    [Fact]
    public void Utf8Bytes_Start_HasNoByteOrderMark()
    {
        Assert.False(MaliArticle.Utf8Bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.Equal((byte)'T', MaliArticle.Utf8Bytes.Span[0]);
    }

    [Fact]
    public void Text_EncodedAsUtf8_GivesTheEmbeddedBytes()
    {
        Assert.Equal(MaliArticle.Utf8Bytes.ToArray(), Encoding.UTF8.GetBytes(MaliArticle.Text));
    }

    [Fact]
    public void Text_Lines_HoldTheHeadlineTwiceAroundAnEmptyLine()
    {
        var lines = MaliArticle.Text.Split('\n');

        Assert.Equal(12, lines.Length);
        Assert.Equal(Headline, lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal(Headline, lines[3]);
        Assert.Equal(2, lines.Count(line => line.Contains(Headline, StringComparison.Ordinal)));
        Assert.Equal(Headline, MaliArticle.Headline);
    }

    [Fact]
    public void Text_Characters_KeepCurlyAndStraightQuotesAsPrinted()
    {
        var text = MaliArticle.Text;

        Assert.Equal(4, text.Count(c => c == '\u2019'));
        Assert.Equal(2, text.Count(c => c == '\u201C'));
        Assert.Equal(4, text.Count(c => c == '\u201D'));
        Assert.Equal(2, text.Count(c => c == '"'));
        Assert.Equal(3, text.Count(c => c == '\''));
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Text_Characters_AreAllInTheBasicMultilingualPlane()
    {
        // Code-point positions then equal UTF-16 indexes, which the span tests rely on to check positions independently.
        Assert.DoesNotContain(MaliArticle.Text, char.IsSurrogate);
    }

    [Fact]
    public void ResourceName_IsEmbeddedInTheFixturesAssembly()
    {
        Assert.Contains(MaliArticle.ResourceName, typeof(MaliArticle).Assembly.GetManifestResourceNames());
    }

    [Fact]
    public void Utf8Bytes_WhenTheSharedSeedIsBesideTheRepository_EqualItsBytes()
    {
        // CI clones have ../shared beside the repository; a lone clone does not, and then the digest stands in for the file.
        var seed = Path.Combine(RepositoryRoot(), "..", "shared", "seed", "mali-article.txt");
        var expected = File.Exists(seed) ? SHA256.HashData(File.ReadAllBytes(seed)) : Convert.FromHexString(SeedSha256);

        Assert.Equal(expected, SHA256.HashData(MaliArticle.Utf8Bytes.Span));
    }

    [Fact]
    public void Utf8Bytes_EqualTheCommittedArticleFile()
    {
        var file = Path.Combine(RepositoryRoot(), "src", "ConflictModel.Fixtures", "Mali", "mali-article.txt");

        Assert.Equal(File.ReadAllBytes(file), MaliArticle.Utf8Bytes.ToArray());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} holds ConflictModel.sln.");
    }
}
