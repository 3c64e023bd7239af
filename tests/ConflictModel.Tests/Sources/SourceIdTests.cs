using ConflictModel.Tests.Common;

namespace ConflictModel.Tests.Sources;

public sealed class SourceIdTests : EntityIdContract<SourceId>
{
    private protected override EntityKind ExpectedKind => EntityKind.Source;

    private protected override SourceId Construct(string value) => new(value);
}
