using System;

namespace ConflictModel.Html;

/// <summary>How <see cref="ReportHtml"/> renders a report: the page's title and language.</summary>
/// <remarks>Immutable; safe to share between threads. Grows by <c>With…</c> methods.</remarks>
public sealed class ReportHtmlOptions : IEquatable<ReportHtmlOptions>
{
    private ReportHtmlOptions(string? title)
    {
        Title = title;
    }

    /// <summary>Gets the defaults: the page is titled after the report's first source.</summary>
    public static ReportHtmlOptions Default { get; } = new(null);

    /// <summary>Gets the page's title, or null to title it after the report's first source ("Report" when it has none).</summary>
    public string? Title { get; }

    /// <summary>Returns these options with another title.</summary>
    /// <param name="title">The title, or null for the default.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or only white space.</exception>
    [System.Diagnostics.Contracts.Pure]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "With… methods are instance methods: the options grow, and each With… keeps the others.")]
    public ReportHtmlOptions WithTitle(string? title)
    {
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("The title must be null or have a visible character.", nameof(title));
        }

        return new(title);
    }

    /// <inheritdoc/>
    public bool Equals(ReportHtmlOptions? other) => other is not null && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportHtmlOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => Title is null ? 0 : StringComparer.Ordinal.GetHashCode(Title);

    /// <summary>Returns the options in words.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title is null ? "default title" : $"title \"{Title}\"";
}
