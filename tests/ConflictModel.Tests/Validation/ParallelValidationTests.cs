using System;
using System.Collections.Immutable;
using System.Linq;
using ConflictModel.Tests.Reports;
using CsCheck;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// A report of <see cref="ReportValidator.ParallelThreshold"/> entities or more is validated on
/// several threads: the issues must be exactly those, in exactly the order, of validating it on the
/// calling thread alone, and custom rules still run on the calling thread.
/// </summary>
public sealed class ParallelValidationTests
{
    private static readonly ValidationDescriptor NoCountry = new("ACME101", ValidationSeverity.Warning, "An actor has no country.");

    private static readonly ReportValidator OneThread = ReportValidatorBuilder.WithBuiltInRules().SetMaxDegreeOfParallelism(1).Build();

    [Fact]
    public void Validate_LargeLinkedReport_GivesTheIssuesOfOneThreadInTheSameOrder()
    {
        // Linked reports give every rule work: references that resolve and references that do not,
        // spans, times, cycles. Repeated until large, they also give every id as a duplicate.
        LinkedReports.Report.Where(r => EntityCount(r) > 0).Sample(
            report =>
            {
                var large = Repeated(report, ReportValidator.ParallelThreshold);
                var expected = OneThread.Validate(large);

                var actual = ReportValidator.Default.Validate(large);

                Assert.NotEmpty(expected.Issues);
                Assert.Equal(expected.Issues.AsEnumerable(), actual.Issues.AsEnumerable());
            },
            iter: 12,
            threads: 1);
    }

    [Fact]
    public void Validate_LargeReportWithACustomRule_MergesItsIssuesInRuleOrderAndRunsItOnTheCallingThread()
    {
        var report = Repeated(ValidationFixture.Report, ReportValidator.ParallelThreshold);
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();
        var rule = new ReportingRule([NoCountry], context =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            var actors = context.Report.Actors;
            for (var i = 0; i < actors.Length; i++)
            {
                if (actors[i].Country is null)
                {
                    context.AddIssue(NoCountry, JsonPointer.Combine(ReportValidationContext.ElementPath(EntityKind.Actor, i), "country"), actors[i].Id.Value, "No country.");
                }
            }
        });
        var parallel = ReportValidatorBuilder.WithBuiltInRules().AddRule(rule).Build();
        var expected = parallel.ToBuilder().SetMaxDegreeOfParallelism(1).Build().Validate(report);
        threads.Clear();

        var actual = parallel.Validate(report);

        Assert.Equal(Environment.CurrentManagedThreadId, Assert.Single(threads));
        Assert.Contains(actual.Issues, i => i.Code == NoCountry.Code);
        Assert.Contains(actual.Issues, i => i.Code == ValidationCodes.DuplicateId);
        Assert.Equal(expected.Issues.AsEnumerable(), actual.Issues.AsEnumerable());
    }

    [Fact]
    public void Validate_LargeReportWithAFailingCustomRule_ThrowsItsExceptionItself()
    {
        var report = Repeated(ValidationFixture.Report, ReportValidator.ParallelThreshold);
        var validator = ReportValidatorBuilder.WithBuiltInRules()
            .AddRule(new ReportingRule([NoCountry], _ => throw new InvalidTimeZoneException("broken rule")))
            .Build();

        var thrown = Assert.Throws<InvalidTimeZoneException>(() => validator.Validate(report));

        Assert.Equal("broken rule", thrown.Message);
    }

    [Fact]
    public void MaxDegreeOfParallelism_ByDefault_IsUnlimited()
        => Assert.Equal(-1, ReportValidator.Default.MaxDegreeOfParallelism);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-1)]
    public void SetMaxDegreeOfParallelism_KeptByTheValidatorAndItsBuilder(int degree)
    {
        var validator = ReportValidatorBuilder.WithBuiltInRules().SetMaxDegreeOfParallelism(degree).Build();

        Assert.Equal(degree, validator.MaxDegreeOfParallelism);
        Assert.Equal(degree, validator.ToBuilder().Build().MaxDegreeOfParallelism);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(int.MinValue)]
    public void SetMaxDegreeOfParallelism_NeitherMinusOneNorPositive_Throws(int degree)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => ReportValidatorBuilder.WithBuiltInRules().SetMaxDegreeOfParallelism(degree));

        Assert.Equal("maxDegreeOfParallelism", thrown.ParamName);
    }

    private static int EntityCount(ConflictReport r)
        => r.Sources.Length + r.Actors.Length + r.Locations.Length + r.Engagements.Length + r.Claims.Length + r.Attributions.Length + r.Mentions.Length;

    /// <summary>Every section repeated, whole, until the report has at least <paramref name="entities"/> entities.</summary>
    private static ConflictReport Repeated(ConflictReport report, int entities)
    {
        var times = (entities + EntityCount(report) - 1) / EntityCount(report);
        static ImmutableArray<T> Times<T>(ImmutableArray<T> items, int times) => Enumerable.Repeat(items, times).SelectMany(x => x).ToImmutableArray();
        var large = report
            .WithSources(Times(report.Sources, times))
            .WithActors(Times(report.Actors, times))
            .WithLocations(Times(report.Locations, times))
            .WithEngagements(Times(report.Engagements, times))
            .WithClaims(Times(report.Claims, times))
            .WithAttributions(Times(report.Attributions, times))
            .WithMentions(Times(report.Mentions, times));
        Assert.True(EntityCount(large) >= entities);
        return large;
    }
}
