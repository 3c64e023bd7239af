using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ConflictModel.Interop.Tests.Support;

/// <summary>The test data files (Data/README.md says where each comes from) and small CSV helpers.</summary>
internal static class TestFiles
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", name));

    public static MemoryStream Open(string name) => new(Bytes(name), writable: false);

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text), writable: false);

    public static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>The first line (the header) of a file plus the given data lines, LF-terminated.</summary>
    public static string WithHeader(string file, params string[] lines)
        => string.Concat(Encoding.UTF8.GetString(Bytes(file)).Split('\n')[0], "\n", string.Join(string.Empty, lines.Select(l => l + "\n")));

    /// <summary>The data lines of a file that has no line break inside a field.</summary>
    public static string[] DataLines(string file) => Encoding.UTF8.GetString(Bytes(file)).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

    public static List<T> Collect<T>(Action<Action<T>> run)
    {
        var list = new List<T>();
        run(list.Add);
        return list;
    }
}
