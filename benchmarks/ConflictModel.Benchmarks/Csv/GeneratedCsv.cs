using System.Collections.Generic;
using System.IO;

namespace ConflictModel.Benchmarks.Csv;

/// <summary>Writes a generated dataset file's header and rows as CSV bytes, the same way for every dataset.</summary>
public static class GeneratedCsv
{
    /// <summary>Writes the header and rows as CSV in UTF-8 (CsvHelper, LF line ends): the bytes the reading benchmarks read.</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows, each a field per column.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] ToUtf8(IEnumerable<string> header, IEnumerable<string[]> rows)
    {
        System.ArgumentNullException.ThrowIfNull(header);
        System.ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = CsvHelper.CsvWriter.Create(stream, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var name in header)
            {
                writer.WriteField(name);
            }

            writer.EndRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    writer.WriteField(field);
                }

                writer.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
