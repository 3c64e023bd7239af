using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// A document a report draws on — a news article, an official statement, a broadcast, a
/// social-media post, a press conference — with, optionally, its full text and that text's
/// SHA-256, so that every quoted span stays checkable.
/// </summary>
/// <remarks>
/// The text is kept exactly as given: no trimming, no newline normalisation. Whether the text
/// matches <see cref="TextSha256"/> is checked by report validation, not here, so that a document
/// whose text was altered can still be read and reported on. Sources compare by every property;
/// URLs by their text, ordinally, because <see cref="Uri.Equals(object)"/> ignores the fragment
/// (two posts on one page are two sources). This type is immutable; safe to share between threads.
/// </remarks>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Initializes a new source with only an id and a kind; add the rest with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's sources.</param>
    /// <param name="kind">What kind of document it is.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Source(SourceId id, SourceKind kind)
        : this(id, kind, null, null, null, null, null, null, null, [], [])
    {
    }

    /// <summary>Initializes a new source from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here, so every rule holds whichever way a value is built.</remarks>
    [JsonConstructor]
    internal Source(
        SourceId id,
        SourceKind kind,
        string? title = null,
        string? publisher = null,
        LanguageTag? language = null,
        ReportedTime? published = null,
        Uri? url = null,
        string? text = null,
        Sha256Digest? textSha256 = null,
        ImmutableArray<ExternalId> externalIds = default,
        ImmutableArray<DatasetField> datasetFields = default)
    {
        Id = Preconditions.CheckInitialized(id);
        Kind = Preconditions.CheckDefined(kind);
        Title = Preconditions.CheckNullOrNotBlank(title);
        Publisher = Preconditions.CheckNullOrNotBlank(publisher);
        Language = language is { } tag ? Preconditions.CheckInitialized(tag, nameof(language)) : null;
        Published = published;
        Preconditions.CheckArgument(url is null || url.IsAbsoluteUri, nameof(url), "A source's URL must be absolute.");
        Url = url;
        Text = Preconditions.CheckNullOrNotEmptyText(text, "A source's text must be null or not empty.");
        TextSha256 = textSha256 is { } digest ? Preconditions.CheckInitialized(digest, nameof(textSha256)) : null;
        ExternalIds = Preconditions.CheckElements(externalIds);
        DatasetFields = Preconditions.CheckElements(datasetFields);
    }

    /// <summary>Gets the id, unique among the report's sources.</summary>
    public SourceId Id { get; }

    /// <summary>Gets what kind of document it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>Gets the title or headline, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets who published it, as named, or null.</summary>
    public string? Publisher { get; }

    /// <summary>Gets the language of the document, or null.</summary>
    public LanguageTag? Language { get; }

    /// <summary>Gets when it was published, or null.</summary>
    public ReportedTime? Published { get; }

    /// <summary>Gets where it can be found, or null.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the full text exactly as published, or null.</summary>
    public string? Text { get; }

    /// <summary>Gets the SHA-256 of the text's UTF-8 bytes, or null.</summary>
    public Sha256Digest? TextSha256 { get; }

    /// <summary>Returns a copy holding a text and its freshly computed SHA-256.</summary>
    /// <param name="text">The full text, exactly as published; not empty.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    [Pure]
    public Source WithText(string text)
    {
        Preconditions.CheckNotNull(text);
        return new Source(Id, Kind, Title, Publisher, Language, Published, Url, text, Sha256Digest.Of(text), ExternalIds, DatasetFields);
    }

    /// <summary>Gets the ids of the source in other datasets (ACLED's <c>event_id_cnty</c>, UCDP GED's <c>id</c>/<c>relid</c>).</summary>
    public ImmutableArray<ExternalId> ExternalIds { get; }

    /// <summary>Gets the fields of an imported dataset row that have no typed member, in their order (see <see cref="DatasetField"/>).</summary>
    public ImmutableArray<DatasetField> DatasetFields { get; }

    /// <summary>Returns a copy with another value of <see cref="Title"/>, checked as the constructor checks it.</summary>
    /// <param name="title">The title or headline, or null.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithTitle(string? title) => new(Id, Kind, title, Publisher, Language, Published, Url, Text, TextSha256, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Publisher"/>, checked as the constructor checks it.</summary>
    /// <param name="publisher">Who published it, as named (a newspaper, an agency), or null.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithPublisher(string? publisher) => new(Id, Kind, Title, publisher, Language, Published, Url, Text, TextSha256, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Language"/>, checked as the constructor checks it.</summary>
    /// <param name="language">The language of the document, or null.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithLanguage(LanguageTag? language) => new(Id, Kind, Title, Publisher, language, Published, Url, Text, TextSha256, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Published"/>, checked as the constructor checks it.</summary>
    /// <param name="published">When it was published, with its precision, or null when unknown.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithPublished(ReportedTime? published) => new(Id, Kind, Title, Publisher, Language, published, Url, Text, TextSha256, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="Url"/>, checked as the constructor checks it.</summary>
    /// <param name="url">Where it can be found: an absolute URI, or null.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithUrl(Uri? url) => new(Id, Kind, Title, Publisher, Language, Published, url, Text, TextSha256, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="TextSha256"/>, checked as the constructor checks it.</summary>
    /// <param name="textSha256">The SHA-256 of the text's UTF-8 bytes, or null.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithTextSha256(Sha256Digest? textSha256) => new(Id, Kind, Title, Publisher, Language, Published, Url, Text, textSha256, ExternalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="ExternalIds"/>, checked as the constructor checks it.</summary>
    /// <param name="externalIds">The ids in other datasets.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithExternalIds(ImmutableArray<ExternalId> externalIds) => new(Id, Kind, Title, Publisher, Language, Published, Url, Text, TextSha256, externalIds, DatasetFields);

    /// <summary>Returns a copy with another value of <see cref="DatasetFields"/>, checked as the constructor checks it.</summary>
    /// <param name="datasetFields">The fields of an imported dataset row that have no typed member, in their order.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the source's members.</exception>
    [Pure]
    public Source WithDatasetFields(ImmutableArray<DatasetField> datasetFields) => new(Id, Kind, Title, Publisher, Language, Published, Url, Text, TextSha256, ExternalIds, datasetFields);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Source? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Kind == other.Kind
                && string.Equals(Title, other.Title, StringComparison.Ordinal)
                && string.Equals(Publisher, other.Publisher, StringComparison.Ordinal)
                && Nullable.Equals(Language, other.Language)
                && Published == other.Published
                && string.Equals(Url?.OriginalString, other.Url?.OriginalString, StringComparison.Ordinal)
                && string.Equals(Text, other.Text, StringComparison.Ordinal)
                && Nullable.Equals(TextSha256, other.TextSha256)
                && Equality.SequenceEqual(ExternalIds, other.ExternalIds)
                && Equality.SequenceEqual(DatasetFields, other.DatasetFields)));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Source);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Kind);
        hash.Add(Title);
        hash.Add(Publisher);
        hash.Add(Language);
        hash.Add(Published);
        hash.Add(Url?.OriginalString);
        hash.Add(Text);
        hash.Add(TextSha256);
        Equality.AddSequence(ref hash, ExternalIds);
        Equality.AddSequence(ref hash, DatasetFields);
        return hash.ToHashCode();
    }

    /// <summary>Compares two sources for equality of every property.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Source? left, Source? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two sources for inequality.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Source? left, Source? right) => !(left == right);

    /// <summary>Returns "id: title (kind)", the kind in words: "article: Attacks in Mali (news article)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Title ?? "(untitled)"} ({Words.Of(Kind)})";
}
