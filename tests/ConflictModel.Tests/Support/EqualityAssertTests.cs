using System;
using System.Diagnostics.CodeAnalysis;
using Xunit.Sdk;

namespace ConflictModel.Tests.Support;

/// <summary>The equality helper must fail for the faults it exists to catch.</summary>
public sealed class EqualityAssertTests
{
    [Fact]
    public void Complete_CorrectType_Passes()
        => EqualityAssert.Complete(new Pair(1, 2), new Pair(1, 2), [], ("A", new Pair(9, 2)), ("B", new Pair(1, 9)));

    [Fact]
    public void Complete_MemberLeftOutOfEquals_Fails()
        => Assert.ThrowsAny<XunitException>(
            () => EqualityAssert.Complete(new Pair(1, 2, forgetBInEquals: true), new Pair(1, 2, forgetBInEquals: true), [], ("A", new Pair(9, 2, forgetBInEquals: true)), ("B", new Pair(1, 9, forgetBInEquals: true))));

    [Fact]
    public void Complete_MemberLeftOutOfGetHashCode_Fails()
        => Assert.ThrowsAny<XunitException>(
            () => EqualityAssert.Complete(new Pair(1, 2, forgetBInHash: true), new Pair(1, 2, forgetBInHash: true), [], ("A", new Pair(9, 2, forgetBInHash: true)), ("B", new Pair(1, 9, forgetBInHash: true))));

    [Fact]
    public void Complete_MemberWithoutVariant_Fails()
        => Assert.ThrowsAny<XunitException>(() => EqualityAssert.Complete(new Pair(1, 2), new Pair(1, 2), [], ("A", new Pair(9, 2))));

    [Fact]
    public void Complete_VariantDiffersInAnotherMember_Fails()
        => Assert.ThrowsAny<XunitException>(() => EqualityAssert.Complete(new Pair(1, 2), new Pair(1, 2), [], ("A", new Pair(9, 9)), ("B", new Pair(1, 9))));

    [Fact]
    public void Complete_VariantDoesNotDifferInNamedMember_Fails()
        => Assert.ThrowsAny<XunitException>(() => EqualityAssert.Complete(new Pair(1, 2), new Pair(1, 2), [], ("A", new Pair(1, 9)), ("B", new Pair(1, 9))));

    [Fact]
    public void Complete_SameInstanceGivenAsEqual_Fails()
    {
        var pair = new Pair(1, 2);

        Assert.ThrowsAny<XunitException>(() => EqualityAssert.Complete(pair, pair, [], ("A", new Pair(9, 2)), ("B", new Pair(1, 9))));
    }

    private sealed class Pair(int a, int b, bool forgetBInEquals = false, bool forgetBInHash = false) : IEquatable<Pair>
    {
        public int A { get; } = a;

        public int B { get; } = b;

        public static bool operator ==(Pair? left, Pair? right) => left is null ? right is null : left.Equals(right);

        public static bool operator !=(Pair? left, Pair? right) => !(left == right);

        public bool Equals([NotNullWhen(true)] Pair? other) => other is not null && A == other.A && (forgetBInEquals || B == other.B);

        public override bool Equals(object? obj) => Equals(obj as Pair);

        public override int GetHashCode() => forgetBInHash ? A.GetHashCode() : HashCode.Combine(A, B);
    }
}
