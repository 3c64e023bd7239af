using ConflictModel.Tests.Common;

namespace ConflictModel.Tests.Engagements;

public sealed class EngagementIdTests : EntityIdContract<EngagementId>
{
    private protected override EntityKind ExpectedKind => EntityKind.Engagement;

    private protected override EngagementId Construct(string value) => new(value);
}
