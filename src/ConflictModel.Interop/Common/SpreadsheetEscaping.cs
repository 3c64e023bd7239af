namespace ConflictModel.Interop;

/// <summary>OWASP's test for a CSV field that a spreadsheet could run as a formula.</summary>
internal static class SpreadsheetEscaping
{
    /// <summary>
    /// True for text that starts with <c>= + - @</c>, a tab or a carriage return, unless the whole
    /// text is a number ("-4", "+1.5"), which a spreadsheet reads as that number.
    /// </summary>
    public static bool LooksLikeFormula(string text)
        => text.Length > 0
            && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !FieldRule.TryParseNumber(text, out _);
}
