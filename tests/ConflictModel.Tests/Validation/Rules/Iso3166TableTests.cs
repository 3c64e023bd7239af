namespace ConflictModel.Tests.Validation.Rules;

public sealed class Iso3166TableTests
{
    [Fact]
    public void Table_Loaded_HoldsEveryCountryAndTheSubdivisions()
    {
        Assert.Equal(249, Iso3166Table.Countries.Count);
        Assert.Equal(5127, Iso3166Table.Subdivisions.Count);
    }

    [Theory]
    [InlineData("ML")]
    [InlineData("SN")]
    [InlineData("SS")]
    [InlineData("VA")]
    public void IsCountry_AssignedCode_IsTrue(string code) => Assert.True(Iso3166Table.IsCountry(code));

    [Theory]
    [InlineData("ZX")]
    [InlineData("XK")]
    [InlineData("UK")]
    public void IsCountry_UnassignedCode_IsFalse(string code) => Assert.False(Iso3166Table.IsCountry(code));

    [Theory]
    [InlineData("ML-1", true)]
    [InlineData("ML-BKO", true)]
    [InlineData("SN-TC", true)]
    [InlineData("ML-99", false)]
    public void IsSubdivision_Code_FollowsTheTable(string code, bool expected) => Assert.Equal(expected, Iso3166Table.IsSubdivision(code));

    [Theory]
    [InlineData("ML", true)]
    [InlineData("VA", false)]
    [InlineData("GI", false)]
    public void HasSubdivisions_Country_FollowsTheTable(string code, bool expected) => Assert.Equal(expected, Iso3166Table.HasSubdivisions(code));

    [Theory]
    [InlineData("AA", true)]
    [InlineData("QM", true)]
    [InlineData("QZ", true)]
    [InlineData("QL", false)]
    [InlineData("XA", true)]
    [InlineData("XK", true)]
    [InlineData("ZZ", true)]
    [InlineData("ZW", false)]
    [InlineData("ML", false)]
    public void IsUserAssigned_Code_MatchesTheIsoRanges(string code, bool expected) => Assert.Equal(expected, Iso3166Table.IsUserAssigned(code));
}
