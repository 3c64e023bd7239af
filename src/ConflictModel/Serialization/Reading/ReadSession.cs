using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConflictModel;

/// <summary>
/// What one read of one document shares across the cursor and its look-ahead copies: the mode
/// (which a newer minor schema version relaxes), the depth limit, the line the document starts on
/// in its stream, and the path from the root to the value being read.
/// </summary>
internal sealed class ReadSession
{
    private readonly List<Segment> _path = [];

    public ReadSession(ConflictJsonOptions options, long firstLine, StringTable? strings = null)
    {
        Mode = options.ReadMode;
        MaxDepth = options.MaxDepth;
        FirstLine = firstLine;
        Strings = strings ?? new StringTable();
    }

    public ConflictJsonReadMode Mode { get; set; }

    public int MaxDepth { get; }

    /// <summary>Gets the table that shares the short strings of the read; the lines of one stream share one.</summary>
    public StringTable Strings { get; }

    /// <summary>Gets the 0-based line of the stream the document starts on (0 for a whole document).</summary>
    public long FirstLine { get; }

    public void Push(string name) => _path.Add(new Segment(name, -1));

    public void Push(int index) => _path.Add(new Segment(null, index));

    public void Pop() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Returns the path in System.Text.Json's notation, such as <c>$.actors[0].name</c>.</summary>
    public string ToJsonPath()
    {
        var text = new StringBuilder("$");
        foreach (var segment in _path)
        {
            if (segment.Name is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{segment.Index}]");
            }
            else if (IsIdentifier(segment.Name))
            {
                text.Append('.').Append(segment.Name);
            }
            else
            {
                text.Append("['").Append(segment.Name.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("'", "\\'", System.StringComparison.Ordinal)).Append("']");
            }
        }

        return text.ToString();
    }

    /// <summary>Returns the path as a JSON Pointer (RFC 6901), such as <c>/actors/0/name</c>.</summary>
    public string ToJsonPointer()
    {
        var text = new StringBuilder();
        foreach (var segment in _path)
        {
            text.Append('/');
            if (segment.Name is null)
            {
                text.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(JsonPointer.EscapeToken(segment.Name));
            }
        }

        return text.ToString();
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Segment(string? Name, int Index);
}
