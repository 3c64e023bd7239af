using System;
using System.IO;
using System.Linq;
using System.Text;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Tests.Support;

namespace ConflictModel.Interop.Tests.Acled;

public sealed class AcledUpdateTests
{
    private static readonly AcledRow[] Local = [.. AcledCsv.Read(TestFiles.Open("acled-invented.csv"))];

    private static AcledRow Row(string id) => Local.Single(r => r.EventIdCnty == id);

    private static AcledRow Newer(string id, long timestamp, int fatalities) => Row(id).WithText("timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)).WithText("fatalities", fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Apply_NewerRow_ReplacesTheLocalRowInPlace()
    {
        var updated = AcledUpdate.Apply(Local, [Newer("FRE2", 1800000000, 3)], []).ToList();

        Assert.Equal(["FRE1", "FRE2", "FRE3", "FRE4", "FRE5", "FRE6"], updated.Select(r => r.EventIdCnty));
        Assert.Equal(3, updated[1].Fatalities);
        Assert.Equal(1800000000, updated[1].Timestamp);
    }

    [Fact]
    public void Apply_OlderRow_KeepsTheLocalRow()
    {
        var updated = AcledUpdate.Apply(Local, [Newer("FRE2", 1, 3)], []).ToList();

        Assert.Equal(Row("FRE2"), updated[1]);
    }

    [Fact]
    public void Apply_NewEvent_IsAddedAfterTheLocalRows()
    {
        var added = Row("FRE1").WithText("event_id_cnty", "FRE7");

        var updated = AcledUpdate.Apply(Local, [added], []).ToList();

        Assert.Equal(["FRE1", "FRE2", "FRE3", "FRE4", "FRE5", "FRE6", "FRE7"], updated.Select(r => r.EventIdCnty));
    }

    [Fact]
    public void Apply_Deletion_DropsTheRow()
    {
        var updated = AcledUpdate.Apply(Local, [], [new AcledDeletion("FRE3", 1800000000)]).ToList();

        Assert.Equal(["FRE1", "FRE2", "FRE4", "FRE5", "FRE6"], updated.Select(r => r.EventIdCnty));
    }

    [Fact]
    public void Apply_DeletionOlderThanTheRow_KeepsARepublishedEvent()
    {
        var republished = Newer("FRE3", 1900000000, 0);

        var updated = AcledUpdate.Apply(Local, [republished], [new AcledDeletion("FRE3", 1800000000)]).ToList();

        Assert.Equal(republished, updated.Single(r => r.EventIdCnty == "FRE3"));
    }

    [Fact]
    public void Apply_DeletionOfANewEvent_DropsIt()
    {
        var added = Row("FRE1").WithText("event_id_cnty", "FRE7");

        var updated = AcledUpdate.Apply(Local, [added], [new AcledDeletion("FRE7", 1800000000)]).ToList();

        Assert.DoesNotContain(updated, r => r.EventIdCnty == "FRE7");
    }

    [Fact]
    public void Apply_SameIdTwiceInNewer_LaterTimestampWins()
    {
        var updated = AcledUpdate.Apply(Local, [Newer("FRE2", 1800000002, 9), Newer("FRE2", 1800000001, 8)], []).ToList();

        Assert.Equal(9, updated[1].Fatalities);
    }

    [Fact]
    public void Apply_StreamsTheLocalCopy()
    {
        static System.Collections.Generic.IEnumerable<AcledRow> Endless()
        {
            while (true)
            {
                foreach (var row in Local)
                {
                    yield return row;
                }
            }
        }

        // An endless local copy: only a lazy, row-at-a-time update can give its first rows.
        Assert.Equal(["FRE1", "FRE2", "FRE3"], AcledUpdate.Apply(Endless(), [Newer("FRE2", 1800000000, 3)], []).Take(3).Select(r => r.EventIdCnty));
    }

    [Fact]
    public void Apply_FromFiles_UpdatesAndDeletes()
    {
        var newer = TestFiles.Write(s => AcledCsv.Write(s, [Newer("FRE1", 1800000000, 5)], DatasetWriteOptions.MachineToMachine));
        var deletions = Encoding.UTF8.GetBytes("event_id_cnty,deleted_timestamp\nFRE6,1800000000\n");

        var updated = AcledUpdate.Apply(
            AcledCsv.Read(TestFiles.Open("acled-invented.csv")),
            AcledCsv.Read(new MemoryStream(newer)),
            AcledCsv.ReadDeletions(new MemoryStream(deletions))).ToList();

        Assert.Equal(["FRE1", "FRE2", "FRE3", "FRE4", "FRE5"], updated.Select(r => r.EventIdCnty));
        Assert.Equal(5, updated[0].Fatalities);
    }

    [Fact]
    public void Apply_Null_IsRefused()
    {
        Assert.Throws<ArgumentNullException>("local", () => AcledUpdate.Apply(null!, [], []));
        Assert.Throws<ArgumentNullException>("newer", () => AcledUpdate.Apply([], null!, []));
        Assert.Throws<ArgumentNullException>("deletions", () => AcledUpdate.Apply([], [], null!));
    }

    [Fact]
    public void Deletions_RoundTrip()
    {
        AcledDeletion[] deletions = [new("FRE1", 1), new("FRE2", 1800000000)];

        var written = TestFiles.Write(s => AcledCsv.WriteDeletions(s, deletions));

        Assert.Equal("event_id_cnty,deleted_timestamp\nFRE1,1\nFRE2,1800000000\n", Encoding.UTF8.GetString(written));
        Assert.Equal(deletions, AcledCsv.ReadDeletions(new MemoryStream(written)));
    }

    [Fact]
    public void ReadDeletions_BadTimestamp_Throws()
    {
        var exception = Assert.Throws<DatasetFormatException>(() => AcledCsv.ReadDeletions(TestFiles.Utf8("event_id_cnty,deleted_timestamp\nFRE1,yesterday\n")).ToList());

        Assert.Equal("deleted_timestamp", exception.Column);
        Assert.Equal(2, exception.RowNumber);
    }

    [Fact]
    public void Deletion_Invalid_IsRefused()
    {
        Assert.Throws<ArgumentNullException>("eventIdCnty", () => new AcledDeletion(null!, 0));
        Assert.Throws<ArgumentException>("eventIdCnty", () => new AcledDeletion(string.Empty, 0));
        Assert.Throws<ArgumentException>("deletedTimestamp", () => new AcledDeletion("FRE1", -1));
    }

    [Fact]
    public void Deletion_EqualityAndText()
    {
        var deletion = new AcledDeletion("FRE1", 5);

        Assert.Equal(new AcledDeletion("FRE1", 5), deletion);
        Assert.True(deletion == new AcledDeletion("FRE1", 5));
        Assert.True(deletion != new AcledDeletion("FRE2", 5));
        Assert.NotEqual(new AcledDeletion("FRE1", 6), deletion);
        Assert.NotEqual(new AcledDeletion("FRE1", 6).GetHashCode(), deletion.GetHashCode());
        Assert.Equal("FRE1 deleted at 5", deletion.ToString());
    }
}
