using System.Linq;
using ConflictModel.Fixtures;

namespace ConflictModel.Interop.Tests;

/// <summary>
/// The only place these tests construct entities (constructors are changing across the repository:
/// adapt here alone).
/// </summary>
internal static class TestReports
{
    /// <summary>
    /// Mali's report with Admiralty grades on the army's report (B2: probably true), Dembele's losses
    /// (C6: cannot be judged) and JNIM's responsibility claim (F5: improbable).
    /// </summary>
    public static ConflictReport MaliWithGrades()
    {
        var report = MaliArticle.Report;
        var grades = new[] { ("army-report", "B2"), ("dembele-losses", "C6"), ("jnim-claims-responsibility", "F5") };
        return report.WithAttributions([.. report.Attributions.Select(a =>
            grades.FirstOrDefault(g => g.Item1 == a.Id.Value) is { Item2: { } grade }
                ? a.WithGrade(AdmiraltyGrade.Parse(grade))
                : a)]);
    }

    /// <summary>A report of one source and nothing else: no mentions, so the model's JSON has no "mentions" member.</summary>
    public static ConflictReport SourceOnly() => ConflictReport.Empty.WithSources([MaliArticle.Source]);
}
