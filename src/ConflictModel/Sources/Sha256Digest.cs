using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace ConflictModel;

/// <summary>
/// A SHA-256 digest, written as 64 lower-case hexadecimal digits. A source keeps the digest of its
/// text's UTF-8 bytes so that text spans stay checkable against the exact version they were made on.
/// </summary>
/// <remarks>
/// The default value is uninitialised: entities refuse it. This type is immutable; safe to share
/// between threads.
/// </remarks>
public readonly struct Sha256Digest : IEquatable<Sha256Digest>, ISpanParsable<Sha256Digest>
{
    [ThreadStatic]
    private static IncrementalHash? t_hasher;

    private readonly string? _hex;

    /// <summary>Initializes a digest from its hexadecimal form.</summary>
    /// <param name="hex">64 lower-case hexadecimal digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hex"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hex"/> is not 64 lower-case hexadecimal digits.</exception>
    public Sha256Digest(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        Preconditions.CheckArgument(IsWellFormed(hex), nameof(hex), "A SHA-256 digest must be 64 lower-case hexadecimal digits.");
        _hex = hex;
    }

    /// <summary>Gets the digest as 64 lower-case hexadecimal digits.</summary>
    public string Hex => _hex!;

    /// <summary>Computes the digest of a text's UTF-8 bytes (no byte-order mark).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Sha256Digest Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Short texts (ids, names, most notes) are encoded on the stack; longer ones into a rented buffer.
        const int StackLimit = 1024;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = maxBytes > StackLimit ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[StackLimit];
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return Of(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Computes the digest of bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The digest.</returns>
    public static Sha256Digest Of(ReadOnlySpan<byte> bytes)
    {
        // One hasher a thread, reset by each use: the one-shot SHA256.HashData creates and frees the
        // platform's digest context on every call, which costs more than hashing a short text.
        var hasher = t_hasher ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        hasher.AppendData(bytes);
        hasher.GetHashAndReset(hash);
        return new Sha256Digest(Convert.ToHexStringLower(hash));
    }

    /// <summary>Parses a digest from its 64 lower-case hexadecimal digits.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not well-formed.</exception>
    public static Sha256Digest Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var value) ? value : TextParsing.Parse<Sha256Digest>(s, TryParse, Rule);
    }

    /// <summary>Parses a digest from its 64 lower-case hexadecimal digits from characters.</summary>
    /// <param name="s">The characters.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not well-formed.</exception>
    public static Sha256Digest Parse(ReadOnlySpan<char> s) => TextParsing.Parse<Sha256Digest>(s, TryParse, Rule);

    /// <summary>Tries to parse a digest from its 64 lower-case hexadecimal digits; never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The value, when parsed; the default value otherwise.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Sha256Digest result)
    {
        var ok = s is not null && IsWellFormed(s);
        result = ok ? new Sha256Digest(s!) : default;
        return ok;
    }

    /// <summary>Tries to parse a digest from its 64 lower-case hexadecimal digits from characters; never throws.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The value, when parsed; the default value otherwise.</param>
    /// <returns>True if parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Sha256Digest result)
    {
        var ok = IsWellFormed(s);
        result = ok ? new Sha256Digest(s.ToString()) : default;
        return ok;
    }

    /// <inheritdoc/>
    static Sha256Digest IParsable<Sha256Digest>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<Sha256Digest>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Sha256Digest result) => TryParse(s, out result);

    /// <inheritdoc/>
    static Sha256Digest ISpanParsable<Sha256Digest>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<Sha256Digest>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Sha256Digest result) => TryParse(s, out result);

    private const string Rule = "A SHA-256 digest must be 64 lower-case hexadecimal digits";

    private static bool IsWellFormed(ReadOnlySpan<char> hex)
        => hex.Length == 64 && !hex.ContainsAnyExcept(LowerHexDigits);

    // Vectorized, as ids are (EntityIdRules): the reader checks the digest of every source it reads.
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>Compares two digests.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Sha256Digest left, Sha256Digest right) => left.Equals(right);

    /// <summary>Compares two digests for inequality.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Sha256Digest left, Sha256Digest right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Sha256Digest other) => string.Equals(_hex, other._hex, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Sha256Digest other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hex is null ? 0 : StringComparer.Ordinal.GetHashCode(_hex);

    /// <summary>Returns the 64 hexadecimal digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _hex ?? string.Empty;
}
