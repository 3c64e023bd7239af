using System;
using System.IO;
using System.Text;
using System.Threading;

namespace ConflictModel.Fixtures;

/// <summary>
/// The Mali fixture: a real news article about coordinated jihadist attacks on army posts in
/// Mali, kept byte for byte, and the <see cref="ConflictReport"/> that models it
/// completely. Tests use it as ready data; the nested classes name every entity of the report
/// (<see cref="Actors.Jnim"/>, <see cref="Locations.Kayes"/>, <see cref="Claims.MilitantsNeutralised"/>...).
/// </summary>
/// <remarks>
/// <para>The article gives no date. The events it describes took place on Tuesday 1 July 2025, and the
/// resident's "this morning" shows it was written that day, so every resolved date is marked
/// <see cref="TimeBasis.Inferred"/> while the words as printed ("Tuesday morning", "earlier this
/// month", "in May") are kept beside it. Names as printed that differ from a place's name
/// ("Binoli", "Sandere") are <see cref="Mention"/>s with a confidence, never silent corrections.
/// docs/fixtures.md maps each statement of the article to what models it.</para>
/// <para>Every span is found in the text with <see cref="TextSpan.Locate"/> when the fixture is
/// built; no position is written by hand. All members are immutable and built once, on first use;
/// safe to share between threads.</para>
/// </remarks>
public static partial class MaliArticle
{
    private static readonly byte[] _utf8 = LoadResource(ResourceName);
    private static readonly Lazy<ConflictReport> _report = new(BuildReport, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the logical name of the embedded resource that holds the article's UTF-8 bytes.</summary>
    public static string ResourceName => "ConflictModel.Fixtures.Mali.mali-article.txt";

    /// <summary>Gets the article's UTF-8 bytes exactly as published: 3066 bytes, no byte-order mark, no final newline.</summary>
    /// <remarks>The memory is shared and must not be written to; copy it (<c>ToArray()</c>) to get bytes of your own.</remarks>
    public static ReadOnlyMemory<byte> Utf8Bytes => _utf8;

    /// <summary>
    /// Gets the article's text: the UTF-8 bytes decoded as they are. It keeps the curly quotes and
    /// apostrophes (U+2019, U+201C, U+201D) beside straight ones, and its headline twice, as printed.
    /// </summary>
    public static string Text { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(_utf8);

    /// <summary>Gets the SHA-256 of the article's UTF-8 bytes: <c>bcc5e17a…ae3b</c>.</summary>
    public static Sha256Digest Sha256 { get; } = Sha256Digest.Of(_utf8);

    /// <summary>Gets the article's headline, as printed (twice) in its text.</summary>
    public static string Headline => "Jihadist Attacks Surge Across Mali, Targeting Military Installations";

    /// <summary>
    /// Gets the article as a <see cref="ConflictModel.Source"/>: a news article in English, with its
    /// headline as title, its full text and that text's SHA-256. It names no publisher and no address,
    /// so neither is given; its publication date is inferred (see <see cref="Times.Published"/>).
    /// </summary>
    public static Source Source { get; } = new Source(
        Ids.Article,
        SourceKind.NewsArticle)
        .WithTitle(Headline)
        .WithLanguage(LanguageTag.English)
        .WithPublished(Times.Published)
        .WithText(Text)
        .WithTextSha256(Sha256);

    /// <summary>
    /// Gets the whole report: the article as its one source, and every actor, location,
    /// engagement, claim, attribution and mention named in the nested classes, in their order.
    /// </summary>
    /// <remarks>Built once, on first use, thread-safely; every caller gets the same instance.</remarks>
    public static ConflictReport Report => _report.Value;

    internal static byte[] LoadResource(string name)
    {
        using var stream = typeof(MaliArticle).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(MaliArticle).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static ConflictReport BuildReport() => new ConflictReport()
        .WithSources([Source])
        .WithActors(Actors.All)
        .WithLocations(Locations.All)
        .WithEngagements(Engagements.All)
        .WithClaims(Claims.All)
        .WithAttributions(Attributions.All)
        .WithMentions(Mentions.All);

    /// <summary>Finds a quote in the article; the builders use it so that no position is written by hand.</summary>
    private static TextSpan Span(string exact, int occurrence = 1) => TextSpan.Locate(Text, exact, occurrence);
}
