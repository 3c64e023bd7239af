using System;
using System.Text;

namespace ConflictModel.Fixtures;

/// <content>The canonical JSON of the report.</content>
public static partial class MaliArticle
{
    // The committed file ends with one newline, as text files do; the serializer writes none, so the
    // property leaves it out and equals the serializer's output exactly.
    private static readonly Lazy<string> _canonicalJson = new(
        () => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(LoadResource(CanonicalJsonResourceName)).TrimEnd('\n'));

    /// <summary>Gets the logical name of the embedded resource that holds <see cref="CanonicalJson"/>.</summary>
    public static string CanonicalJsonResourceName => "ConflictModel.Fixtures.Mali.mali-report.json";

    /// <summary>Gets the options that produce the canonical JSON: the library's defaults, indented.</summary>
    /// <remarks>A new instance on each call, so that nobody can change the canonical form by accident.</remarks>
    public static ConflictJsonOptions CanonicalJsonOptions => new() { WriteIndented = true };

    /// <summary>
    /// Gets the canonical JSON of <see cref="Report"/>: what <see cref="ConflictJson.Serialize(ConflictReport, ConflictJsonOptions?)"/>
    /// writes with <see cref="CanonicalJsonOptions"/>, committed as <c>Mali/mali-report.json</c> (with a
    /// final newline, which this property leaves out) and
    /// embedded. Reading it gives a report equal to <see cref="Report"/>; writing that report gives
    /// these characters again.
    /// </summary>
    /// <remarks>Loaded once, on first use; safe to share between threads.</remarks>
    public static string CanonicalJson => _canonicalJson.Value;
}
