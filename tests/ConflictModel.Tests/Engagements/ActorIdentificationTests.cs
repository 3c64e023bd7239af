using System;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Engagements;

public sealed class ActorIdentificationTests
{
    private static readonly ActorId Jnim = new("jnim");

    [Fact]
    public void Constructor_Valid_KeepsActorAndBasisAndCitesNoClaim()
    {
        var identification = new ActorIdentification(Jnim, IdentificationBasis.Inferred);

        Assert.Equal(Jnim, identification.Actor);
        Assert.Equal(IdentificationBasis.Inferred, identification.Basis);
        Assert.True(identification.Claims.IsEmpty);
    }

    [Fact]
    public void WithClaims_KeepsThemInOrder()
    {
        var identification = new ActorIdentification(Jnim, IdentificationBasis.ClaimedResponsibility)
            .WithClaims([new ClaimId("lede-claim"), new ClaimId("body-claim")]);

        Assert.Equal<ClaimId>([new ClaimId("lede-claim"), new ClaimId("body-claim")], identification.Claims);
        Assert.Equal(IdentificationBasis.ClaimedResponsibility, identification.Basis);
        Assert.True(identification.WithClaims(default).Claims.IsEmpty);
    }

    [Fact]
    public void Constructor_BadArguments_AreRefusedNamingTheArgument()
    {
        ArgumentAssert.Throws<ArgumentException>("actor", "must be initialised", () => new ActorIdentification(default, IdentificationBasis.Stated));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>("basis", "not a defined IdentificationBasis", () => new ActorIdentification(Jnim, (IdentificationBasis)0));
        ArgumentAssert.Throws<ArgumentException>("claims", "uninitialised ClaimId", () => new ActorIdentification(Jnim, IdentificationBasis.Stated).WithClaims([default]));
    }

    [Fact]
    public void Equals_ComparesEveryMember()
        => EqualityAssert.Complete(
            new ActorIdentification(Jnim, IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("c")]),
            new ActorIdentification(Jnim, IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("c")]),
            derived: [],
            ("Actor", new ActorIdentification(new ActorId("al-qaeda"), IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("c")])),
            ("Basis", new ActorIdentification(Jnim, IdentificationBasis.Inferred).WithClaims([new ClaimId("c")])),
            ("Claims", new ActorIdentification(Jnim, IdentificationBasis.ClaimedResponsibility).WithClaims([new ClaimId("d")])),
            ("Claims empty", new ActorIdentification(Jnim, IdentificationBasis.ClaimedResponsibility)));

    [Fact]
    public void ToString_GivesActorAndBasis()
        => Assert.Equal("jnim (claimed responsibility)", new ActorIdentification(Jnim, IdentificationBasis.ClaimedResponsibility).ToString());
}
