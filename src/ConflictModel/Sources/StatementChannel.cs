namespace ConflictModel;

/// <summary>How a statement reached the public, as the source says.</summary>
public enum StatementChannel
{
    /// <summary>The source asserts it in its own voice (the article itself).</summary>
    SourceItself = 1,

    /// <summary>Television ("a statement aired on national television").</summary>
    Television = 2,

    /// <summary>Radio.</summary>
    Radio = 3,

    /// <summary>Social media or a messaging channel.</summary>
    SocialMedia = 4,

    /// <summary>A press conference.</summary>
    PressConference = 5,

    /// <summary>A written statement or press release.</summary>
    WrittenStatement = 6,

    /// <summary>An interview with the source's reporter or another outlet.</summary>
    Interview = 7,

    /// <summary>A witness's account to the source ("a resident ... narrated").</summary>
    WitnessAccount = 8,

    /// <summary>The source does not say how the statement was made.</summary>
    Unspecified = 9,
}
