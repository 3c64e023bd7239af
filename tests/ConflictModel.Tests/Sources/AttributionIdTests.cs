using ConflictModel.Tests.Common;

namespace ConflictModel.Tests.Sources;

public sealed class AttributionIdTests : EntityIdContract<AttributionId>
{
    private protected override EntityKind ExpectedKind => EntityKind.Attribution;

    private protected override AttributionId Construct(string value) => new(value);
}
