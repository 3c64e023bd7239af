namespace ConflictModel;

/// <summary>Whether a source gives a speaker's own words or reports them in its own.</summary>
public enum QuoteMode
{
    /// <summary>The speaker's words, in quotation marks.</summary>
    DirectQuote = 1,

    /// <summary>The source's rendering of what the speaker said ("asserting that...").</summary>
    Paraphrase = 2,

    /// <summary>The source's own statement, not attributed to anyone else.</summary>
    OwnStatement = 3,
}
