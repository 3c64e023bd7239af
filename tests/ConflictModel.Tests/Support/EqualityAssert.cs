using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ConflictModel.Tests.Support;

/// <summary>
/// The one check of hand-written equality (STYLE.md): given a value, an equal but separately built
/// value, and variants that each differ from the value in one named member, it checks
/// <c>Equals(object)</c>, <c>IEquatable&lt;T&gt;.Equals</c>, <c>==</c>, <c>!=</c> and <c>GetHashCode</c>
/// in both directions, and refuses a test whose variants do not cover every member.
/// </summary>
/// <remarks>
/// <para>A variant is named by the member it varies, such as <c>"Aliases"</c>; text after a space is a
/// comment (<c>"Aliases order"</c>). When members cannot differ alone (a span's start moves its end),
/// the name lists them joined by '+' (<c>"Start+End"</c>). The helper checks, through reflection, that
/// each named member really differs and every other public property is equal, so a variant cannot
/// silently differ in something else; structurally equal collections count as equal.</para>
/// <para><c>derived</c> lists the public properties that follow from the others (<c>Low</c> of an
/// estimate, <c>Kind</c> of a claim, the properties a form of a value leaves null): they may differ
/// and need no variant. Every other public property must be varied by at least one variant, so a
/// member forgotten in <c>Equals</c> or <c>GetHashCode</c> makes the test fail.</para>
/// <para>Unequal values are also required to have unequal hash codes. A correct 32-bit hash collides
/// for a given pair with a chance of about one in four billion, so this catches a member left out of
/// <c>GetHashCode</c> without making the tests flaky in practice.</para>
/// </remarks>
internal static class EqualityAssert
{
    public static void Complete<T>(T value, T equal, string[] derived, params (string Member, T Value)[] variants)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(variants);
        var properties = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);

        foreach (var name in derived)
        {
            Assert.True(properties.ContainsKey(name), $"{typeof(T).Name} has no public property '{name}' (listed as derived).");
        }

        var varied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (member, other) in variants)
        {
            var names = MemberNames(member);
            foreach (var name in names)
            {
                Assert.True(properties.ContainsKey(name), $"{typeof(T).Name} has no public property '{name}' (variant '{member}').");
                varied.Add(name);
            }

            CheckVariantDiffersOnlyIn(value, other, names, derived, properties.Values, member);
        }

        var missing = properties.Keys.Where(p => !varied.Contains(p) && !derived.Contains(p, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"No variant of {typeof(T).Name} differs in: {string.Join(", ", missing)}.");

        if (!typeof(T).IsValueType)
        {
            Assert.False(ReferenceEquals(value, equal), "The equal value must be a separately built instance.");
        }

        AssertEqual(value, value, "itself");
        AssertEqual(value, equal, "a separately built equal value");
        AssertNotEqualToNullOrOtherTypes(value);
        foreach (var (member, other) in variants)
        {
            AssertNotEqual(value, other, member);
        }
    }

    private static string[] MemberNames(string member)
    {
        var space = member.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? member : member[..space]).Split('+');
    }

    private static void CheckVariantDiffersOnlyIn<T>(T value, T other, string[] names, string[] derived, IEnumerable<PropertyInfo> properties, string member)
    {
        foreach (var property in properties)
        {
            if (derived.Contains(property.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var same = MemberValuesEqual(property.GetValue(value), property.GetValue(other));
            if (names.Contains(property.Name, StringComparer.Ordinal))
            {
                Assert.False(same, $"Variant '{member}' of {typeof(T).Name} does not differ in {property.Name}.");
            }
            else
            {
                Assert.True(same, $"Variant '{member}' of {typeof(T).Name} also differs in {property.Name}; name it in the variant or build the variant differently.");
            }
        }
    }

    // Structural comparison for the test's own bookkeeping: collections by their items, in order.
    private static bool MemberValuesEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left is string || right is string)
        {
            return left is string l && right is string r && string.Equals(l, r, StringComparison.Ordinal);
        }

        // Uri.Equals ignores the fragment; two URLs that are written differently are different values.
        if (left is Uri || right is Uri)
        {
            return left is Uri l && right is Uri r && string.Equals(l.OriginalString, r.OriginalString, StringComparison.Ordinal);
        }

        if (left is IEnumerable leftItems && right is IEnumerable rightItems)
        {
            var a = leftItems.Cast<object?>().ToList();
            var b = rightItems.Cast<object?>().ToList();
            return a.Count == b.Count && a.Zip(b).All(pair => MemberValuesEqual(pair.First, pair.Second));
        }

        return left.Equals(right);
    }

    private static void AssertEqual<T>(T left, T right, string what)
        where T : notnull
        => AssertEquality(left, right, expected: true, what);

    private static void AssertNotEqual<T>(T value, T other, string member)
        where T : notnull
        => AssertEquality(value, other, expected: false, $"a variant that differs in {member}");

    // Every way to compare, both ways round, must give the expected answer; equal values must
    // hash alike and unequal ones (see the remarks on collisions) apart.
    private static void AssertEquality<T>(T left, T right, bool expected, string what)
        where T : notnull
    {
        var name = typeof(T).Name;
        Assert.True(expected == left.Equals((object)right), $"{name}.Equals(object) is {!expected} for {what}.");
        Assert.True(expected == right.Equals((object)left), $"{name}.Equals(object) is {!expected} for {what}, compared the other way.");
        Assert.True(expected == TypedEquals(left, right), $"{name}: IEquatable.Equals is {!expected} for {what}.");
        Assert.True(expected == TypedEquals(right, left), $"{name}: IEquatable.Equals is {!expected} for {what}, compared the other way.");
        Assert.True(expected == Operator("op_Equality", left, right), $"{name}: == is {!expected} for {what}.");
        Assert.True(expected != Operator("op_Inequality", left, right), $"{name}: != is {expected} for {what}.");
        Assert.True(expected == (left.GetHashCode() == right.GetHashCode()), $"{name}: the hash codes {(expected ? "differ" : "are equal")} for {what}.");
    }

    private static void AssertNotEqualToNullOrOtherTypes<T>(T value)
        where T : notnull
    {
        var name = typeof(T).Name;
        Assert.False(value.Equals(null), $"{name}.Equals(null) is true.");
        Assert.False(value.Equals(new object()), $"{name}.Equals(object) is true for a plain object.");
        Assert.False(value.Equals(value.ToString()), $"{name}.Equals(object) is true for its own text.");
        if (!typeof(T).IsValueType)
        {
            Assert.False(TypedEquals(value, default(T)), $"{name}: IEquatable.Equals(null) is true.");
            Assert.False(Operator("op_Equality", value, default(T)), $"{name}: value == null is true.");
            Assert.False(Operator("op_Equality", default(T), value), $"{name}: null == value is true.");
            Assert.True(Operator("op_Inequality", value, default(T)), $"{name}: value != null is false.");
            Assert.True(Operator("op_Equality", default(T), default(T)), $"{name}: null == null is false.");
        }
    }

    private static bool TypedEquals<T>(T left, T? right)
    {
        var equatable = typeof(T).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GenericTypeArguments[0].IsAssignableFrom(typeof(T)))
            .OrderBy(i => Depth(i.GenericTypeArguments[0]))
            .LastOrDefault();
        Assert.True(equatable is not null, $"{typeof(T).Name} does not implement IEquatable of itself or a base type.");
        var map = typeof(T).GetInterfaceMap(equatable);
        var method = map.TargetMethods[Array.IndexOf(map.InterfaceMethods, equatable.GetMethod(nameof(IEquatable<object>.Equals))!)];
        return (bool)method.Invoke(left, [right])!;
    }

    private static bool Operator<T>(string name, T? left, T? right)
    {
        for (var type = typeof(T); type is not null; type = type.BaseType)
        {
            var method = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SingleOrDefault(m => m.Name == name
                    && m.GetParameters() is [var a, var b]
                    && a.ParameterType.IsAssignableFrom(typeof(T))
                    && b.ParameterType.IsAssignableFrom(typeof(T)));
            if (method is not null)
            {
                return (bool)method.Invoke(null, [left, right])!;
            }
        }

        Assert.Fail($"{typeof(T).Name} declares no {name} operator.");
        return false;
    }

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
