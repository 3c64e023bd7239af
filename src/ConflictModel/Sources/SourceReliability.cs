namespace ConflictModel;

/// <summary>The reliability of a source, the letter of the NATO Admiralty grading (A–F).</summary>
public enum SourceReliability
{
    /// <summary>A: completely reliable.</summary>
    CompletelyReliable = 1,

    /// <summary>B: usually reliable.</summary>
    UsuallyReliable = 2,

    /// <summary>C: fairly reliable.</summary>
    FairlyReliable = 3,

    /// <summary>D: not usually reliable.</summary>
    NotUsuallyReliable = 4,

    /// <summary>E: unreliable.</summary>
    Unreliable = 5,

    /// <summary>F: reliability cannot be judged.</summary>
    CannotBeJudged = 6,
}
