using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ConflictModel;

/// <summary>
/// The JSON names of an enumeration's values: each C# name camelCased ("MoreThan" is "moreThan"),
/// the same rule as for property names. Writers, the reader and the schema all take names from here.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly byte[][] Utf8 = new byte[Values.Length][];
    private static readonly JsonEncodedText[] Encoded = new JsonEncodedText[Values.Length];

    /// <summary>Whether the values are those of an <see cref="int"/>-sized enumeration numbered 0, 1, 2... in order.</summary>
    private static readonly bool Dense = IsDense();

    static EnumNames()
    {
        var names = Enum.GetNames<TEnum>();
        var builder = ImmutableArray.CreateBuilder<string>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(names[i]);
            builder.Add(name);
            Utf8[i] = Encoding.UTF8.GetBytes(name);
            Encoded[i] = JsonEncodedText.Encode(name);
        }

        Names = builder.MoveToImmutable();
        NameSet = new Utf8NameSet(Utf8);
    }

    private static bool IsDense()
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            return false;
        }

        for (var i = 0; i < Values.Length; i++)
        {
            if (Unsafe.As<TEnum, int>(ref Values[i]) != i)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the JSON names in the order of the values.</summary>
    public static ImmutableArray<string> Names { get; }

    /// <summary>Gets the names as one readable list, for messages.</summary>
    public static string List => string.Join(", ", Names);

    /// <summary>Gets the position of a value among the values, which for member enumerations is the member's index.</summary>
    public static int IndexOf(TEnum value)
    {
        if (Dense)
        {
            // The values are 0, 1, 2...: the value is its own index (no search, no boxing).
            var index = Unsafe.As<TEnum, int>(ref value);
            if ((uint)index < (uint)Values.Length)
            {
                return index;
            }
        }

        return Array.IndexOf(Values, value);
    }

    /// <summary>Gets the JSON name of a defined value.</summary>
    public static string Name(TEnum value) => Names[IndexOf(value)];

    /// <summary>Gets the JSON name of a defined value, pre-encoded for a writer.</summary>
    public static JsonEncodedText Encode(TEnum value) => Encoded[IndexOf(value)];

    /// <summary>Gets the names as a set to find the reader's string or property name in.</summary>
    public static Utf8NameSet NameSet { get; }

    /// <summary>Finds the value whose name equals the string or property name the reader is on; -1 if none does.</summary>
    public static int Find(ref Utf8JsonReader reader) => NameSet.Find(ref reader, -1);

    /// <summary>Gets the value at a position.</summary>
    public static TEnum At(int index) => Values[index];
}
