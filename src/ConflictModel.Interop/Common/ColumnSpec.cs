namespace ConflictModel.Interop;

/// <summary>A column a dataset knows: its name, its rule, and whether a file must have it.</summary>
internal sealed class ColumnSpec
{
    public ColumnSpec(string name, FieldRule rule, bool requiredInHeader, bool alwaysWritten)
    {
        Name = name;
        Rule = rule;
        RequiredInHeader = requiredInHeader;
        AlwaysWritten = alwaysWritten;
    }

    public string Name { get; }

    public FieldRule Rule { get; }

    /// <summary>Gets a value indicating whether a file without this column is refused.</summary>
    public bool RequiredInHeader { get; }

    /// <summary>Gets a value indicating whether the writer always writes this column (the canonical layout), rather than only when the rows have it.</summary>
    public bool AlwaysWritten { get; }
}
