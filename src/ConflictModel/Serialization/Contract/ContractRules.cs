using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel;

/// <summary>
/// Shapes the generated metadata into the format: only the members a constructor takes (so derived
/// values such as <see cref="TextSpan.Length"/> are never written), base-class members before a
/// subclass's own, empty collections omitted, claims polymorphic on <c>kind</c>, and the report's
/// <c>schemaVersion</c> first.
/// </summary>
internal static class ContractRules
{
    /// <summary>Gets the options that write compact JSON.</summary>
    public static JsonSerializerOptions Compact { get; } = CreateOptions(indented: false);

    /// <summary>Gets the options that write indented JSON.</summary>
    public static JsonSerializerOptions Indented { get; } = CreateOptions(indented: true);

    /// <summary>Gets the discriminator of each kind of claim, in the order of <see cref="ClaimKind"/>.</summary>
    public static ImmutableArray<(Type Type, ClaimKind Kind)> ClaimTypes { get; } =
    [
        (typeof(CasualtyClaim), ClaimKind.Casualties),
        (typeof(TerritorialControlClaim), ClaimKind.TerritorialControl),
        (typeof(ResponsibilityClaim), ClaimKind.Responsibility),
        (typeof(OutcomeClaim), ClaimKind.Outcome),
        (typeof(MaterielClaim), ClaimKind.Materiel),
        (typeof(CharacterisationClaim), ClaimKind.Characterisation),
        (typeof(AssessmentClaim), ClaimKind.Assessment),
        (typeof(ExtentClaim), ClaimKind.Extent),
    ];

    public static JsonSerializerOptions For(ConflictJsonOptions? options) => options?.WriteIndented == true ? Indented : Compact;

    public static JsonTypeInfo<ConflictReport> Report(JsonSerializerOptions options) => (JsonTypeInfo<ConflictReport>)options.GetTypeInfo(typeof(ConflictReport));

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(ConflictJsonContext.Default.Options)
        {
            TypeInfoResolver = ConflictJsonContext.Default.WithAddedModifier(Apply),
            WriteIndented = indented,
            NewLine = "\n",

            // The documents are data, never embedded in HTML: write "JNIM's" and "Kayès", not "JNIM\u0027s".
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        typeInfo.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        var members = typeInfo.Properties
            .Where(p => p.AssociatedParameter is not null)
            .OrderBy(p => p.DeclaringType == typeInfo.Type ? 1 : 0)
            .ToList();
        typeInfo.Properties.Clear();
        foreach (var member in members)
        {
            if (member.PropertyType.IsGenericType && member.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                member.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }

            typeInfo.Properties.Add(member);
        }

        if (typeInfo.Type == typeof(Claim))
        {
            var polymorphism = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = EnumNames<ClaimBaseMember>.Name(ClaimBaseMember.Kind),
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var (type, kind) in ClaimTypes)
            {
                polymorphism.DerivedTypes.Add(new JsonDerivedType(type, EnumNames<ClaimKind>.Name(kind)));
            }

            typeInfo.PolymorphismOptions = polymorphism;
        }
        else if (typeInfo.Type == typeof(ConflictReport))
        {
            typeInfo.Properties.Insert(0, SchemaVersionMember(typeInfo.Options));
        }
    }

    private static JsonPropertyInfo SchemaVersionMember(JsonSerializerOptions options)
    {
        var member = JsonMetadataServices.CreatePropertyInfo(
            options,
            new JsonPropertyInfoValues<SchemaVersion>
            {
                IsProperty = true,
                IsPublic = true,
                DeclaringType = typeof(ConflictReport),
                PropertyName = nameof(SchemaVersion),
                JsonPropertyName = EnumNames<ConflictReportMember>.Name(ConflictReportMember.SchemaVersion),
                Getter = static _ => SchemaVersion.Current,

                // Required members need a setter; the contract never reads (ModelReader checks the version).
                Setter = static (_, _) => { },
            });
        member.IsRequired = true;
        return member;
    }
}
