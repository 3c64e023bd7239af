using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Tests.Validation.Rules;

public sealed class BuiltInRuleTests
{
    public static IEnumerable<Fires> AllFires =>
        IdAndReferenceCases.Fires.Concat(CycleAndTextCases.Fires).Concat(TimeAndStructureCases.Fires).Concat(IdentificationCases.Fires).Concat(CodeAndPrecisionCases.Fires);

    public static IEnumerable<DoesNotFire> AllDoesNotFire =>
        IdAndReferenceCases.DoesNotFire.Concat(CycleAndTextCases.DoesNotFire).Concat(TimeAndStructureCases.DoesNotFire).Concat(IdentificationCases.DoesNotFire).Concat(CodeAndPrecisionCases.DoesNotFire);

    public static TheoryData<Fires> FiringCases => [.. AllFires];

    public static TheoryData<DoesNotFire> NonFiringCases => [.. AllDoesNotFire];

    [Theory]
    [MemberData(nameof(FiringCases))]
    public void Validate_BrokenReport_ReportsTheCodeAtThePath(Fires @case)
        => ValidationAssert.HasIssue(@case.Report().Validate(), @case.Code, @case.Severity, @case.Path, @case.EntityId);

    [Theory]
    [MemberData(nameof(NonFiringCases))]
    public void Validate_NearMiss_DoesNotReportTheCode(DoesNotFire @case)
        => ValidationAssert.HasNoIssue(@case.Report().Validate(), @case.Code);

    [Fact]
    public void Cases_EveryBuiltInCode_HasAFiringAndANonFiringCase()
    {
        var codes = ValidationCodes.All.Select(d => d.Code).ToHashSet();

        Assert.Empty(codes.Except(AllFires.Select(c => c.Code)));
        Assert.Empty(codes.Except(AllDoesNotFire.Select(c => c.Code)));
    }

    [Fact]
    public void Cases_FiringCases_UseEachCodesDefaultSeverity()
    {
        foreach (var @case in AllFires)
        {
            Assert.Equal(ValidationCodes.Find(@case.Code)!.DefaultSeverity, @case.Severity);
        }
    }
}
