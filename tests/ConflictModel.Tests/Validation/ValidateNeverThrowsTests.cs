using System;
using System.Linq;
using ConflictModel.Tests.Reports;
using ConflictModel.Tests.Serialization.Generators;
using CsCheck;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// Whatever report the reader accepts, <see cref="ConflictReport.Validate()"/> returns a result and
/// never throws: generated reports (any values, references mostly dangling), linked reports (whose
/// references resolve, so that every rule has work, with times at both ends of the calendar), and
/// damaged documents that still read.
/// </summary>
public sealed class ValidateNeverThrowsTests
{
    private static readonly string[] Insertions = ["{", "}", "[", "]", ",", "\"", "null", "0", "-1", "2147483647", "\"x\"", "true", "{}", "[]", "\"9999-12-31\"", "\"-9998-01-01T00:00:00Z\""];

    [Fact]
    public void Validate_GeneratedReportAsRead_ReturnsAResult()
    {
        ModelGenerators.Report.Sample(
            report => AssertValidates(ConflictJson.Deserialize(ConflictJson.Serialize(report))),
            iter: 1000);
    }

    [Fact]
    public void Validate_LinkedReport_ReturnsAResult()
    {
        LinkedReports.Report.Sample(AssertValidates, iter: 2000);
    }

    [Fact]
    public void Validate_DamagedDocumentThatStillReads_ReturnsAResult()
    {
        var damaged =
            from json in LinkedReports.Json
            from start in Gen.Int[0, json.Length]
            from length in Gen.Int[0, 8]
            from insertion in Gen.OneOf(Insertions)
            select string.Concat(json.AsSpan(0, start), insertion, json.AsSpan(Math.Min(json.Length, start + length)));

        damaged.Sample(
            json =>
            {
                ConflictReport report;
                try
                {
                    report = ConflictJson.Deserialize(json, new ConflictJsonOptions { ReadMode = ConflictJsonReadMode.Tolerant });
                }
                catch (ConflictJsonException)
                {
                    return;
                }

                AssertValidates(report);
            },
            iter: 3000);
    }

    private static void AssertValidates(ConflictReport report)
    {
        var result = report.Validate();

        Assert.NotNull(result);
        Assert.All(result.Issues, issue => Assert.False(string.IsNullOrWhiteSpace(issue.Message)));
        Assert.All(result.Issues, issue => Assert.True(issue.Message.Length < 2000, issue.Message));
    }
}
