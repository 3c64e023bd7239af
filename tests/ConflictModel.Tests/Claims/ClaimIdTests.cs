using ConflictModel.Tests.Common;

namespace ConflictModel.Tests.Claims;

public sealed class ClaimIdTests : EntityIdContract<ClaimId>
{
    private protected override EntityKind ExpectedKind => EntityKind.Claim;

    private protected override ClaimId Construct(string value) => new(value);
}
