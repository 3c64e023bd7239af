using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;

namespace ConflictModel.Interop.Tests.Acled;

public sealed class AcledRowTests
{
    private static AcledRow First() => AcledCsv.Read(TestFiles.Open("acled-invented.csv")).First();

    [Fact]
    public void FromFields_FieldsOfARow_GivesAnEqualRow()
    {
        var row = First();

        var copy = AcledRow.FromFields(row.Fields.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value)));

        Assert.Equal(row, copy);
        Assert.Equal(row.GetHashCode(), copy.GetHashCode());
        Assert.True(row == copy);
        Assert.False(row != copy);
        Assert.NotSame(row, copy);
    }

    [Fact]
    public void FromFields_BadText_ThrowsNamingColumnAndRule()
    {
        var fields = First().Fields.Select(f => new KeyValuePair<string, string?>(f.Key, f.Key == "latitude" ? "200" : f.Value));

        var exception = Assert.Throws<ArgumentException>("fields", () => AcledRow.FromFields(fields));

        Assert.Contains("The ACLED column 'latitude' cannot hold '200': The value must be a decimal number from -90 to 90.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFields_RequiredColumnMissing_Throws()
    {
        var fields = First().Fields.Where(f => f.Key != "event_type").Select(f => new KeyValuePair<string, string?>(f.Key, f.Value));

        var exception = Assert.Throws<ArgumentException>("fields", () => AcledRow.FromFields(fields));

        Assert.Contains("'event_type' is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFields_ColumnTwiceIgnoringCase_Throws()
    {
        var fields = First().Fields.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value)).Append(new("NOTES", "again"));

        Assert.Throws<ArgumentException>("fields", () => AcledRow.FromFields(fields));
    }

    [Fact]
    public void FromFields_Null_Throws() => Assert.Throws<ArgumentNullException>("fields", () => AcledRow.FromFields(null!));

    [Fact]
    public void WithText_ChangesOneFieldAndChecksIt()
    {
        var row = First();

        var changed = row.WithText("fatalities", "7");

        Assert.Equal(7, changed.Fatalities);
        Assert.Equal(4, row.Fatalities);
        Assert.NotEqual(row, changed);
        Assert.Equal(row.Fields.Where(f => f.Key != "fatalities"), changed.Fields.Where(f => f.Key != "fatalities"));
        Assert.Throws<ArgumentException>("text", () => row.WithText("fatalities", "many"));
        Assert.Throws<ArgumentException>("text", () => row.WithText("event_date", null));
    }

    [Fact]
    public void WithText_UnknownColumn_AddsAndRemovesAnExtraColumn()
    {
        var row = First();

        var added = row.WithText("analyst_note", "x");

        Assert.Equal([new("analyst_note", "x")], added.ExtraColumns.ToArray());
        Assert.Equal(row, added.WithText("analyst_note", null));
        Assert.Equal("y", added.WithText("ANALYST_NOTE", "y").GetText("analyst_note"));
    }

    [Fact]
    public void WithText_OptionalColumnRemoved_IsAbsent()
    {
        var row = First().WithText("tags", null);

        Assert.Null(row.GetText("tags"));
        Assert.DoesNotContain(row.Fields, f => f.Key == "tags");
    }

    [Fact]
    public void Equality_DiffersInAnyField()
    {
        var row = First();

        foreach (var (column, text) in row.Fields)
        {
            var other = Candidates(text).Select(c => TryWith(row, column, c)).First(r => r is not null)!;

            Assert.False(row.Equals(other), column);
            Assert.True(row != other, column);
            Assert.NotEqual(row.GetHashCode(), other.GetHashCode());
        }

        Assert.False(row.Equals(null));
        Assert.False(row.Equals((object)"FRE1"));
    }

    private static string[] Candidates(string text) => [text + "0", text.ToUpperInvariant(), "1", "2", "2023", "05 March 2024", "Attack", "Civilian targeting"];

    private static AcledRow? TryWith(AcledRow row, string column, string text)
    {
        try
        {
            return text == row.GetText(column) ? null : row.WithText(column, text);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [Fact]
    public void Equality_ComparesTextNotValues()
    {
        var row = First();

        // The same day, written as older exports do: another text, so another row (the text is what a write gives back).
        Assert.NotEqual(row, row.WithText("event_date", "05 March 2024"));
        Assert.Equal(row.EventDate, row.WithText("event_date", "05 March 2024").EventDate);
    }

    [Fact]
    public void ToString_NamesIdDateTypeAndPlace()
        => Assert.Equal("FRE1 2024-03-05 Battles/Armed clash at Puerto Claro (Freedonia)", First().ToString());

    [Fact]
    public void GetText_Null_Throws() => Assert.Throws<ArgumentNullException>("name", () => First().GetText(null!));
}
