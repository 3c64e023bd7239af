using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace ConflictModel;

/// <summary>
/// The lines of a JSON Lines stream that were buffered together, copied out of the
/// <see cref="LineCutter"/>'s buffer so that they can be read into reports on another thread while
/// the cutter moves on (<see cref="LineBatchReader"/>).
/// </summary>
/// <remarks>
/// A batch is read once, by one thread, and then handed back to the thread that enumerates: the
/// hand-over through a task orders the writes of <see cref="Read"/> before the reads of
/// <see cref="Reports"/>. What goes wrong while reading a line is kept, not thrown, with the
/// number of reports read before it, so that the enumeration gives those reports first and then
/// throws it, as a reader of one line at a time would.
/// </remarks>
internal sealed class LineBatch : IDisposable
{
    private readonly List<(long LineNumber, int Start, int Length)> _lines = [];
    private byte[] _bytes;
    private int _used;

    public LineBatch(int capacity) => _bytes = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>Gets the number of lines in the batch.</summary>
    public int Count => _lines.Count;

    /// <summary>Gets the reports read, once <see cref="Read"/> has run: the first <see cref="ReadCount"/> are set.</summary>
    public ConflictReport[] Reports { get; private set; } = [];

    /// <summary>Gets how many lines became reports before <see cref="Error"/>, or all of them.</summary>
    public int ReadCount { get; private set; }

    /// <summary>Gets what went wrong reading the line after the last report, or null.</summary>
    public ExceptionDispatchInfo? Error { get; private set; }

    /// <summary>Copies a line in; its bytes are a view of the cutter's buffer, valid only until the cutter moves on.</summary>
    public void Add(ConflictJsonLine line)
    {
        var bytes = line.Utf8.Span;
        if (_bytes.Length - _used < bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _used + bytes.Length));
            _bytes.AsSpan(0, _used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        bytes.CopyTo(_bytes.AsSpan(_used));
        _lines.Add((line.LineNumber, _used, bytes.Length));
        _used += bytes.Length;
    }

    /// <summary>Reads every line into a report, stopping at the first that fails.</summary>
    /// <param name="options">The reading options.</param>
    /// <param name="strings">The string table, used by no other thread meanwhile.</param>
    /// <param name="cancellationToken">Checked before each line.</param>
    public void Read(ConflictJsonOptions options, StringTable strings, CancellationToken cancellationToken)
    {
        var reports = new ConflictReport[_lines.Count];
        var read = 0;
        try
        {
            foreach (var (lineNumber, start, length) in _lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reports[read] = ModelReader.ReadDocument(_bytes.AsSpan(start, length), new ReadSession(options, lineNumber - 1, strings));
                read++;
            }
        }
        catch (Exception e)
        {
            // Kept for the enumerating thread to throw after the reports before it, with its own stack trace.
            Error = ExceptionDispatchInfo.Capture(e);
        }

        Reports = reports;
        ReadCount = read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }
}
