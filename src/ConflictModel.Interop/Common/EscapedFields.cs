using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>
/// The loss lines of a spreadsheet-safe write: a text that starts like a formula is written with a
/// <c>'</c> in front, which a read of the file keeps, so the value written is not the value held.
/// </summary>
internal static class EscapedFields
{
    /// <summary>Adds a line for each field of the row that the writer escapes under these options (the same test as the writer's).</summary>
    public static void Report(RowFields fields, DatasetWriteOptions options, List<LossEntry> losses)
    {
        if (!options.EscapeFormulas)
        {
            return;
        }

        var columns = fields.Schema.Columns;
        for (var i = 0; i < fields.Known.Length; i++)
        {
            if (fields.Known[i] is { } text && columns[i].Rule.IsText && SpreadsheetEscaping.LooksLikeFormula(text))
            {
                losses.Add(Line(fields, columns[i].Name, text));
            }
        }

        foreach (var (name, text) in fields.Extra)
        {
            if (SpreadsheetEscaping.LooksLikeFormula(text))
            {
                losses.Add(Line(fields, name, text));
            }
        }
    }

    /// <summary>The rows as they are, with the lines of their escaped fields added as each is enumerated.</summary>
    public static IEnumerable<T> Reported<T>(IEnumerable<T> rows, System.Func<T, RowFields> fieldsOf, DatasetWriteOptions options, List<LossEntry> losses)
    {
        foreach (var row in rows)
        {
            Report(fieldsOf(row), options, losses);
            yield return row;
        }
    }

    private static string Shortened(string text)
    {
        if (text.Length <= 40)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[39]) ? 39 : 40; // never half a surrogate pair
        return text[..end] + "…";
    }

    private static LossEntry Line(RowFields fields, string column, string text)
        => new(
            $"{fields.Schema.Dataset} row {fields.Known[0]}",
            $"the text of {column}, \"{Shortened(text)}\"",
            "written with a ' in front, so that a spreadsheet shows it as text rather than running it as a formula (spreadsheet-safe writing, the default); written machine-to-machine it is kept as it is");
}
