using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// The answer to "who said this, how, when, and where is it written": a speaker (or the source
/// itself), the channel, the time of the statement, the source document, and the exact span of
/// its text that carries the statement, with optional Admiralty grades.
/// </summary>
/// <remarks>
/// <para>The attribution chain of a news report — the article reports a television statement made by a
/// spokesperson — is one attribution: <see cref="Source"/> is the article, <see cref="Channel"/>
/// television, <see cref="Speaker"/> the spokesperson, whose <see cref="Affiliation"/> says for whom
/// he speaks (PROV's <i>acted on behalf of</i>).</para>
/// <para>This type is immutable; safe to share between threads.</para>
/// </remarks>
public sealed class SourceAttribution : IEquatable<SourceAttribution>
{
    /// <summary>Initializes a new attribution in the source&apos;s voice or of an unnamed speaker; add a speaker, a time and a grade with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's attributions.</param>
    /// <param name="source">The document in which the statement is written.</param>
    /// <param name="quote">The span of the document's text that carries the statement.</param>
    /// <param name="mode">Whether the span quotes the speaker, paraphrases them, or is the source's own statement.</param>
    /// <param name="channel">How the statement reached the public.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is uninitialised.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public SourceAttribution(AttributionId id, SourceId source, TextSpan quote, QuoteMode mode, StatementChannel channel)
        : this(id, source, quote, mode, channel, null, null, null)
    {
    }

    /// <summary>Initializes a new attribution from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here, so every rule holds whichever way a value is built.</remarks>
    [JsonConstructor]
    internal SourceAttribution(
        AttributionId id,
        SourceId source,
        TextSpan quote,
        QuoteMode mode,
        StatementChannel channel,
        ActorId? speaker = null,
        ReportedTime? statedAt = null,
        AdmiraltyGrade? grade = null,
        string? channelWording = null)
    {
        Id = Preconditions.CheckInitialized(id);
        Source = Preconditions.CheckInitialized(source);
        Quote = Preconditions.CheckNotNull(quote);
        Mode = Preconditions.CheckDefined(mode);
        Channel = Preconditions.CheckDefined(channel);
        Speaker = speaker is { } actor ? Preconditions.CheckInitialized(actor, nameof(speaker)) : null;
        Preconditions.CheckArgument(
            mode != QuoteMode.OwnStatement || speaker is null,
            nameof(speaker),
            "The source's own statement has no speaker; use a direct quote or paraphrase to attribute words to someone.");
        StatedAt = statedAt;
        Grade = grade is { } g ? Preconditions.CheckInitialized(g, nameof(grade)) : null;
        ChannelWording = Preconditions.CheckNullOrNotBlank(channelWording);
    }

    /// <summary>Gets the id, unique among the report's attributions.</summary>
    public AttributionId Id { get; }

    /// <summary>Gets the document in which the statement is written.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the span of the document's text that carries the statement.</summary>
    public TextSpan Quote { get; }

    /// <summary>Gets whether the span quotes, paraphrases, or is the source's own statement.</summary>
    public QuoteMode Mode { get; }

    /// <summary>Gets how the statement reached the public.</summary>
    public StatementChannel Channel { get; }

    /// <summary>Gets who made the statement; null when the source speaks in its own voice.</summary>
    public ActorId? Speaker { get; }

    /// <summary>Gets when the statement was made, or null when unknown.</summary>
    public ReportedTime? StatedAt { get; }

    /// <summary>Gets the Admiralty grade of the statement, or null.</summary>
    public AdmiraltyGrade? Grade { get; }

    /// <summary>
    /// Gets the channel in the source's words ("national television", "a video posted on Telegram"), or
    /// null; <see cref="Channel"/> is its category, and this keeps what the category drops.
    /// </summary>
    public string? ChannelWording { get; }

    /// <summary>Returns a copy with another value of <see cref="Speaker"/>, checked as the constructor checks it.</summary>
    /// <param name="speaker">Who made the statement; null when the source speaks in its own voice.</param>
    /// <returns>The new attribution.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the attribution's members.</exception>
    [Pure]
    public SourceAttribution WithSpeaker(ActorId? speaker) => new(Id, Source, Quote, Mode, Channel, speaker, StatedAt, Grade, ChannelWording);

    /// <summary>Returns a copy with another value of <see cref="StatedAt"/>, checked as the constructor checks it.</summary>
    /// <param name="statedAt">When the statement was made, with its precision, or null when unknown.</param>
    /// <returns>The new attribution.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the attribution's members.</exception>
    [Pure]
    public SourceAttribution WithStatedAt(ReportedTime? statedAt) => new(Id, Source, Quote, Mode, Channel, Speaker, statedAt, Grade, ChannelWording);

    /// <summary>Returns a copy with another value of <see cref="Grade"/>, checked as the constructor checks it.</summary>
    /// <param name="grade">The Admiralty grade of the statement, or null when not graded.</param>
    /// <returns>The new attribution.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the attribution's members.</exception>
    [Pure]
    public SourceAttribution WithGrade(AdmiraltyGrade? grade) => new(Id, Source, Quote, Mode, Channel, Speaker, StatedAt, grade, ChannelWording);

    /// <summary>Returns a copy with another wording of the channel.</summary>
    /// <param name="channelWording">The channel in the source's words, or null.</param>
    /// <returns>The new attribution.</returns>
    /// <exception cref="ArgumentException"><paramref name="channelWording"/> is blank.</exception>
    [Pure]
    public SourceAttribution WithChannelWording(string? channelWording) => new(Id, Source, Quote, Mode, Channel, Speaker, StatedAt, Grade, channelWording);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] SourceAttribution? other)
        => other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Source == other.Source
                && Quote == other.Quote
                && Mode == other.Mode
                && Channel == other.Channel
                && Nullable.Equals(Speaker, other.Speaker)
                && StatedAt == other.StatedAt
                && Nullable.Equals(Grade, other.Grade)
                && string.Equals(ChannelWording, other.ChannelWording, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as SourceAttribution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Source, Quote, Mode, Channel, Speaker, StatedAt, HashCode.Combine(Grade, ChannelWording));

    /// <summary>Compares two attributions for equality of every property.</summary>
    /// <param name="left">The first attribution.</param>
    /// <param name="right">The second attribution.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(SourceAttribution? left, SourceAttribution? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two attributions for inequality.</summary>
    /// <param name="left">The first attribution.</param>
    /// <param name="right">The second attribution.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(SourceAttribution? left, SourceAttribution? right) => !(left == right);

    /// <summary>Returns "id: speaker via channel in source".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {(Speaker is { } s ? s.Value : "(source)")} via {Channel} in {Source}";
}
