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

    /// <summary>Gets the default of <see cref="MaxDocumentSize"/>: 256 MiB.</summary>
    public static int DefaultMaxDocumentSize { get; } = 256 * 1024 * 1024;

    private readonly ConflictJsonReadMode _readMode;
    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly int _maxLineLength = DefaultMaxLineLength;
    private readonly int _maxDocumentSize = DefaultMaxDocumentSize;

    /// <summary>Gets the default options: strict reading, a depth limit of 64, documents up to 256 MiB, lines up to 16 MiB, compact output.</summary>
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
    /// Gets the largest document, in UTF-8 bytes, that <see cref="ConflictJson"/> reads; 1 KiB to
    /// <see cref="System.Array.MaxLength"/> (just under 2 GiB), 256 MiB unless set. A larger
    /// document is refused before it is read — a string by its length, a stream as soon as that
    /// many bytes have arrived, never buffering more — with <see cref="ConflictJsonErrorKind.DocumentTooLarge"/>.
    /// </summary>
    /// <remarks>
    /// A whole document is buffered and then built into a model that takes several times its size
    /// in memory; 256 MiB (well over a million engagements with their claims) keeps that to a few
    /// GB at most, and far beyond any single article's report. Raise it for a trusted larger
    /// document; for large data, write newline-delimited JSON with <see cref="ConflictJsonLines"/>,
    /// which reads a line at a time in bounded memory.
    /// </remarks>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is outside 1 KiB to <see cref="System.Array.MaxLength"/>.</exception>
    public int MaxDocumentSize
    {
        get => _maxDocumentSize;
        init => _maxDocumentSize = Preconditions.CheckArgumentRange(value, 1024, System.Array.MaxLength, nameof(MaxDocumentSize));
    }

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
