using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// A place where a source names an entity: the form as printed, its span, and — when the printed
/// form differs from the entity's own name — how sure the resolution is and why. A misspelt
/// source is recorded, never silently corrected: "Binoli" stays "Binoli", resolved to Diboli.
/// </summary>
/// <remarks>This type is immutable; safe to share between threads.</remarks>
public sealed class Mention : IEquatable<Mention>
{
    /// <summary>Initializes a new mention whose printed form agrees with the entity&apos;s name; add a confidence and a rationale with the <c>With…</c> methods.</summary>
    /// <param name="id">The id, unique among the report's mentions.</param>
    /// <param name="entity">The entity named.</param>
    /// <param name="source">The source whose text names it.</param>
    /// <param name="span">The span of the name as printed; its exact text is the printed form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="span"/> is null.</exception>
    /// <exception cref="ArgumentException">An id or reference is uninitialised.</exception>
    public Mention(MentionId id, EntityReference entity, SourceId source, TextSpan span)
        : this(id, entity, source, span, null, null)
    {
    }

    /// <summary>Initializes a new mention from every member, checking each and the rules between them.</summary>
    /// <remarks>The one way in: the public constructor, every <c>With…</c> method and the reader come here, so every rule holds whichever way a value is built.</remarks>
    [JsonConstructor]
    internal Mention(
        MentionId id,
        EntityReference entity,
        SourceId source,
        TextSpan span,
        ResolutionConfidence? confidence = null,
        string? rationale = null)
    {
        Id = Preconditions.CheckInitialized(id);
        Entity = Preconditions.CheckInitialized(entity);
        Source = Preconditions.CheckInitialized(source);
        Span = Preconditions.CheckNotNull(span);
        Confidence = Preconditions.CheckDefined(confidence);
        Rationale = Preconditions.CheckNullOrNotBlank(rationale);
    }

    /// <summary>Gets the id, unique among the report's mentions.</summary>
    public MentionId Id { get; }

    /// <summary>Gets the entity named.</summary>
    public EntityReference Entity { get; }

    /// <summary>Gets the source whose text names the entity.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the span of the name as printed.</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the name exactly as printed (the span's exact text).</summary>
    public string AsPrinted => Span.Exact;

    /// <summary>Gets how sure the resolution is, or null when the printed form is the entity's own name.</summary>
    public ResolutionConfidence? Confidence { get; }

    /// <summary>Gets why the printed form was resolved to the entity, or null.</summary>
    public string? Rationale { get; }

    /// <summary>Returns a copy with another value of <see cref="Confidence"/>, checked as the constructor checks it.</summary>
    /// <param name="confidence">How sure the resolution is, when the printed form differs from the entity's name; null when they agree.</param>
    /// <returns>The new mention.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the mention's members.</exception>
    [Pure]
    public Mention WithConfidence(ResolutionConfidence? confidence) => new(Id, Entity, Source, Span, confidence, Rationale);

    /// <summary>Returns a copy with another value of <see cref="Rationale"/>, checked as the constructor checks it.</summary>
    /// <param name="rationale">Why the printed form was resolved to the entity, or null.</param>
    /// <returns>The new mention.</returns>
    /// <exception cref="ArgumentException">The value is uninitialised, holds null, or breaks a rule between the mention's members.</exception>
    [Pure]
    public Mention WithRationale(string? rationale) => new(Id, Entity, Source, Span, Confidence, rationale);

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Mention? other)
        => other is not null
        && Id == other.Id
        && Entity == other.Entity
        && Source == other.Source
        && Span == other.Span
        && Confidence == other.Confidence
        && string.Equals(Rationale, other.Rationale, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Mention);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Entity, Source, Span, Confidence, Rationale);

    /// <summary>Compares two mentions for equality of every property.</summary>
    /// <param name="left">The first mention.</param>
    /// <param name="right">The second mention.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Mention? left, Mention? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two mentions for inequality.</summary>
    /// <param name="left">The first mention.</param>
    /// <param name="right">The second mention.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Mention? left, Mention? right) => !(left == right);

    /// <summary>Returns "“as printed” → entity".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"\"{AsPrinted}\" -> {Entity}";
}
