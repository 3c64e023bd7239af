namespace ConflictModel;

/// <summary>A part of a day, as reports give it ("Tuesday morning"); only a date can carry one.</summary>
public enum PartOfDay
{
    /// <summary>The night, before dawn or after the evening.</summary>
    Night = 1,

    /// <summary>The morning.</summary>
    Morning = 2,

    /// <summary>The afternoon.</summary>
    Afternoon = 3,

    /// <summary>The evening.</summary>
    Evening = 4,
}
