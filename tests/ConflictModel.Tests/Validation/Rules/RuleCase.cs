using System;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>A change to the valid fixture that must cause an issue of a code, at a path, about an entity.</summary>
public sealed record Fires(string Name, Func<ConflictReport> Report, string Code, ValidationSeverity Severity, string Path, string? EntityId)
{
    public override string ToString() => $"{Code} fires: {Name}";
}

/// <summary>A change to the valid fixture that comes close to a code's rule but must not cause it.</summary>
public sealed record DoesNotFire(string Name, Func<ConflictReport> Report, string Code)
{
    public override string ToString() => $"{Code} does not fire: {Name}";
}
