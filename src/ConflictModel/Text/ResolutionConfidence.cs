namespace ConflictModel;

/// <summary>How sure the modeller is that a name as printed refers to the entity it was resolved to.</summary>
public enum ResolutionConfidence
{
    /// <summary>Beyond reasonable doubt (a known alternate spelling).</summary>
    Certain = 1,

    /// <summary>Very likely ("Binoli" is very likely Diboli).</summary>
    Probable = 2,

    /// <summary>Plausible, but other readings remain.</summary>
    Possible = 3,
}
