namespace ConflictModel;

/// <summary>Options for reading and writing the JSON format with <see cref="ConflictJson"/> and <see cref="ConflictJsonLines"/>.</summary>
/// <remarks>
/// Set the options with an object initializer; an instance never changes afterwards. This type is
/// immutable; safe to share between threads.
/// </remarks>
public sealed class ConflictJsonOptions
{
    /// <summary>Gets the default of <see cref="MaxDepth"/>: 64, as System.Text.Json.</summary>
    public static int DefaultMaxDepth { get; } = 64;

    /// <summary>Gets the default of <see cref="MaxLineLength"/>: 16 MiB.</summary>
    public static int DefaultMaxLineLength { get; } = 16 * 1024 * 1024;

    private readonly ConflictJsonReadMode _readMode;
    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly int _maxLineLength = DefaultMaxLineLength;

    /// <summary>Gets the default options: strict reading, a depth limit of 64, compact output.</summary>
    public static ConflictJsonOptions Default { get; } = new();

    /// <summary>Gets how strictly documents are read; <see cref="ConflictJsonReadMode.Strict"/> unless set.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is not a defined mode.</exception>
    public ConflictJsonReadMode ReadMode
    {
        get => _readMode;
        init => _readMode = Preconditions.CheckDefined(value, nameof(ReadMode));
    }

    /// <summary>Gets the deepest nesting of objects and arrays a document may have, 1 to 1000; 64 unless set.</summary>
    /// <remarks>A valid report nests about seven levels deep; the limit guards against hostile input.</remarks>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is outside 1 to 1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Preconditions.CheckArgumentRange(value, 1, 1000, nameof(MaxDepth));
    }

    /// <summary>Gets a value indicating whether output is indented (two spaces, "\n" line ends); compact unless set.</summary>
    /// <remarks><see cref="ConflictJsonLines"/> always writes compact lines, whatever this says.</remarks>
    public bool WriteIndented { get; init; }

    /// <summary>
    /// Gets the longest line, in UTF-8 bytes without its line end, that <see cref="ConflictJsonLines"/>
    /// reads; 1 KiB to 1 GiB, 16 MiB unless set. It bounds the memory a reader of newline-delimited JSON uses.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is outside 1 KiB to 1 GiB.</exception>
    public int MaxLineLength
    {
        get => _maxLineLength;
        init => _maxLineLength = Preconditions.CheckArgumentRange(value, 1024, 1024 * 1024 * 1024, nameof(MaxLineLength));
    }
}
