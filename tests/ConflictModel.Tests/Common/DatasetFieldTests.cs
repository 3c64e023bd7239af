using System;
using System.Collections.Immutable;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Common;

public sealed class DatasetFieldTests
{
    [Theory]
    [InlineData("acled", "inter1", "2")]
    [InlineData("ucdp-ged", "where_prec", "1")]
    [InlineData("acled", "notes", "")]
    [InlineData("acled", "tags", "  kept as written  ")]
    public void Constructor_Valid_KeepsDatasetNameAndValue(string dataset, string name, string value)
    {
        var field = new DatasetField(dataset, name, value);

        Assert.Equal(dataset, field.Dataset);
        Assert.Equal(name, field.Name);
        Assert.Equal(value, field.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ACLED")]
    [InlineData("ucdp_ged")]
    [InlineData("1acled")]
    public void Constructor_DatasetNotALowerCaseToken_ThrowsArgumentException(string dataset)
        => ArgumentAssert.Throws<ArgumentException>(nameof(dataset), "A dataset name must be 1 to 32 lower-case ASCII letters", () => new DatasetField(dataset, "inter1", "2"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_ThrowsArgumentException(string name)
        => Assert.Equal("name", Assert.Throws<ArgumentException>(() => new DatasetField("acled", name, "2")).ParamName);

    [Fact]
    public void Constructor_NullValue_ThrowsArgumentNullException()
        => Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new DatasetField("acled", "inter1", null!)).ParamName);

    [Fact]
    public void Equals_ComparesEveryMember()
        => EqualityAssert.Complete(
            new DatasetField("acled", "inter1", "2"),
            new DatasetField("acled", "inter1", "2"),
            derived: [],
            ("Dataset", new DatasetField("ucdp-ged", "inter1", "2")),
            ("Name", new DatasetField("acled", "inter2", "2")),
            ("Value", new DatasetField("acled", "inter1", "3")));

    [Fact]
    public void ToString_GivesDatasetNameAndQuotedValue()
        => Assert.Equal("acled.inter1 = \"2\"", new DatasetField("acled", "inter1", "2").ToString());

    [Fact]
    public void Serialize_EngagementWithExternalIdsAndDatasetFields_WritesThemLastInOrderAndReadsBack()
    {
        var engagement = new Engagement(new EngagementId("kayes-attack"), EventType.Battles)
            .WithExternalIds([new ExternalId(ExternalId.Acled, "MLI36123")])
            .WithDatasetFields([new DatasetField("acled", "inter2", "1"), new DatasetField("acled", "inter1", "2")]);
        var report = ConflictReport.Empty.WithEngagements([engagement]).WithDatasetFields([new DatasetField("acled", "export_date", "")]);

        var json = ConflictJson.Serialize(report);

        Assert.Equal(
            """{"schemaVersion":"1.0","engagements":[{"id":"kayes-attack","type":"battles","scope":"event","externalIds":[{"scheme":"acled","value":"MLI36123"}],"datasetFields":[{"dataset":"acled","name":"inter2","value":"1"},{"dataset":"acled","name":"inter1","value":"2"}]}],"datasetFields":[{"dataset":"acled","name":"export_date","value":""}]}""",
            json);
        Assert.Equal(report, ConflictJson.Deserialize(json));
    }

    [Fact]
    public void Serialize_ClaimWithExternalIds_WritesThemAfterTheSharedMembers()
    {
        var claim = new ResponsibilityClaim(new ClaimId("c"), Claimant.ByActor(new ActorId("jnim")), [EntityReference.To(new EngagementId("e"))], new ActorId("jnim"))
            .WithExternalIds([new ExternalId(ExternalId.Ucdp, "530123")]);

        var json = ConflictJson.Serialize(ConflictReport.Empty.WithClaims([claim]));

        Assert.Equal(
            """{"schemaVersion":"1.0","claims":[{"kind":"responsibility","id":"c","claimant":{"actor":"jnim"},"subjects":[{"kind":"engagement","id":"e"}],"status":"asserted","externalIds":[{"scheme":"ucdp","value":"530123"}],"responsible":"jnim"}]}""",
            json);
        Assert.Equal(claim, ConflictJson.Deserialize(json).Claims[0]);
    }

    [Fact]
    public void Deserialize_BlankDatasetFieldName_IsRefusedAtTheName()
    {
        var error = Assert.Throws<ConflictJsonException>(
            () => ConflictJson.Deserialize("""{"schemaVersion":"1.0","datasetFields":[{"dataset":"acled","name":" ","value":"2"}]}"""));

        Assert.Equal("$.datasetFields[0].name", error.Path);
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDatasetFields_Null_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => ConflictReport.Empty.WithDatasetFields(ImmutableArray.Create<DatasetField>((DatasetField)null!)));
}
