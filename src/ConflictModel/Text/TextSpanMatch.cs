namespace ConflictModel;

/// <summary>The outcome of checking a <see cref="TextSpan"/> against a source's text.</summary>
public enum TextSpanMatch
{
    /// <summary>The exact text stands at the span's position, with its prefix and suffix around it.</summary>
    Matches = 0,

    /// <summary>The span's position lies beyond the end of the text.</summary>
    OutOfRange = 1,

    /// <summary>Other text stands at the span's position.</summary>
    ExactDiffers = 2,

    /// <summary>The exact text matches, but the text before it is not the span's prefix.</summary>
    PrefixDiffers = 3,

    /// <summary>The exact text matches, but the text after it is not the span's suffix.</summary>
    SuffixDiffers = 4,
}
