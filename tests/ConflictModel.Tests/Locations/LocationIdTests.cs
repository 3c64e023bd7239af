using ConflictModel.Tests.Common;

namespace ConflictModel.Tests.Locations;

public sealed class LocationIdTests : EntityIdContract<LocationId>
{
    private protected override EntityKind ExpectedKind => EntityKind.Location;

    private protected override LocationId Construct(string value) => new(value);
}
