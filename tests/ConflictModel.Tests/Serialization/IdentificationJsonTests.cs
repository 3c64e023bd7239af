namespace ConflictModel.Tests.Serialization;

/// <summary>The members added for coders' identifications and for the basis of places, read and written as docs/json-format.md shows them.</summary>
public sealed class IdentificationJsonTests
{
    private const string Engagement =
        """{"id":"attacks","type":"battles","scope":"event","locations":["kayes"],"participants":[PARTICIPANT]}""";

    private const string Identified =
        """{"actor":"jihadist-fighters","role":"attacker","identification":{"actor":"jnim","basis":"claimedResponsibility","claims":["jnim-responsibility"]}}""";

    [Fact]
    public void Deserialize_ParticipantWithIdentification_ReadsActorBasisAndClaims()
    {
        var participant = Assert.Single(Assert.Single(ConflictJson.Deserialize(Document(Identified)).Engagements).Participants);

        Assert.Equal(new ActorId("jihadist-fighters"), participant.Actor);
        Assert.Equal(
            new ActorIdentification(new ActorId("jnim"), IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("jnim-responsibility")]),
            participant.Identification);
    }

    [Fact]
    public void Serialize_ParticipantWithIdentification_WritesItAfterTheRoleAndLeavesNoClaimsOut()
    {
        var report = ConflictJson.Deserialize(Document(Identified));
        var bare = report.WithEngagements([new Engagement(new EngagementId("attacks"), EventType.Battles)
            .WithLocations([new LocationId("kayes")])
            .WithParticipants([new Participant(new ActorId("gunmen"), ParticipantRole.Attacker).WithIdentification(new ActorIdentification(new ActorId("jnim"), IdentificationBasis.Inferred))])]);

        Assert.Contains(Identified, ConflictJson.Serialize(report), System.StringComparison.Ordinal);
        Assert.Contains("""{"actor":"gunmen","role":"attacker","identification":{"actor":"jnim","basis":"inferred"}}""", ConflictJson.Serialize(bare), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"actor":"jnim"}""", ConflictJsonErrorKind.MissingMember, "$.engagements[0].participants[0].identification")]
    [InlineData("""{"actor":"jnim","basis":"claimed"}""", ConflictJsonErrorKind.UnknownEnumValue, "$.engagements[0].participants[0].identification.basis")]
    [InlineData("""{"actor":"jnim","basis":"inferred","confidence":"probable"}""", ConflictJsonErrorKind.UnknownProperty, "$.engagements[0].participants[0].identification.confidence")]
    [InlineData("""{"actor":"jihadist-fighters","basis":"inferred"}""", ConflictJsonErrorKind.InvalidValue, "$.engagements[0].participants[0].identification")]
    public void Deserialize_BadIdentification_IsRefusedWhereItIs(string identification, ConflictJsonErrorKind kind, string path)
    {
        var json = Document("""{"actor":"jihadist-fighters","role":"attacker","identification":IDENTIFICATION}""".Replace("IDENTIFICATION", identification, System.StringComparison.Ordinal));

        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Deserialize_LocationBasisWithoutPointOrId_IsRefusedAtTheLocation()
    {
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(
            """{"schemaVersion":"1.0","locations":[{"id":"kayes","name":{"text":"Kayes"},"kind":"settlement","basis":"gazetteer"}]}"""));

        Assert.Equal(ConflictJsonErrorKind.InvalidValue, error.Kind);
        Assert.StartsWith("$.locations[0]", error.Path, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_LocationBasisAndChannelWording_AreKept()
    {
        const string Json =
            """{"schemaVersion":"1.0","locations":[{"id":"kayes","name":{"text":"Kayes"},"kind":"settlement","point":{"latitude":14.4469,"longitude":-11.4445},"precision":"settlement","externalIds":[{"scheme":"geonames","value":"2455518"}],"basis":"gazetteer"}],"attributions":[{"id":"a","source":"s","quote":{"start":0,"end":4,"exact":"JNIM"},"mode":"paraphrase","channel":"television","speaker":"army","channelWording":"national television"}]}""";

        var report = ConflictJson.Deserialize(Json);

        Assert.Equal(LocationBasis.Gazetteer, Assert.Single(report.Locations).Basis);
        Assert.Equal("national television", Assert.Single(report.Attributions).ChannelWording);
        Assert.Equal(Json, ConflictJson.Serialize(report));
    }

    private static string Document(string participant)
        => """{"schemaVersion":"1.0","engagements":[ENGAGEMENT]}""".Replace("ENGAGEMENT", Engagement.Replace("PARTICIPANT", participant, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
}
