using System;

namespace ConflictModel.Tests.Actors;

public sealed class ConflictCategoryTests
{
    // ACLED's actor types (inter1/inter2), reference/datasets.md: the enum values are the codes.
    [Theory]
    [InlineData(ConflictCategory.StateForces, 1)]
    [InlineData(ConflictCategory.RebelGroup, 2)]
    [InlineData(ConflictCategory.PoliticalMilitia, 3)]
    [InlineData(ConflictCategory.IdentityMilitia, 4)]
    [InlineData(ConflictCategory.Rioters, 5)]
    [InlineData(ConflictCategory.Protesters, 6)]
    [InlineData(ConflictCategory.Civilians, 7)]
    [InlineData(ConflictCategory.ExternalOrOtherForces, 8)]
    public void Value_IsAcledInterCode(ConflictCategory category, int interCode)
        => Assert.Equal(interCode, (int)category);

    [Fact]
    public void Values_AreExactlyAcledsEightActorTypes()
        => Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], Array.ConvertAll(Enum.GetValues<ConflictCategory>(), c => (int)c));
}
