using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Claims;

public sealed class MaterielItemTests
{
    [Fact]
    public void Constructor_Minimal_HasOnlyACategory()
    {
        var item = new MaterielItem(MaterielCategory.Vehicles);

        Assert.Equal(MaterielCategory.Vehicles, item.Category);
        Assert.Null(item.Wording);
        Assert.Null(item.Count);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("category", "not a defined MaterielCategory", () => new MaterielItem((MaterielCategory)0));
        ArgumentAssert.Throws<ArgumentException>("wording", "must not be empty", () => new MaterielItem(MaterielCategory.Weapons, " "));
    }

    [Fact]
    public void Equals_ComparesEveryMember()
        => EqualityAssert.Complete(
            new MaterielItem(MaterielCategory.Motorcycles, "motorcycles", CountEstimate.MoreThan(10)),
            new MaterielItem(MaterielCategory.Motorcycles, "motorcycles", CountEstimate.MoreThan(10)),
            derived: [],
            ("Category", new MaterielItem(MaterielCategory.Vehicles, "motorcycles", CountEstimate.MoreThan(10))),
            ("Wording", new MaterielItem(MaterielCategory.Motorcycles, "motorbikes", CountEstimate.MoreThan(10))),
            ("Count", new MaterielItem(MaterielCategory.Motorcycles, "motorcycles", CountEstimate.AtLeast(10))),
            ("Count absent", new MaterielItem(MaterielCategory.Motorcycles, "motorcycles")));

    [Fact]
    public void ToString_GivesCountAndWordsOrCategory()
    {
        Assert.Equal("weapons", new MaterielItem(MaterielCategory.Weapons, "weapons").ToString());
        Assert.Equal("vehicles", new MaterielItem(MaterielCategory.Vehicles).ToString());
        Assert.Equal("more than 10 motorcycles", new MaterielItem(MaterielCategory.Motorcycles, "motorcycles", CountEstimate.MoreThan(10)).ToString());
        Assert.Equal("3 vehicles", new MaterielItem(MaterielCategory.Vehicles, count: CountEstimate.Exactly(3)).ToString());
    }
}
