using System;

namespace ConflictModel.Interop.Stix;

/// <summary>A report read from a STIX bundle, and what the model could not hold of it.</summary>
public sealed class StixReadResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="report">The report read.</param>
    /// <param name="losses">What was skipped, object by object.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StixReadResult(ConflictReport report, LossReport losses)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(losses);
        Report = report;
        Losses = losses;
    }

    /// <summary>Gets the report: from the ConflictModel extension where objects carry it, else mapped from STIX properties.</summary>
    public ConflictReport Report { get; }

    /// <summary>Gets what the model could not hold: each skipped object or property, with the reason.</summary>
    public LossReport Losses { get; }
}
