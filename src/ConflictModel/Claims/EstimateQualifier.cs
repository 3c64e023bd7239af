namespace ConflictModel;

/// <summary>
/// How a reported number relates to the true count. The qualifier is what a source said, not a
/// rounding of it: "more than 80" and "at least 80" are different statements with different bounds.
/// </summary>
public enum EstimateQualifier
{
    /// <summary>Exactly the number ("12 soldiers were killed"). Low, best and high are the number.</summary>
    Exact = 1,

    /// <summary>The number or more ("at least 30"). Low is the number; there is no high or best.</summary>
    AtLeast = 2,

    /// <summary>Strictly more than the number ("more than 80"). Low is the number plus one; there is no high or best.</summary>
    MoreThan = 3,

    /// <summary>The number or fewer ("up to 10"). Low is zero, high is the number.</summary>
    AtMost = 4,

    /// <summary>Strictly fewer than the number ("fewer than 10"). Low is zero, high is the number minus one.</summary>
    FewerThan = 5,

    /// <summary>A closed range ("between 20 and 30"). Low and high are the range's ends.</summary>
    Between = 6,

    /// <summary>About the number ("some 50", "around 50"). Best is the number; there are no firm bounds.</summary>
    Approximately = 7,

    /// <summary>The source does not know or does not give a figure. No bounds; not zero.</summary>
    Unknown = 8,

    /// <summary>A figure exists but the source says it is withheld ("remain undisclosed"). No bounds; not zero.</summary>
    Undisclosed = 9,
}
