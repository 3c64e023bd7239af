using System;
using System.Linq;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Documents are written by the source-generated contract and read by the hand-written reader;
/// these tests hold the two to the same members, in the same order, with the same required ones.
/// </summary>
public sealed class ContractAgreementTests
{
    private static readonly Type[] Types =
    [
        typeof(ConflictReport), typeof(Source), typeof(Actor), typeof(Affiliation), typeof(Location), typeof(Engagement),
        typeof(Participant), typeof(ActorIdentification), typeof(SourceAttribution), typeof(Mention), typeof(LocalizedName), typeof(ExternalId), typeof(DatasetField), typeof(TextSpan),
        typeof(MaterielItem), typeof(CasualtyClaim), typeof(TerritorialControlClaim), typeof(ResponsibilityClaim), typeof(OutcomeClaim),
        typeof(MaterielClaim), typeof(CharacterisationClaim), typeof(AssessmentClaim), typeof(ExtentClaim),
    ];

    public static TheoryData<Type> ObjectTypes => new(Types);

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void ReaderMembers_OfEachObjectType_AreTheContractsMembersInOrder(Type type)
    {
        var (names, _) = Contract(type);
        var table = ModelReader.TableOf(type)!;

        Assert.Equal(names, table.Names);
    }

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void ReaderRequiredMembers_OfEachObjectType_AreTheContractsRequiredMembers(Type type)
    {
        var (names, required) = Contract(type);
        var table = ModelReader.TableOf(type)!;

        Assert.Equal(required, names.Where((_, index) => table.IsRequired(index)));
    }

    [Fact]
    public void Contract_OfEveryObjectType_IsCovered()
    {
        var options = ContractRules.Compact;
        var reachable = Types.ToHashSet();
        foreach (var type in reachable)
        {
            foreach (var property in options.GetTypeInfo(type).Properties)
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var itemType = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : propertyType;
                foreach (var candidate in new[] { propertyType, itemType })
                {
                    if (options.GetTypeInfo(candidate).Kind == JsonTypeInfoKind.Object && candidate != typeof(Claim))
                    {
                        Assert.Contains(candidate, reachable);
                    }
                }
            }
        }
    }

    private static (string[] Names, string[] Required) Contract(Type type)
    {
        var properties = ContractRules.Compact.GetTypeInfo(type).Properties;
        var names = properties.Select(p => p.Name).ToList();
        var required = properties.Where(p => p.IsRequired).Select(p => p.Name).ToList();
        if (type.IsSubclassOf(typeof(Claim)))
        {
            // The discriminator is not a property of the contract; it is written first and is required.
            names.Insert(0, "kind");
            required.Insert(0, "kind");
        }

        return ([.. names], [.. required]);
    }
}
