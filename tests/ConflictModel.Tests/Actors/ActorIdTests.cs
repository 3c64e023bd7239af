using ConflictModel.Tests.Common;

namespace ConflictModel.Tests.Actors;

public sealed class ActorIdTests : EntityIdContract<ActorId>
{
    private protected override EntityKind ExpectedKind => EntityKind.Actor;

    private protected override ActorId Construct(string value) => new(value);
}
