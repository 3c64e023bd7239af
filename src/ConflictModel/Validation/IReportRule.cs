using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// A validation rule: it declares the codes it can report and, given a
/// <see cref="ReportValidationContext"/>, reports every problem it finds. The built-in rules and
/// the rules users add are the same kind of object and run the same way.
/// </summary>
/// <remarks>
/// <para>A rule reports through <see cref="ReportValidationContext.AddIssue"/>, only with the
/// descriptors it declares; the validator applies any severity override, drops issues of disabled
/// codes, and orders the issues. A rule should visit each element a bounded number of times and look
/// entities up through the context's id indexes, so that validation stays linear in the size of the
/// report.</para>
/// <para>A validator may run the same rule on several threads at once: implementations must be
/// stateless or thread-safe, and keep nothing of the context after <see cref="Validate"/> returns.</para>
/// </remarks>
public interface IReportRule
{
    /// <summary>Gets the descriptors of the codes this rule can report; at least one, each code declared by no other rule.</summary>
    ImmutableArray<ValidationDescriptor> Descriptors { get; }

    /// <summary>Checks the report of <paramref name="context"/> and reports every problem found.</summary>
    /// <param name="context">The report, its id indexes, and where to report issues.</param>
    void Validate(ReportValidationContext context);
}
