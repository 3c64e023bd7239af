namespace ConflictModel;

/// <summary>What kind of document a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>A news article.</summary>
    NewsArticle = 1,

    /// <summary>An official statement or press release.</summary>
    OfficialStatement = 2,

    /// <summary>A television or radio broadcast.</summary>
    Broadcast = 3,

    /// <summary>A post on social media or a messaging channel.</summary>
    SocialMediaPost = 4,

    /// <summary>A press conference (its transcript or recording).</summary>
    PressConference = 5,

    /// <summary>A report by an organisation, an agency or researchers.</summary>
    Report = 6,

    /// <summary>An interview.</summary>
    Interview = 7,

    /// <summary>A row or record of a dataset (ACLED, UCDP).</summary>
    DatasetRecord = 8,
}
