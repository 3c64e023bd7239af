namespace ConflictModel;

/// <summary>One quoted span that carries a compared claim: the claim's id and its attribution, resolved.</summary>
/// <remarks>A view of the report, compared by reference. Immutable; safe to share between threads.</remarks>
public sealed class ClaimQuote
{
    internal ClaimQuote(ClaimId claim, ResolvedAttribution attribution)
    {
        Claim = claim;
        Attribution = attribution;
    }

    /// <summary>Gets the id of the claim the quote carries.</summary>
    public ClaimId Claim { get; }

    /// <summary>Gets the attribution, with its source and the quoted words.</summary>
    public ResolvedAttribution Attribution { get; }

    /// <summary>Gets the quoted words (<see cref="ResolvedAttribution.QuotedText"/>).</summary>
    public string Text => Attribution.QuotedText;

    /// <summary>Returns the claim's id and the quoted words.</summary>
    /// <returns>The text, as <c>incursions-repelled: "…"</c>.</returns>
    public override string ToString() => $"{Claim}: \"{Text}\"";
}
