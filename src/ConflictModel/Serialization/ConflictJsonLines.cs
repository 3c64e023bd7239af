namespace ConflictModel;

/// <summary>Reads and writes reports as newline-delimited JSON.</summary>
public static class ConflictJsonLines
{
}
