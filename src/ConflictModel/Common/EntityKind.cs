namespace ConflictModel;

/// <summary>The kinds of entity a report holds and an id or reference can name.</summary>
public enum EntityKind
{
    /// <summary>A <see cref="ConflictModel.Source"/>.</summary>
    Source = 1,

    /// <summary>An <see cref="ConflictModel.Actor"/>.</summary>
    Actor = 2,

    /// <summary>A <see cref="ConflictModel.Location"/>.</summary>
    Location = 3,

    /// <summary>An <see cref="ConflictModel.Engagement"/>.</summary>
    Engagement = 4,

    /// <summary>A <see cref="ConflictModel.Claim"/>.</summary>
    Claim = 5,

    /// <summary>A <see cref="ConflictModel.SourceAttribution"/>.</summary>
    Attribution = 6,

    /// <summary>A <see cref="ConflictModel.Mention"/>.</summary>
    Mention = 7,
}
