using ConflictModel.Tests.Common;

namespace ConflictModel.Tests.Text;

public sealed class MentionIdTests : EntityIdContract<MentionId>
{
    private protected override EntityKind ExpectedKind => EntityKind.Mention;

    private protected override MentionId Construct(string value) => new(value);
}
