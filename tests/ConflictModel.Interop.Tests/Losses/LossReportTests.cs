using System;
using System.Collections.Immutable;

namespace ConflictModel.Interop.Tests.Losses;

public sealed class LossReportTests
{
    [Fact]
    public void Entries_compare_by_value_and_print_as_one_line()
    {
        var entry = new LossEntry("claim:c1", "count bounds", "STIX has no property for them");

        Assert.Equal(new LossEntry("claim:c1", "count bounds", "STIX has no property for them"), entry);
        Assert.NotEqual(new LossEntry("claim:c2", "count bounds", "STIX has no property for them"), entry);
        Assert.Equal("claim:c1: count bounds (STIX has no property for them)", entry.ToString());
    }

    [Theory]
    [InlineData("", "lost", "reason", "subject")]
    [InlineData("s", " ", "reason", "lost")]
    [InlineData("s", "lost", "\t", "reason")]
    public void Blank_parts_are_refused_by_name(string subject, string lost, string reason, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentException>(() => new LossEntry(subject, lost, reason)).ParamName);
    }

    [Fact]
    public void Null_parts_and_null_entries_are_refused()
    {
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => new LossEntry(null!, "l", "r")).ParamName);
        var error = Assert.Throws<ArgumentException>(() => new LossReport([new LossEntry("a", "b", "c"), null!]));
        Assert.Contains("Entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_prints_a_count_then_one_line_per_entry_and_filters_by_subject()
    {
        var report = new LossReport([new LossEntry("a", "x", "why"), new LossEntry("b", "y", "why not"), new LossEntry("a", "z", "because")]);

        Assert.Equal("3 losses:\n- a: x (why)\n- b: y (why not)\n- a: z (because)", report.ToString());
        Assert.Equal(["x", "z"], System.Linq.Enumerable.Select(report.About("a"), e => e.Lost));
        Assert.Equal("1 loss:\n- a: x (why)", new LossReport([new LossEntry("a", "x", "why")]).ToString());
        Assert.Equal("Nothing lost.", LossReport.None.ToString());
        Assert.True(new LossReport(default).IsEmpty);
        Assert.Equal(new LossReport([new LossEntry("a", "x", "why")]), new LossReport(ImmutableArray.Create(new LossEntry("a", "x", "why"))));
    }
}
