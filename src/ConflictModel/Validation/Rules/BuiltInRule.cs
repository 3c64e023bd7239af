using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>A rule shipped with the library: it declares built-in <c>CM</c> codes from <see cref="ValidationCodes"/>.</summary>
internal abstract class BuiltInRule : IReportRule
{
    protected BuiltInRule(params string[] codes) => Descriptors = ValidationCodes.Select(codes);

    public ImmutableArray<ValidationDescriptor> Descriptors { get; }

    public abstract void Validate(ReportValidationContext context);

    protected static void Report(ReportValidationContext context, string code, string path, string? entityId, string message)
        => context.AddIssue(ValidationCodes.Get(code), path, entityId, message);

    protected static string PathOf(EntityKind kind, int index, string property)
        => JsonPointer.Combine(ReportValidationContext.ElementPath(kind, index), property);
}

/// <summary>The built-in rules, in the order they run: by area of their codes.</summary>
internal static class BuiltInRules
{
    public static ImmutableArray<IReportRule> All { get; } =
    [
        new DuplicateIdRule(),
        new ReferenceRule(),
        new CycleRule(),
        new TextRule(),
        new TimeRule(),
        new StructureRule(),
        new IdentificationRule(),
        new IsoCodeRule(),
        new PrecisionRule(),
    ];
}
